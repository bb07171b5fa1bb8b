"""An undated one-time sum (a fine, a takeover price, a fee) takes the one month or day the
corpus dates that subject's sum of that kind by; a year dates an earlier event, and an
article that dates one such sum speaks of another with its undated one (sentences written
for these tests)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

from factcheck import Document

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


def test_sums_are_dated_the_same_way_on_dask() -> None:
    import dask
    import dask.bag as db

    import factcheck
    import factcheck.dask as fd

    docs = [Document(f"d{i}.md", t, published=PUBLISHED) for i, t in enumerate((DATED, UNDATED))]
    expected = factcheck.check(docs)
    assert any(f.b is not None for f in expected.findings)
    with dask.config.set(scheduler="synchronous"):
        got = fd.check(db.from_sequence(docs, npartitions=2))
    assert sorted(map(repr, got.findings)) == sorted(map(repr, expected.findings))
