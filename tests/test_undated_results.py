"""An undated result (revenue, a profit, or its change) is of the span its article reports
on: two from articles a season apart are two quarters' or two years' results, and never
meet; within the span's length they are one fact told twice. A span the sentence names
without a date ("for the first nine months", "in its last financial year") keeps the
figure apart from the plain one (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose
import pytest

import factcheck
from factcheck import Document, FindingType
from factcheck.reconcile import Tolerance

RESULTS = "Tarrow Leisure reported results on Tuesday. Revenue rose 5% to $1.14 billion."
LATER = "Tarrow Leisure reported results on Tuesday. Revenue rose 8% to $1.31 billion."
HALF = "Tarrow Leisure reported results on Tuesday. First-half revenue rose 7% to $640 million."
HALF_LATER = (
    "Tarrow Leisure reported results on Tuesday. First-half revenue rose 9% to $655 million."
)


def contradictions(
    first: str, second: str, days: int, tolerance: Tolerance | None = None
) -> list[tuple[str, str]]:
    day = dt.date(2025, 8, 1)
    documents = [
        Document("a.md", first, published=day),
        Document("b.md", second, published=day + dt.timedelta(days=days)),
    ]
    report = factcheck.check(documents, tolerance=tolerance)
    return sorted(
        (f.a.text, f.b.text)
        for f in report.findings
        if f.type is FindingType.CONTRADICTION and f.b is not None
    )


def test_undated_results_a_season_apart_are_two_periods() -> None:
    assert contradictions(RESULTS, LATER, days=110) == []


def test_undated_results_written_weeks_apart_are_one_fact() -> None:
    found = contradictions(RESULTS, LATER, days=20)
    assert found == [("$1.14 billion", "$1.31 billion"), ("5%", "8%")]


def test_an_undated_half_year_stays_one_fact_for_a_half_year() -> None:
    assert contradictions(HALF, HALF_LATER, days=110) == [
        ("$640 million", "$655 million"),
        ("7%", "9%"),
    ]
    assert contradictions(HALF, HALF_LATER, days=200) == []


def test_the_window_is_the_users_to_set() -> None:
    always = Tolerance(result_window=None)
    assert contradictions(RESULTS, LATER, days=400, tolerance=always) != []


@pytest.mark.parametrize(
    ("text", "written", "attribute"),
    [
        ("For the first nine months of 2025, Tarrow Leisure's revenue totaled $3.31 billion.",
         "$3.31 billion", "revenue (nine-month)"),
        ("Tarrow Leisure's year-to-date sales reached $3.3 billion.", "$3.3 billion",
         "revenue (nine-month)"),
        ("The judge noted that Tarrow Leisure had turnover of £1.44bn in its last financial"
         " year.", "£1.44bn", "revenue (annual)"),
    ],
)
def test_a_span_written_without_a_date_keeps_the_figure_apart(
    text: str, written: str, attribute: str
) -> None:
    assert prose.claim(text, written).attribute == attribute


def test_the_results_are_the_names_that_reports_them() -> None:
    text = (
        "The new platform, launched last September, helped Halvern Audio deliver organic"
        " sales growth of 6.8% in 2025, its best in a decade."
    )
    found = prose.claim(text, "6.8%")
    assert (found.subject, found.attribute) == ("Halvern Audio", "growth of revenue (organic)")


def test_a_like_for_like_result_opening_its_sentence_is_the_subjects_before() -> None:
    text = (
        "Homewell Decor reported a rise in half-year profit on Monday. Like-for-like sales"
        " rose 4.1% in the period."
    )
    found = prose.claim(text, "4.1%")
    assert (found.subject, found.attribute[:33]) == (
        "Homewell Decor",
        "growth of revenue (like-for-like)",
    )
