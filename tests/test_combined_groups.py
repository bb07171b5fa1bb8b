"""What two companies make together once a takeover is done is neither company's figure:
"the enlarged group had 1,452 shops", "the two companies had combined revenue of",
"With X, Y now operates", "will operate 50 lounges after the deal" are `(combined)`, kept
apart from each company's own (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose
import pytest

PUBLISHED = dt.date(2026, 3, 12)
ALONE = (
    "Harbourline Retail, which Tavira Group agreed to buy in June, had 330 shops and about "
    "6,800 employees at the end of 2025."
)


def _attribute(text: str, written: str) -> str | None:
    return prose.claim(text, written, published=PUBLISHED).attribute


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Including Harbourline, the enlarged group had 1,452 shops at the end of February.",
            "1,452",
        ),
        (
            "With Harbourline, Tavira Group now operates 1,452 shops in 31 countries.",
            "1,452",
        ),
        ("Tavira Group will operate 1,452 shops after the deal, it said.", "1,452"),
        (
            "On a pro forma basis, the two companies had combined revenue of about €7.9 billion"
            " in 2025.",
            "about €7.9 billion",
        ),
        (
            "Since last month, when it completed the takeover of Harbourline, the group has run"
            " 1,452 shops.",
            "1,452",
        ),
    ],
)
def test_a_figure_of_the_combination_is_combined(text: str, written: str) -> None:
    attribute = _attribute(text, written)
    assert attribute is not None and attribute.endswith("(combined)")


def test_a_companys_own_figure_is_not_combined() -> None:
    attribute = _attribute(ALONE, "330")
    assert attribute is not None and "combined" not in attribute
    # a deal's price is never combined
    price = _attribute(
        "Including debt, Tavira Group will pay €2.1 billion for Harbourline.", "€2.1 billion"
    )
    assert price is None or "combined" not in price


def test_the_combination_never_contradicts_a_company_alone() -> None:
    enlarged = (
        "Including Harbourline, the enlarged Harbourline group had 1,452 shops and about 29,800"
        " employees at the end of February."
    )
    assert prose.contradictions(ALONE, enlarged, published=PUBLISHED) == []


def test_two_tellings_of_the_combination_still_meet() -> None:
    first = "With Harbourline, Tavira Group now operates 1,452 shops in 31 countries."
    second = "With Harbourline, Tavira Group now operates 1,250 shops in 31 countries."
    pairs = prose.contradictions(first, second, published=PUBLISHED)
    assert ("1,452", "1,250") in pairs or ("1,250", "1,452") in pairs


def test_the_enlarged_company_and_the_combined_group_are_one_whole() -> None:
    enlarged = "Tavira shareholders will own 61% of the enlarged company, the companies said."
    combined = "Tavira investors will own 59% of the combined group, the filing shows."
    assert _attribute(enlarged, "61%") == "share of combined group"
    assert _attribute(combined, "59%") == "share of combined group"
    # a share of another whole stays its own
    assert _attribute("Tavira holds 61% of the joint venture.", "61%") != "share of combined group"
