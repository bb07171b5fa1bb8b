"""Physical quantities through pint: units, prefixes, compounds, ranges, false units."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.quantity import find_quantities
from factcheck.model import Bound, Kind
from factcheck.units import ureg

D = Decimal

CASES = [
    # (text, value, unit, bound, surface)
    ("The tower is a 776-foot structure.", D(776), "foot", Bound.EXACT, "776-foot"),
    ("a 16-bit processor", D(16), "bit", Bound.EXACT, "16-bit"),
    ("a 1/4 mile track", D("0.25"), "mile", Bound.EXACT, "1/4 mile"),
    ("The station is 17 km away.", D(17), "kilometer", Bound.EXACT, "17 km"),
    ("It weighs 3kg.", D(3), "kilogram", Bound.EXACT, "3kg"),
    ("Highs of 31 °C are expected.", D(31), "degree_Celsius", Bound.EXACT, "31 °C"),
    (
        "It was 88 degrees Fahrenheit.",
        D(88),
        "degree_Fahrenheit",
        Bound.EXACT,
        "88 degrees Fahrenheit",
    ),
    ("a 1.2 GW plant", D("1.2"), "gigawatt", Bound.EXACT, "1.2 GW"),
    ("It used 40 TWh last year.", D(40), "terawatt_hour", Bound.EXACT, "40 TWh"),
    ("a limit of 70 mph", D(70), "mile per hour", Bound.EXACT, "70 mph"),
    ("an office of 5,000 square feet", D(5000), "square foot", Bound.EXACT, "5,000 square feet"),
    ("a 300 km/h train", D(300), "kilometer per hour", Bound.EXACT, "300 km/h"),
    ("about 12 miles of road", D(12), "mile", Bound.APPROX, "about 12 miles"),
    ("more than 2 tonnes", D(2), "metric_ton", Bound.AT_LEAST, "more than 2 tonnes"),
    # the trade press's megatonnes and kilotonnes
    ("It shipped 3.4 Mt of clinker.", D("3.4"), "megametric_ton", Bound.EXACT, "3.4 Mt"),
    ("capacity rose to 18.1Mt", D("18.1"), "megametric_ton", Bound.EXACT, "18.1Mt"),
    ("a 500 kt plant", D(500), "kilometric_ton", Bound.EXACT, "500 kt"),
    ("He is 5 ft 2 in tall.", D(62), "inch", Bound.EXACT, "5 ft 2 in"),
    (
        "a span of 2 kilometres, 300 metres",
        D(2300),
        "meter",
        Bound.EXACT,
        "2 kilometres, 300 metres",
    ),
    ("a dose of 44 mg to 50 mg", D(44), "milligram", Bound.RANGE, "44 mg to 50 mg"),
    ("an 8- to 16-meter mirror", D(8), "meter", Bound.RANGE, "8- to 16-meter"),
    ("a 2.1 pm grid", D("2.1"), "picometer", Bound.EXACT, "2.1 pm"),
    ("a 2 1/2 in thick door", D("2.5"), "inch", Bound.EXACT, "2 1/2 in"),
    ("a liter of milk", D(1), "liter", Bound.EXACT, "a liter"),
    ("a 100 MB file", D(100), "megabyte", Bound.EXACT, "100 MB"),
    ("a 6-8 inches cut", D(6), "inch", Bound.RANGE, "6-8 inches"),
    ("between 5 and 10 km", D(5), "kilometer", Bound.RANGE, "between 5 and 10 km"),
    ("It gets 30 mpg.", D(30), "mile per gallon", Bound.EXACT, "30 mpg"),
    ("three quarters of a mile", D("0.75"), "mile", Bound.EXACT, "three quarters of a mile"),
    ("a mile and a half", D("1.5"), "mile", Bound.EXACT, "a mile and a half"),
    ("It was 300 K.", D(300), "kelvin", Bound.EXACT, "300 K"),
    ("He is 6'2\" tall.", D(74), "inch", Bound.EXACT, "6'2\""),
    ("9.8 m/s\u00b2", D("9.8"), "meter per square second", Bound.EXACT, "9.8 m/s\u00b2"),
    ("Highs will reach 95F on Thursday.", D(95), "degree_Fahrenheit", Bound.EXACT, "95F"),
    ("Exports fell to 1.8 million bpd.", D("1.8e6"), "barrel per day", Bound.EXACT,
     "1.8 million bpd"),
    ("output of 1.8 million b/d", D("1.8e6"), "barrel per day", Bound.EXACT, "1.8 million b/d"),
    ("about 500,000 bbl/d", D(500000), "barrel per day", Bound.APPROX, "about 500,000 bbl/d"),
    ("Corn yields averaged 181 bushels per acre.", D(181), "bushel per acre", Bound.EXACT,
     "181 bushels per acre"),
    ("exports of 1.8 billion bushels", D("1.8e9"), "bushel", Bound.EXACT, "1.8 billion bushels"),
    # "an acre" right after a quantity is its per-unit, not a second quantity
    ("Farmers harvested 52 bushels an acre.", D(52), "bushel", Bound.EXACT, "52 bushels"),
    ("a crop of 2.6 million 60-kg bags", D(60), "kilogram", Bound.EXACT, "60-kg"),
    ("two million 60-kg bags", D(60), "kilogram", Bound.EXACT, "60-kg"),
]



def test_change_is_two_quantities() -> None:
    found = find_quantities("Temperatures fell from -5C to -12C overnight.")
    assert [(m.value.value, m.value.bound) for m in found] == [
        (D(-5), Bound.EXACT), (D(-12), Bound.EXACT)]
    found = find_quantities("The river rose from 3 to 5 metres.")
    assert [(m.value.value, m.unit) for m in found] == [(D(3), "meter"), (D(5), "meter")]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("temperatures ranged from -18 \u00b0C to -34 \u00b0C", D(-34), D(-18)),
    ("Treatment was reduced from 44 mg to 50 mg.", D(44), D(50)),  # direction disagrees
    ("They were given 44 mg to 50 mg.", D(44), D(50)),
])
def test_quantity_ranges_stay_ranges(text: str, low: Decimal, high: Decimal) -> None:
    (m,) = find_quantities(text)
    assert (m.value.value, m.value.high_value, m.value.bound) == (low, high, Bound.RANGE)

@pytest.mark.parametrize(("text", "value", "unit", "bound", "surface"), CASES)
def test_quantity_table(text: str, value: Decimal, unit: str, bound: Bound, surface: str) -> None:
    found = find_quantities(text)
    assert len(found) == 1, found
    m = found[0]
    assert m.kind is Kind.QUANTITY
    assert abs(m.value.value - value) < D("1e-9")
    assert m.unit == unit
    assert m.value.bound is bound
    assert m.text == surface
    assert text[m.start : m.end] == surface


def test_units_are_pint_readable() -> None:
    for text, _, unit, _, _ in CASES:
        words = unit.replace(" per ", " / ").replace("square ", "").replace("cubic ", "")
        for part in words.split(" / "):
            assert ureg.parse_units(part.strip()), (text, unit)


NEGATIVES = [
    "We met at 2 pm on Friday.",
    "He arrived at 2.13 am.",
    "Get together for 2 in April.",
    "The 13F filing was late.",
    "It sold 800,000 F-Series trucks.",
    "The app has 5m users.",
    "It took 3 hours.",
    "The model scp-173m is fictional.",
    "She won 5 medals.",
    "a 10-K filing",
    "The fund filed its 13F with regulators.",  # a glued F away from weather talk
    "Room 12F is free.",
    # "a cup of coffee" is a serving, "the price of a litre" a per-unit reference
    "A cup of coffee costs more.",
    "a pint of beer",
    "the price of a litre of petrol",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_quantity(text: str) -> None:
    assert find_quantities(text) == []


UNITS = [
    ("km", "kilometer"),
    (" kilometres", "kilometer"),
    (" miles", "mile"),
    ("kg", "kilogram"),
    (" pounds", "pound"),
    (" liters", "liter"),
    (" GW", "gigawatt"),
    (" °C", "degree_Celsius"),
    (" feet", "foot"),
]


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(
        min_value=D("0.1"), max_value=D(99999), places=1, allow_nan=False, allow_infinity=False
    ),
    st.sampled_from(UNITS),
    st.sampled_from([("", Bound.EXACT), ("about ", Bound.APPROX), ("at least ", Bound.AT_LEAST)]),
)
def test_rendered_quantities_round_trip(
    value: Decimal, unit: tuple[str, str], hedge: tuple[str, Bound]
) -> None:
    text = f"Officials measured {hedge[0]}{value}{unit[0]} on Tuesday."
    (m,) = find_quantities(text)
    assert m.value.value == value
    assert m.unit == unit[1]
    assert m.value.bound is hedge[1]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    for m in find_quantities(text):
        assert text[m.start : m.end] == m.text
