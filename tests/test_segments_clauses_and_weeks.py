"""A result "in its engine services segment" is the segment's, never the company's; "and
X has 25 bays" opens X's own clause with no comma before it; a trading update's "13 weeks
to January 31" is that many weeks' figure, apart from "the first 11 weeks" (sentences
written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose

PUBLISHED = dt.date(2026, 2, 4)


def _attribute(text: str, written: str) -> str | None:
    return prose.claim(text, written, published=PUBLISHED).attribute


def test_a_result_in_its_segment_is_the_segments() -> None:
    text = "Tarvane booked $3.12 billion of revenue in its engine services segment in 2024."
    assert _attribute(text, "$3.12 billion") == "revenue (engine services segment)"
    plain = "Tarvane booked revenue of $3.12 billion in 2024, helped by its engine business."
    assert _attribute(plain, "$3.12 billion") == "revenue"


def test_a_segments_revenue_never_meets_the_companys() -> None:
    segment = "Tarvane booked $3.12 billion of revenue in its engine services segment in 2024."
    whole = "Tarvane reported 2024 revenue of $3.86 billion."
    assert prose.contradictions(segment, whole, published=PUBLISHED) == []


def test_and_a_name_with_its_verb_opens_its_own_clause() -> None:
    intro = "Pellhaven Engines runs a hangar in Cardiff. Pellhaven Engines is based in Wales."
    text = (
        intro + " Add the nine bays at the older Newport works and Pellhaven Engines has 25 "
        "overhaul bays in total."
    )
    assert prose.claim(text, "25", published=PUBLISHED).subject == "Pellhaven Engines"


def test_a_trading_updates_weeks_are_its_span() -> None:
    thirteen = "Fenwick Fresh said like-for-like sales rose 5.1% in the 13 weeks to January 31."
    eleven = (
        "In the first 11 weeks of the new financial year, Fenwick Fresh's like-for-like sales"
        " rose 4.4%."
    )
    assert _attribute(thirteen, "5.1%") == "growth of revenue (like-for-like) (13 weeks)"
    assert _attribute(eleven, "4.4%") == "growth of revenue (like-for-like) (11 weeks)"
    assert prose.contradictions(thirteen, eleven, published=PUBLISHED) == []


def test_the_same_weeks_told_twice_still_meet() -> None:
    first = "Fenwick Fresh said like-for-like sales rose 5.1% in the 13 weeks to January 31."
    second = "Fenwick Fresh's like-for-like sales rose 3.9% in the 13 weeks to January 31."
    pairs = prose.contradictions(first, second, published=PUBLISHED)
    assert ("5.1%", "3.9%") in pairs or ("3.9%", "5.1%") in pairs


def test_a_years_weeks_are_annual() -> None:
    text = "Fenwick Fresh's revenue rose to £1.2 billion in the 52 weeks to 28 February."
    assert _attribute(text, "£1.2 billion") == "revenue (annual)"
