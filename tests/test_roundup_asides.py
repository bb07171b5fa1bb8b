"""A markets roundup writes a company's move, an aside on it, then why: "Merrow Air closed up
6.4% at $34.71, its best day since March, after the Kansas City regional carrier reported
third-quarter revenue of $812 million". The clause before the aside is the sentence's own,
not an opening phrase, so "its" there opens no new subject and the figures after are the
company's; a short opening phrase with a number still is one ("With 1,400 staff, it ...").
A margin joined by "and" to a quarter's revenue is the quarter's, unless it states a span
of its own (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from prose import reading

OCTOBER = dt.date(2025, 10, 31)
ROUNDUP = (
    "Airlines were the bright spot. Merrow Air closed up 6.4% at $34.71, its best day since"
    " March, after the Kansas City regional carrier reported third-quarter revenue of $812"
    " million and an operating margin of 8.4%."
)


def test_a_move_then_an_aside_is_the_companys_clause() -> None:
    assert reading(ROUNDUP, "$812 million", published=OCTOBER)[:2] == ("Merrow Air", "revenue")
    assert reading(ROUNDUP, "8.4%", published=OCTOBER)[:2] == (
        "Merrow Air",
        "margin (operating)",
    )


def test_an_opening_phrase_with_a_number_still_refers_back() -> None:
    text = (
        "Corlan Foods opened a plant in Leeds. With 1,400 staff, it reported revenue of"
        " $90 million."
    )
    assert reading(text, "$90 million", published=OCTOBER)[:2] == ("Corlan Foods", "revenue")


def test_a_margin_joined_to_a_quarters_revenue_is_the_quarters() -> None:
    assert reading(ROUNDUP, "8.4%", published=OCTOBER)[2] == "2025-Q3"
    # a margin of its own span keeps it
    own = (
        "Merrow Air reported third-quarter revenue of $812 million and a full-year operating"
        " margin of 7.8%."
    )
    assert reading(own, "7.8%", published=OCTOBER)[1:] == ("margin (operating) (annual)", None)
