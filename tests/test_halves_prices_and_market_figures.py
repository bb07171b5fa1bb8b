"""Periods, prices and owners read off the first reading of corpora 61-64, on our own
sentences with invented names: a half of a year is no whole year ("net profit of €121
million for the first six months of 2025" met the full year's), a year glued to a results
noun dates it however far the figure ("2024 net profit climbed almost 10% to"), a price
quoted per tonne moves from day to day, a market total credited to a third party's
figures is no company's, and a rank told in a passive relative clause ("X, which was
placed 14th") is X's. The tests marked so fail on the code before (eec2ffe); the others
are guards."""

from __future__ import annotations

import datetime as dt

import prose
import pytest

import factcheck
from factcheck import Document


@pytest.mark.parametrize(
    "sentence",
    [
        "Tessel Foods reported net profit of €121 million for the first six months of 2025.",
        "Tessel Foods reported net profit of €121 million for the first half of 2025.",
        "In the first half of 2025, Tessel Foods made a net profit of €121 million.",
    ],
)
def test_a_half_of_a_year_is_no_whole_year(sentence: str) -> None:  # fails before
    assert prose.reading(sentence, "€121 million") == ("Tessel Foods", "profit (half-year)", "2025")


def test_the_whole_year_stays_the_year() -> None:
    text = "Tessel Foods reported net profit of €241 million for 2025."
    assert prose.reading(text, "€241 million") == ("Tessel Foods", "profit", "2025")


def test_half_and_whole_year_figures_do_not_meet() -> None:  # fails before
    assert not prose.contradictions(
        "Tessel Foods reported net profit of €121 million for the first half of 2025.",
        "Tessel Foods reported net profit of €241 million for 2025.",
    )


def test_a_year_glued_to_a_results_noun_dates_it_past_a_change() -> None:  # fails before
    text = "Tessel Foods said 2024 net profit climbed almost 10% to €287 million."
    assert prose.reading(text, "€287 million") == ("Tessel Foods", "profit", "2024")


def _prices(first: dt.date, second: dt.date) -> list[str]:
    docs = [
        Document("a.md", "Brandel Cocoa futures rose to $6,900 a tonne.", published=first),
        Document("b.md", "Brandel Cocoa futures fell to $6,045 a tonne.", published=second),
    ]
    return [f.explanation for f in factcheck.check(docs).findings if f.b is not None]


def test_prices_per_tonne_of_two_days_do_not_meet() -> None:  # fails before
    assert _prices(dt.date(2025, 3, 1), dt.date(2025, 3, 9)) == []


def test_prices_per_tonne_of_one_day_still_meet() -> None:
    assert len(_prices(dt.date(2025, 3, 1), dt.date(2025, 3, 1))) == 1


def test_a_fee_per_month_is_compared_whenever_written() -> None:
    docs = [
        Document(
            "a.md", "The Brandel Plus plan costs $14.99 a month.", published=dt.date(2025, 3, 1)
        ),
        Document(
            "b.md", "The Brandel Plus plan costs $19.99 a month.", published=dt.date(2025, 9, 1)
        ),
    ]
    assert [f for f in factcheck.check(docs).findings if f.b is not None]


def test_a_market_total_from_a_third_partys_figures_is_no_companys() -> None:  # fails before
    text = (
        "Tessel Gaming has completed its purchase of Lumo Play, it said on Monday.\n\n"
        "The deal comes as online casino continues to outgrow sports betting. Online casino "
        "gross gaming revenue rose 11% to €2.36 billion in 2024, according to figures from "
        "the Gaming Supervisory Authority."
    )
    report = factcheck.check(
        [Document("t.md", text, title="Tessel Gaming completes Lumo Play deal")]
    )
    claim = next(c for c in report.claims if c.text == "€2.36 billion")
    assert (claim.subject, claim.attribute) == (None, "revenue (gaming)")


def test_a_rank_in_a_passive_relative_clause_is_the_names() -> None:  # fails before
    text = (
        "Tessel Foods makes chocolate. Tessel, which was placed 14th in the 2025 Fairhold "
        "Index, is Belgian."
    )
    assert prose.claim(text, "14th").item == "Tessel"


def test_a_quarter_glued_to_two_words_before_its_noun_dates_it() -> None:  # fails before
    text = "Tessel Group reported third-quarter gross gaming revenue of €276 million."
    reading = prose.reading(text, "€276 million", published=dt.date(2025, 10, 17))
    assert reading == ("Tessel Group", "revenue (gaming)", "2025-Q3")


def test_a_year_before_a_clause_of_its_own_dates_no_noun_after_it() -> None:
    # "in 2024 and reported net income of": "and reported" modify nothing
    text = "Tessel Motors sold 1.3 million cars in 2024 and reported net income of $2.1 billion."
    assert prose.reading(text, "$2.1 billion")[2] is None


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "Tessel Foods said 2024 net profit climbed to €287 million. Sales reached €3.42 "
            "billion as prices rose.",
            ("Tessel Foods", "revenue", "2024"),
        ),
        (
            "Tessel Foods reported net profit of €121 million for the first six months of "
            "2025. Revenue edged up 3.2% to €1.79 billion.",
            ("Tessel Foods", "revenue (half-year)", "2025"),
        ),
    ],
)
def test_a_result_that_goes_on_takes_the_year_before(  # fails before
    text: str, reading: tuple[str, str, str]
) -> None:
    written = "€3.42 billion" if "3.42" in text else "€1.79 billion"
    assert prose.reading(text, written) == reading


def test_a_result_in_a_new_paragraph_takes_no_year() -> None:
    text = (
        "Tessel Foods said 2024 net profit climbed to €287 million.\n\nSales reached €3.42 billion."
    )
    assert prose.reading(text, "€3.42 billion")[2] is None


def test_a_result_with_a_span_of_its_own_takes_no_year() -> None:
    text = (
        "Tessel Foods reported net profit of €121 million for the first half of 2025. "
        "Full-year revenue was €3.4 billion."
    )
    assert prose.reading(text, "€3.4 billion")[2] is None
