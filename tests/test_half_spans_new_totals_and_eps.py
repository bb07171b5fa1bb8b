"""Counts of a half-year written after the figure, a total a takeover takes a workforce to,
earnings per share as a result of its span, and a sentence whose only names sit in
prepositional phrases (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose

# ---- spans after the figure


def test_the_first_six_months_after_a_count_is_its_span() -> None:
    text = (
        "Shares in Gearlane rose. Gearlane sold 178,000 vehicles in the first six months of "
        "2025, up 19% from a year earlier."
    )
    assert prose.reading(text, "178,000")[1] == "count of vehicles (sold) (half-year)"


def test_in_the_half_is_a_half_year() -> None:
    text = "Shares in Brackmoor rose. Brackmoor sold 634,000 vehicles in the half, up 5%."
    assert prose.reading(text, "634,000")[1] == "count of vehicles (sold) (half-year)"
    other = "Shares in Brackmoor rose. Brackmoor sold 634,000 vehicles in the half of Wales."
    assert prose.reading(other, "634,000")[1] == "count of vehicles (sold)"


def test_a_half_years_count_never_meets_a_plain_one() -> None:
    half = "Shares in Gearlane rose. Gearlane sold 178,000 vehicles in the first six months."
    plain = "Shares in Gearlane rose. Gearlane sold 390,000 vehicles, it said."
    assert prose.contradictions(half, plain) == []


# ---- a new total after a takeover


def test_a_total_a_takeover_takes_the_workforce_to_is_combined() -> None:
    text = (
        "Shares in Brackmoor rose. Its roughly 1,150 employees take Brackmoor's total "
        "workforce to about 7,350."
    )
    assert prose.reading(text, "about 7,350")[1] == "count of staff (employs) (combined)"
    own = "Shares in Brackmoor rose. Brackmoor employs about 6,200 people."
    assert not [pair for pair in prose.contradictions(text, own) if "about 7,350" in pair]


# ---- earnings per share is a result of its span


QUARTER_EPS = "Vantorra Motors said net income was $47 million, or 34 cents per diluted share."
YEAR_EPS = "Vantorra Motors said net income was $142 million, or $1.03 a share."


def test_undated_earnings_per_share_months_apart_are_two_reports() -> None:
    quarter, year = (QUARTER_EPS, dt.date(2025, 10, 29)), (YEAR_EPS, dt.date(2026, 2, 26))
    found = prose.dated_contradictions(quarter, year)
    assert ("34 cents per diluted share", "$1.03 a share") not in found


def test_undated_earnings_per_share_days_apart_are_one_report() -> None:
    quarter, year = (QUARTER_EPS, dt.date(2025, 10, 29)), (YEAR_EPS, dt.date(2025, 11, 3))
    found = prose.dated_contradictions(quarter, year)
    assert ("34 cents per diluted share", "$1.03 a share") in found


# ---- a sentence whose names are all in prepositional phrases


def test_names_in_prepositional_phrases_leave_the_subject_as_it_was() -> None:
    text = (
        "Brackmoor Group said adjusted operating profit rose to £108 million.\n\n"
        "Statutory pre-tax profit fell to £81 million, as the group booked £14 million of "
        "costs related to the Gearlane deal.\n\n"
        "The company sold 634,000 vehicles, it said."
    )
    assert prose.reading(text, "634,000")[0] == "Brackmoor Group"
    named = (
        "Brackmoor Group said adjusted operating profit rose to £108 million.\n\n"
        "Gearlane said its costs rose.\n\n"
        "The company sold 634,000 vehicles, it said."
    )
    assert prose.reading(named, "634,000")[0] == "Gearlane"


def test_an_opening_statutory_or_headline_result_refers_back() -> None:
    for word in ("Statutory", "Headline"):
        text = f"Shares in Brackmoor rose. {word} pre-tax profit fell to £81 million."
        assert prose.reading(text, "£81 million")[:2] == (
            "Brackmoor",
            f"pretax_profit ({word.lower()})",
        )
