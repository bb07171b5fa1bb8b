"""A date glued to a margin's cue scopes the margin as it scopes a result ("its
third-quarter gross margin rose to 34.1%"), and what that finds (sentences written for these
tests)."""

from __future__ import annotations

import datetime as dt

import prose

OCTOBER = dt.date(2025, 10, 23)


def test_a_quarter_glued_to_a_margin_dates_it() -> None:
    text = "Ostrava Cycles said its third-quarter gross margin rose to 34.1%."
    assert prose.reading(text, "34.1%", published=OCTOBER) == (
        "Ostrava Cycles",
        "margin (gross)",
        "2025-Q3",
    )
    with_basis = "Ostrava Cycles posted a third-quarter underlying EBITDA margin of 18.2%."
    assert prose.reading(with_basis, "18.2%", published=OCTOBER)[1:] == (
        "margin (underlying ebitda)",
        "2025-Q3",
    )
    year = "Ostrava Cycles's 2024 operating margin was 12%."
    assert prose.reading(year, "12%", published=OCTOBER)[1:] == ("margin (operating)", "2024")


def test_a_date_in_a_clause_of_its_own_still_does_not() -> None:
    # "in 2024 and reported" ends the phrase the date is glued to
    text = "Ostrava Cycles listed in 2024 and reported a gross margin of 34.1%."
    assert prose.reading(text, "34.1%", published=OCTOBER)[2] is None


def test_the_quarters_margin_meets_the_quarters_margin_told_with_its_volumes() -> None:
    glued = "Ostrava Cycles said its third-quarter gross margin rose to 34.1%."
    months = (
        "Ostrava Cycles shipped 98,000 bikes in the third quarter, lifted its gross margin"
        " to 31.4% and had 2,400 dealers."
    )
    next_quarter = "Ostrava Cycles said its fourth-quarter gross margin rose to 29.9%."
    assert prose.contradictions(glued, months, published=OCTOBER) == [("34.1%", "31.4%")]
    assert prose.contradictions(next_quarter, months, published=dt.date(2026, 2, 2)) == []
