"""Money extraction: table-driven cases, negatives and property tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Document
from factcheck.extract.money import _TABLE, find_money
from factcheck.model import Bound, Kind

D = Decimal

CASES = [
    # (text, value, unit, bound, high, surface)
    ("The lab raised $15B last spring.", D("15e9"), "USD", Bound.EXACT, None, "$15B"),
    ("The round was about $13 billion.", D("13e9"), "USD", Bound.APPROX, None, "about $13 billion"),
    ("Its value hit US$4.7 billion.", D("4.7e9"), "USD", Bound.EXACT, None, "US$4.7 billion"),
    ("a $1.2-billion grant", D("1.2e9"), "USD", Bound.EXACT, None, "$1.2-billion"),
    ("a 1.2-billion-dollar plant", D("1.2e9"), "USD", Bound.EXACT, None, "1.2-billion-dollar"),
    (
        "They spent seven million dollars.",
        D("7e6"),
        "USD",
        Bound.EXACT,
        None,
        "seven million dollars",
    ),
    (
        "It fetched half a billion dollars.",
        D("5e8"),
        "USD",
        Bound.EXACT,
        None,
        "half a billion dollars",
    ),
    ("a bid of €2.5bn", D("2.5e9"), "EUR", Bound.EXACT, None, "€2.5bn"),
    ("sales of £300m", D("3e8"), "GBP", Bound.EXACT, None, "£300m"),
    ("a ¥90 billion budget", D("9e10"), "JPY", Bound.EXACT, None, "¥90 billion"),
    ("CHF 12 million in fees", D("12e6"), "CHF", Bound.EXACT, None, "CHF 12 million"),
    ("sales of Mex$57.3 billion", D("57.3e9"), "MXN", Bound.EXACT, None, "Mex$57.3 billion"),
    ("a Col$ 2.1 billion loan", D("2.1e9"), "COP", Bound.EXACT, None, "Col$ 2.1 billion"),
    ("fined Ch$900 million", D("9e8"), "CLP", Bound.EXACT, None, "Ch$900 million"),
    ("worth 40 million euros", D("4e7"), "EUR", Bound.EXACT, None, "40 million euros"),
    (
        "a fine of 9 million pounds sterling",
        D("9e6"),
        "GBP",
        Bound.EXACT,
        None,
        "9 million pounds sterling",
    ),
    ("about 250 crore rupees", D("2.5e9"), "INR", Bound.APPROX, None, "about 250 crore rupees"),
    ("Rs. 450 for a ticket", D(450), "INR", Bound.EXACT, None, "Rs. 450"),
    ("paid 3,000 kuwaiti dinars", D(3000), "KWD", Bound.EXACT, None, "3,000 kuwaiti dinars"),
    ("a tab of 80 L.E", D(80), "EGP", Bound.EXACT, None, "80 L.E"),
    ("it costs 12 USD now", D(12), "USD", Bound.EXACT, None, "12 USD"),
    ("it costs USD12.50 now", D("12.50"), "USD", Bound.EXACT, None, "USD12.50"),
    ("a deal valued at $10-15B", D("10e9"), "USD", Bound.RANGE, D("15e9"), "$10-15B"),
    (
        "between $1 billion and $2 billion",
        D("1e9"),
        "USD",
        Bound.RANGE,
        D("2e9"),
        "between $1 billion and $2 billion",
    ),
    ("$1bn to $2bn in new debt", D("1e9"), "USD", Bound.RANGE, D("2e9"), "$1bn to $2bn"),
    ("more than $40 million", D("4e7"), "USD", Bound.AT_LEAST, None, "more than $40 million"),
    ("over $3bn", D("3e9"), "USD", Bound.AT_LEAST, None, "over $3bn"),
    ("at least €5", D(5), "EUR", Bound.AT_LEAST, None, "at least €5"),
    ("up to $900", D(900), "USD", Bound.AT_MOST, None, "up to $900"),
    ("under seven euros", D(7), "EUR", Bound.AT_MOST, None, "under seven euros"),
    ("less than $2 million", D("2e6"), "USD", Bound.AT_MOST, None, "less than $2 million"),
    ("nearly $1 trillion", D("1e12"), "USD", Bound.APPROX, None, "nearly $1 trillion"),
    ("a $5bn-plus takeover", D("5e9"), "USD", Bound.AT_LEAST, None, "$5bn-plus"),
    ("a loss of $2 billion", D("2e9"), "USD", Bound.EXACT, None, "$2 billion"),
    ("a swing of -$2 billion", D("-2e9"), "USD", Bound.EXACT, None, "-$2 billion"),
    ("minus $3 million", D("-3e6"), "USD", Bound.EXACT, None, "minus $3 million"),
    ("plus or minus $5", D(5), "USD", Bound.EXACT, None, "$5"),
    ("+/- $5", D(5), "USD", Bound.EXACT, None, "$5"),
    (
        "it was twelve dollars and fifty cents",
        D("12.50"),
        "USD",
        Bound.EXACT,
        None,
        "twelve dollars and fifty cents",
    ),
    ("$7 and 25c", D("7.25"), "USD", Bound.EXACT, None, "$7 and 25c"),
    ("a dollar", D(1), "USD", Bound.EXACT, None, "a dollar"),
    ("a C$300 fee", D(300), "CAD", Bound.EXACT, None, "C$300"),
    ("A$ 2.1 billion", D("2.1e9"), "AUD", Bound.EXACT, None, "A$ 2.1 billion"),
    ("120 MEUR in orders", D("1.2e8"), "EUR", Bound.EXACT, None, "120 MEUR"),
    ("a fine of 5 million pounds", D("5e6"), "GBP", Bound.EXACT, None, "5 million pounds"),
    ("a 99\u00a2 song", D("0.99"), "USD", Bound.EXACT, None, "99\u00a2"),
    ("it cost 50 cents", D("0.5"), "USD", Bound.EXACT, None, "50 cents"),
    ("supplier + investor$30B compute", D("3e10"), "USD", Bound.EXACT, None, "$30B"),
    ("a 300 million yuan loan", D("3e8"), "CNY", Bound.EXACT, None, "300 million yuan"),
    (
        "It spent two and a half million dollars.",
        D("2.5e6"),
        "USD",
        Bound.EXACT,
        None,
        "two and a half million dollars",
    ),
    # the wire services' English name for the krona, krone and koruna
    (
        "It sold the unit for 28 billion Swedish crowns.",
        D("28e9"),
        "SEK",
        Bound.EXACT,
        None,
        "28 billion Swedish crowns",
    ),
    ("a 450 million Norwegian crown deal", D("4.5e8"), "NOK", Bound.EXACT, None, "450 million Norwegian crown"),  # noqa: E501
    ("fined 12 million Czech crowns", D("1.2e7"), "CZK", Bound.EXACT, None, "12 million Czech crowns"),  # noqa: E501
    ("R$ 40 million", D("4e7"), "BRL", Bound.EXACT, None, "R$ 40 million"),
    # South African rand: "R" needs a scale, or a written amount and South African context
    ("The utility needs R254 billion.", D("254e9"), "ZAR", Bound.EXACT, None, "R254 billion"),
    ("It costs R5m.", D("5e6"), "ZAR", Bound.EXACT, None, "R5m"),
    ("A ticket costs R1,500 in Johannesburg.", D(1500), "ZAR", Bound.EXACT, None, "R1,500"),
    # British pence glued to the figure: value in pounds
    ("A stamp costs 99p.", D("0.99"), "GBP", Bound.EXACT, None, "99p"),
    ("Petrol climbed to 152.4p a litre.", D("1.524"), "GBP", Bound.EXACT, None,
     "152.4p a litre"),
    # naira written "N", as Nigerian papers do: with a scale, or written as money is
    ("Profit before tax was N312.4 billion.", D("312.4e9"), "NGN", Bound.EXACT, None,
     "N312.4 billion"),
    ("The central bank fined it N2.4bn.", D("2.4e9"), "NGN", Bound.EXACT, None, "N2.4bn"),
    ("The shares closed at N1,441.50.", D("1441.50"), "NGN", Bound.EXACT, None, "N1,441.50"),
]


@pytest.mark.parametrize(("text", "value", "unit", "bound", "high", "surface"), CASES)
def test_money_table(
    text: str, value: Decimal, unit: str, bound: Bound, high: Decimal | None, surface: str
) -> None:
    found = find_money(text)
    assert len(found) == 1, found
    m = found[0]
    assert m.kind is Kind.MONEY
    assert m.value.value == value
    assert m.unit == unit
    assert m.value.bound is bound
    assert m.value.high_value == high
    assert m.text == surface
    assert text[m.start : m.end] == m.text


# A change is not a range: "by X to Y" after a change verb is the change and the new level,
# and so is "from X to Y" when its direction agrees with the verb.
CHANGES = [
    ("Quarterly revenue fell by $300 million to $2.7 billion.", [D("3e8"), D("2.7e9")]),
    ("Bus fares will rise by 10 cents to $2.90 from Sunday.", [D("0.10"), D("2.90")]),
    ("Sales rose $1 billion to $5 billion.", [D("1e9"), D("5e9")]),
    ("Revenue increased from $2 billion to $3 billion.", [D("2e9"), D("3e9")]),
    ("Prices fell from $5 to $3 last year.", [D(5), D(3)]),
    ("The fee was changed from €40 to €45.", [D(40), D(45)]),
]
RANGES = [
    ("Estimates range from $2 billion to $3 billion.", D("2e9"), D("3e9")),
    ("a deal valued at $10-15B", D("10e9"), D("15e9")),
    ("between $3 and $5 a day", D(3), D(5)),
    ("The deal is worth $1bn to $2bn.", D("1e9"), D("2e9")),
    ("It plans to raise $1bn to $2bn.", D("1e9"), D("2e9")),  # an object, not a level
    ("Prices will rise by $1 to $2 a ticket.", D(1), D(2)),  # ends too close for a change
    # a scale on the second end applies to a small first end only
    ("It costs $5 to 10 million.", D("5e6"), D("1e7")),
    ("Homes range from $50,000 to $1.6 million.", D(50000), D("1.6e6")),
]


@pytest.mark.parametrize(("text", "values"), CHANGES)
def test_change_is_two_values(text: str, values: list[Decimal]) -> None:
    found = find_money(text)
    assert [m.value.value for m in found] == values
    assert all(m.value.bound is Bound.EXACT for m in found)


@pytest.mark.parametrize(("text", "low", "high"), RANGES)
def test_ranges_stay_ranges(text: str, low: Decimal, high: Decimal) -> None:
    (m,) = find_money(text)
    assert (m.value.value, m.value.high_value, m.value.bound) == (low, high, Bound.RANGE)


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("earnings of $5.16 per share", "share"),
        ("priced at $98 a share", "share"),
        ("oil at $80 a barrel", "barrel"),
        ("$12 per hour", "hour"),
        ("Gold traded at $2,450 an ounce.", "ounce"),
        ("Farmland sold for $790,000 an acre.", "acre"),
        ("$5 an hour", "hour"),
        ("Petrol climbed to 152.4p a litre.", "litre"),
        # a word of time after the unit only undoes a unit of time ("a year earlier")
        ("Acme priced its shares at $24 per share on Wednesday.", "share"),
        ("The stock closed at $24 a share after the bell.", "share"),
        ("It costs $5 a month on average.", "month"),
    ],
)
def test_per_unit(text: str, per: str) -> None:
    (m,) = find_money(text)
    assert m.per == per


@pytest.mark.parametrize("text", ["profit of \u20ac1.48bn a year earlier",
                                  "sales of $5m a month ago", "$3bn a year before"])
def test_a_time_ago_is_not_per_unit(text: str) -> None:
    (m,) = find_money(text)
    assert m.per is None


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("$15B", D("5e8")),
        ("$15.2 billion", D("5e7")),
        ("$1,500", D("0.5")),
        ("$3.25", D("0.005")),
        ("seven million dollars", D("5e5")),
    ],
)
def test_precision(text: str, precision: Decimal) -> None:
    (m,) = find_money(text)
    assert m.value.precision == precision


NEGATIVES = [
    "The model has 70 billion parameters.",
    "He weighs 180 pounds.",
    "The team won 42 games.",
    "All 70 of us went home.",
    "Revenue grew 15% last year.",
    "The plan covers 2,000 employees in 12 countries.",
    "She scored 3 goals.",
    "ALL 3 ENGINES FAILED.",
    # a bare R before a number is a road, a rating or R&D
    "Take the R21 to Pretoria.",
    "The R2 road was closed.",
    "R&D spending rose 5%.",
    "The film is rated R18.",
    # a bare N before a plain number is a mask, a road or a gas
    "Nurses wore N95 masks.",
    "The N2 road was closed.",
    # "p" after a figure that is not pence
    "a 1080p screen",
    "We meet at 5p.m.",
    # a currency code inside a longer word, or before a hyphenated compound
    "speeds of up to 10 Gbps",
    "a 10 gbps link",
    "the AMD 64-core chip",
    "EUR 5-year bonds",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_money(text: str) -> None:
    assert find_money(text) == []


_CODES = sorted({code for code, text, kind in _TABLE if kind == "code"})


@pytest.mark.parametrize("code", _CODES)
def test_code_never_matches_inside_a_word(code: str) -> None:
    """An ISO code is a currency only as a whole word: "10 Gbps" is not 10 GBP."""
    for text in (f"10 {code.lower()}ps", f"10 {code.capitalize()}s", f"10 {code}x",
                 f"X{code} 10", f"{code}X 10", f"10 X{code}", f"{code} 5-year notes"):
        assert find_money(text) == [], text
    (m,) = find_money(f"It costs 10 {code}.")
    assert m.value.value == 10


# --------------------------------------------------------------------------- properties
SCALES = {"": 1, "thousand": 10**3, "million": 10**6, "billion": 10**9}
SCALE_STYLES = {
    "thousand": [" thousand", "k"],
    "million": [" million", "m", "mn", " mn", "M", "-million"],
    "billion": [" billion", "bn", " bn", "B", "b", "-billion"],
    "": [""],
}
HEDGES = [
    ("", Bound.EXACT),
    ("about ", Bound.APPROX),
    ("roughly ", Bound.APPROX),
    ("more than ", Bound.AT_LEAST),
    ("at least ", Bound.AT_LEAST),
    ("up to ", Bound.AT_MOST),
    ("less than ", Bound.AT_MOST),
]
CURRENCIES = [
    ("${n}", "USD"),
    ("US${n}", "USD"),
    ("USD {n}", "USD"),
    ("{n} USD", "USD"),
    ("{n} dollars", "USD"),
    ("€{n}", "EUR"),
    ("{n} euros", "EUR"),
    ("EUR {n}", "EUR"),
    ("£{n}", "GBP"),
    ("¥{n}", "JPY"),
    ("{n} yen", "JPY"),
    ("CHF {n}", "CHF"),
    ("₹{n}", "INR"),
]


@st.composite
def money_texts(draw: st.DrawFn) -> tuple[str, Decimal, Decimal, str, Bound]:
    mantissa = draw(st.integers(min_value=1, max_value=999))
    decimals = draw(st.integers(min_value=0, max_value=2))
    scale = draw(st.sampled_from(list(SCALES)))
    if scale == "" and decimals == 0:
        mantissa = draw(st.integers(min_value=1, max_value=999_999))
    number = D(mantissa).scaleb(-decimals)
    digits = f"{number:,}" if scale == "" and decimals == 0 else f"{number}"
    style = draw(st.sampled_from(SCALE_STYLES[scale]))
    template, code = draw(st.sampled_from(CURRENCIES))
    if template.startswith("{n} ") and style.strip() in {"m", "M", "b", "B", "k"}:
        style = (
            " "
            + {"m": "million", "M": "million", "b": "billion", "B": "billion", "k": "thousand"}[
                style.strip()
            ]
        )
    hedge, bound = draw(st.sampled_from(HEDGES))
    lead = draw(
        st.sampled_from(
            [
                "The company said it spent ",
                "Officials put the cost at ",
                "",
                "In March, the fund reported ",
            ]
        )
    )
    text = (
        lead
        + hedge
        + template.format(n=digits + style)
        + draw(st.sampled_from([".", " last year.", ", the report said.", ""]))
    )
    return text, number * SCALES[scale], D(SCALES[scale]), code, bound


@settings(max_examples=300, deadline=None)
@given(money_texts())
def test_rendered_amounts_round_trip(case: tuple[str, Decimal, Decimal, str, Bound]) -> None:
    text, value, _scale, code, bound = case
    found = find_money(text)
    assert len(found) == 1, (text, found)
    m = found[0]
    assert m.unit == code
    assert m.value.value == value, text
    assert m.value.bound is bound
    assert m.value.low <= value <= m.value.high
    assert text[m.start : m.end] == m.text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    for m in find_money(text):
        assert text[m.start : m.end] == m.text



@pytest.mark.parametrize(
    ("text", "value", "unit", "surface"),
    [
        ("Zielna completed the 1.54 billion zł takeover.", D("1.54e9"), "PLN", "1.54 billion zł"),
        ("The watchdog fined Oszczedny 41.3 million zł.", D("41.3e6"), "PLN", "41.3 million zł"),
        ("Levny Kos paid 2.3 billion Kč for the chain.", D("2.3e9"), "CZK", "2.3 billion Kč"),
    ],
)
def test_an_accented_symbol_is_read_in_a_whole_document(
    text: str, value: Decimal, unit: str, surface: str
) -> None:
    # the pipeline reads a document in plain letters (``letters.fold``: "zł" is "zl"), so
    # the currency table must hold the plain form too, or the sum is read as a count
    claims = factcheck.check([Document("a.md", text)]).claims
    [money] = [c for c in claims if c.kind is Kind.MONEY]
    assert (money.value.value, money.unit, money.text) == (value, unit, surface)
