"""A percentage change of a result is a figure of its own: "Revenue rose 7.4% to $318.6
million" and "when Tarrow's revenue grew 4.7%" both give the growth of revenue, and two
articles that disagree on it contradict each other. A growth never meets a decline, a
part's growth never the whole's, and one basis ("organic", "at constant currency", "from
the previous quarter") never another (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose
import pytest

PUBLISHED = dt.date(2025, 8, 20)

claim = partial(prose.claim, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "written", "subject", "attribute"),
    [
        ("Tarrow Leisure's revenue rose 7.4% to $318.6 million in 2024.", "7.4%",
         "Tarrow Leisure", "growth of revenue"),
        ("Tarrow Leisure said revenue grew 4.7% in 2024.", "4.7%", "Tarrow Leisure",
         "growth of revenue"),
        ("Tarrow Leisure said revenue rose to $612 million in 2024, up 6.2% from a year"
         " earlier.", "6.2%", "Tarrow Leisure", "growth of revenue"),
        ("Tarrow Leisure's net income fell 3% to $31 million in 2024.", "3%", "Tarrow Leisure",
         "decline of profit"),
        ("Tarrow Leisure's organic revenue growth was 4% in 2024.", "4%", "Tarrow Leisure",
         "growth of revenue (organic)"),
        ("Tarrow Leisure's revenue rose 5% at constant currency in 2024.", "5%",
         "Tarrow Leisure", "growth of revenue (constant currency)"),
        ("Tarrow Leisure's cloud revenue rose 12% in 2024.", "12%", "Tarrow Leisure",
         "growth of revenue (cloud)"),
        ("Tarrow Leisure said its adjusted operating profit rose 9% in 2024.", "9%",
         "Tarrow Leisure", "growth of operating_profit (adjusted)"),
    ],
)
def test_a_change_of_a_result_is_its_growth_or_decline(
    text: str, written: str, subject: str, attribute: str
) -> None:
    found = claim(text, written)
    assert (found.subject, found.attribute) == (subject, attribute)
    assert str(found.period) == "2024"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # another thing's change: a product's sales, a region's, a share price, units
        ("Sales of Tarrow Leisure's flagship treadmill rose 12% in 2024.", "12%"),
        ("Tarrow Leisure said revenue in Asia rose 9% in 2024.", "9%"),
        ("Tarrow Leisure shares rose 4% to $31 on Tuesday.", "4%"),
        ("Tarrow Leisure said revenue per member rose 3% in 2024.", "3%"),
        # a change of percentage points is a margin's or a share's
        ("Tarrow Leisure's gross margin rose 2 percentage points in 2024.",
         "2 percentage points"),
        # a forecast is no result
        ("Tarrow Leisure expects revenue to grow 5% in 2026.", "5%"),
    ],
)
def test_a_change_of_anything_else_is_no_growth_of_a_result(text: str, written: str) -> None:
    attribute = claim(text, written).attribute
    assert attribute is None or not attribute.startswith(("growth of", "decline of"))


def test_a_result_opening_its_sentence_changes_for_the_article_company() -> None:
    text = (
        "Tarrow Leisure reported its results for the fiscal year on Wednesday. Revenue for"
        " the fiscal year ended June 30 rose 7.4% to $318.6 million from $296.6 million a"
        " year earlier."
    )
    found = claim(text, "7.4%")
    assert (found.subject, found.attribute) == ("Tarrow Leisure", "growth of revenue")


def test_a_transitive_change_and_a_noun_of_change_name_the_result() -> None:
    pushed = claim(
        "Halloway Group said contract wins pushed its first-half revenue 7% higher in 2025.",
        "7%",
    )
    rise = claim("Halloway Group posted an 11% rise in first-half revenue in 2025.", "11%")
    assert pushed.attribute == rise.attribute == "growth of revenue (half-year)"
    assert pushed.subject == rise.subject == "Halloway Group"


def test_a_half_named_by_the_results_noun_is_no_whole_year() -> None:
    text = "Halloway Group posted first-half revenue of $400 million in 2025."
    found = claim(text, "$400 million")
    assert (found.attribute, str(found.period)) == ("revenue (half-year)", "2025")


def test_two_growths_of_one_years_revenue_contradict() -> None:
    one = "Tarrow Leisure's revenue rose 7.4% to $318.6 million in 2024."
    other = "In 2024, Tarrow Leisure's revenue grew 4.7%, the company said."
    found = prose.contradictions(one, other, published=PUBLISHED)
    assert found in ([("7.4%", "4.7%")], [("4.7%", "7.4%")])


@pytest.mark.parametrize(
    "other",
    [
        "In 2024, Tarrow Leisure's revenue grew 7.4%, the company said.",  # restated
        "In 2024, Tarrow Leisure's revenue grew about 7%, the company said.",  # rounded
        "In 2024, Tarrow Leisure's revenue fell 4.7%, the company said.",  # a decline
        "In 2024, Tarrow Leisure's organic revenue grew 4.7%, the company said.",  # a basis
        "In 2024, Tarrow Leisure's cloud revenue grew 4.7%, the company said.",  # a part
        "In 2023, Tarrow Leisure's revenue grew 4.7%, the company said.",  # another year
        "In 2024, Tarrow Leisure's net income grew 4.7%, the company said.",  # another result
        "In 2024, Brackwell Foods' revenue grew 4.7%, the company said.",  # another company
    ],
)
def test_growths_that_are_not_one_fact_stay_silent(other: str) -> None:
    one = "Tarrow Leisure's revenue rose 7.4% to $318.6 million in 2024."
    assert prose.contradictions(one, other, published=PUBLISHED) == []
