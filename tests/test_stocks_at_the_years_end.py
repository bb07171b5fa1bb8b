"""A stock at the end of "the year" in an article on one year's annual results: "finished the
year with 312 stores" is the count at the end of the year the article reports on, the same
figure as "ended last year with 268 stores" written in another article (sentences written
for these tests). An article on a fourth quarter reports on that quarter's year too."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 3, 6)

claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)

RESULTS = (
    "Pellory Beds said net sales for 2024 rose 9% to $410 million, up from $376 million a year"
    " earlier. The mattress chain finished the year with 312 stores."
)


def test_a_stock_at_the_end_of_the_year_of_a_results_article_is_that_years() -> None:
    found = claim(RESULTS, "312")
    assert found.period is not None and str(found.period) == "2024"


def test_it_meets_the_stock_at_the_end_of_last_year_of_another_article() -> None:
    other = "Pellory Beds, which ended last year with 268 stores, is testing a loyalty scheme."
    assert contradictions(RESULTS, other) in ([("312", "268")], [("268", "312")])


def test_the_year_outside_a_results_article_dates_nothing() -> None:
    text = "Pellory Beds opened a warehouse in Ohio. The chain finished the year with 312 stores."
    assert claim(text, "312").period is None


FOURTH_QUARTER = (
    "Pellory Beds said fourth-quarter revenue rose 6% to $112 million. The chain ended the year"
    " with 312 stores, of which 40 are franchised."
)


def test_a_stock_at_the_end_of_the_year_of_a_fourth_quarter_article_is_that_years() -> None:
    found = claim(FOURTH_QUARTER, "312")
    assert found.period is not None and str(found.period) == "2024"


def test_the_year_of_another_quarters_article_dates_nothing() -> None:
    text = FOURTH_QUARTER.replace("fourth-quarter", "third-quarter")
    assert claim(text, "312").period is None
