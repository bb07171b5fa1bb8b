"""An undated one-time sum (a fine, a takeover price, a fee) takes the one month or day the
corpus dates that subject's sum of that kind by; a year dates an earlier event, and an
article that dates one such sum speaks of another with its undated one. A financial year
named by its closing month ("the year to March 2026") is a period of its own, and an
undated annual figure takes the one financial year the corpus gives it (sentences written
for these tests)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose
import pytest

from factcheck import Document, Kind

PUBLISHED = dt.date(2026, 9, 14)

contradictions = partial(prose.contradictions, published=PUBLISHED)

DATED = "The Water Standards Board fined Tarrow Water £6.2 million in August over sewage spills."
UNDATED = "Tarrow Water must pay a £8.9 million fine for the spills, the regulator said."


def test_an_undated_fine_meets_the_same_fine_dated_by_its_month() -> None:
    assert contradictions(DATED, UNDATED) == [("£6.2 million", "£8.9 million")]


def test_a_fine_dated_by_a_year_is_an_earlier_one() -> None:
    earlier = "The Water Standards Board fined Tarrow Water £2 million in 2019 over leaks."
    assert contradictions(earlier, UNDATED) == []


def test_two_dates_for_the_subjects_fines_date_neither() -> None:
    other = "Tarrow Water was fined £3.1 million in March for missing leakage targets."
    assert contradictions(DATED, other, UNDATED) == []


def test_an_article_that_dates_a_fine_speaks_of_another_with_its_undated_one() -> None:
    both = (
        "Tarrow Water was fined £3.1 million in March for missing leakage targets. It also "
        "faces a separate £8.9 million fine over the spills."
    )
    assert contradictions(DATED, both) == []


def test_an_undated_takeover_price_takes_the_month_it_was_agreed_in() -> None:
    agreed = "Wendmoor Group agreed in June to buy Heron Fasteners for $2.1 billion."
    later = "Wendmoor Group is paying $2.6 billion for Heron Fasteners, a filing shows."
    assert contradictions(agreed, later) == [("$2.1 billion", "$2.6 billion")]
    earlier = "Tarrow Industries paid $500 million for Heron Fasteners in 2019."
    assert contradictions(earlier, later) == []


# -- financial years --

FISCAL = "Brackford Dairies handled 1.08 billion litres of milk in the year to March."
ANNUAL = "Brackford Dairies took in 1.32 billion litres of milk from its farmers over the year."


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Brackford's revenue rose to £214m in the year to 31 March 2026.", "year to 2026-03"),
        ("Brackford's revenue was £214m in the 12 months to March 2025.", "year to 2025-03"),
        ("Brackford's revenue rose to £214m in the year to March.", "year to 2026-03"),
        (
            "Brackford's sales were £214m in the financial year ended 28 June 2025.",
            "year to 2025-06",
        ),
        ("Brackford's revenue was £214m in the year ended 31 December 2025.", "2025"),
    ],
)
def test_twelve_months_to_a_month_are_a_financial_year(text: str, period: str) -> None:
    (claim,) = prose.claims_of(text, Kind.MONEY, published=PUBLISHED)
    assert (claim.attribute, str(claim.period)) == ("revenue", period)


def test_two_financial_years_are_never_compared() -> None:
    this_year = "Brackford's revenue rose to £214m in the year to March."
    last_year = "Brackford's sales reached £202m in the year to March 2025."
    assert contradictions(this_year, last_year) == []


def test_an_undated_annual_figure_takes_the_one_financial_year_the_corpus_gives() -> None:
    assert contradictions(FISCAL, ANNUAL) == [("1.08 billion litres", "1.32 billion litres")]


def test_two_financial_years_lend_neither() -> None:
    earlier = "Brackford Dairies handled 0.9 billion litres of milk in the year to March 2024."
    assert contradictions(FISCAL, earlier, ANNUAL) == []


def test_a_calendar_year_is_not_lent_to_an_undated_annual_figure() -> None:
    calendar_year = "Brackford Dairies handled 1.08 billion litres of milk in 2025."
    assert contradictions(calendar_year, ANNUAL) == []


def test_a_quarterly_figure_takes_no_financial_year() -> None:
    quarter = "In the latest quarter Brackford Dairies took in 0.3 billion litres of milk."
    assert contradictions(FISCAL, quarter) == []


def test_a_financial_year_overlaps_the_ledger_facts_of_its_months() -> None:
    from factcheck.ledger import periods_overlap
    from factcheck.model import YEAR_TO, DateValue, Granularity, Period

    def month(year: int, number: int, relation: str = "in") -> Period:
        last = dt.date(year, number + 1, 1) - dt.timedelta(days=1) if number < 12 else None
        return Period(
            DateValue(dt.date(year, number, 1), last or dt.date(year, 12, 31), Granularity.MONTH),
            relation,
        )

    to_march = month(2026, 3, YEAR_TO)
    assert to_march.span == (dt.date(2025, 4, 1), dt.date(2026, 3, 31))
    assert month(2026, 12, YEAR_TO).span == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert periods_overlap(to_march, month(2025, 7))
    assert not periods_overlap(to_march, month(2025, 3))


@pytest.mark.parametrize(("first", "second"), [(DATED, UNDATED), (FISCAL, ANNUAL)])
def test_sums_are_dated_the_same_way_on_dask(first: str, second: str) -> None:
    import dask
    import dask.bag as db

    import factcheck
    import factcheck.dask as fd

    docs = [Document(f"d{i}.md", t, published=PUBLISHED) for i, t in enumerate((first, second))]
    expected = factcheck.check(docs)
    assert any(f.b is not None for f in expected.findings)
    with dask.config.set(scheduler="synchronous"):
        got = fd.check(db.from_sequence(docs, npartitions=2))
    assert sorted(map(repr, got.findings)) == sorted(map(repr, expected.findings))


def test_the_fiscal_year_that_ended_in_a_month_is_that_financial_year() -> None:
    text = "Brackford Games booked $2.46 billion in revenue in the fiscal year that ended in March."
    (claim,) = prose.claims_of(text, Kind.MONEY, published=PUBLISHED)
    assert (claim.attribute, str(claim.period)) == ("revenue", "year to 2026-03")


def test_a_year_closed_with_revenue_meets_the_financial_year_elsewhere() -> None:
    closed = "Brackford Games closed its fiscal year with revenue of $2.14 billion, it said."
    named = (
        "Brackford Games booked $2.46 billion in revenue in the fiscal year that ended in March."
    )
    assert contradictions(closed, named) == [("$2.14 billion", "$2.46 billion")]


def test_a_year_ended_with_stores_is_a_stock_not_an_annual_figure() -> None:
    (claim,) = prose.claims_of(
        "Brackford Foods ended the financial year with 812 stores.", Kind.COUNT, published=PUBLISHED
    )
    assert claim.attribute == "count of stores"
