"""A results story whose lead reports a half-year ("posted a 21 per cent jump in
first-half underlying profit") tells its company's undated results in that span, in later
paragraphs too: "Revenue rose 11% to A$436.8 million" is the half-year's, and meets
another article's "first-half revenue jumped 17% to A$436.8 million". Another company's
results take nothing, and a lead that tells a year lends nothing (sentences written for these
tests)."""

from __future__ import annotations

import datetime as dt

import factcheck
from factcheck import Document, FindingType

FEBRUARY = dt.date(2026, 2, 19)
LEAD = (
    "Wexmoor Nutrition has posted a 21 per cent jump in first-half underlying profit on the"
    " back of fatter margins.\n\n"
    "The formula maker reported underlying net profit of A$32.7 million for the six months"
    " to December 31.\n\n"
)


def _readings(text: str, title: str) -> dict[str, tuple[str | None, str | None]]:
    report = factcheck.check([Document("a.md", text, title=title, published=FEBRUARY)])
    return {c.text: (c.subject, c.attribute) for c in report.claims}


def test_the_leads_span_is_the_articles() -> None:
    text = LEAD + "Revenue rose 11% to A$436.8 million."
    found = _readings(text, "Wexmoor Nutrition lifts first-half profit")
    assert found["11%"] == ("Wexmoor Nutrition", "growth of revenue (half-year)")
    assert found["A$436.8 million"] == ("Wexmoor Nutrition", "revenue (half-year)")


def test_the_leads_span_meets_another_articles_half_year() -> None:
    one = LEAD + "Revenue rose 11% to A$436.8 million."
    other = (
        "Wexmoor Nutrition added 1 cent to A$4.03 after first-half revenue jumped 17% to"
        " A$436.8 million."
    )
    report = factcheck.check(
        [
            Document(
                "a.md", one, title="Wexmoor Nutrition lifts first-half profit", published=FEBRUARY
            ),
            Document("b.md", other, title="Markets close", published=FEBRUARY),
        ]
    )
    found = [
        (f.a.text, f.b.text)
        for f in report.findings
        if f.type is FindingType.CONTRADICTION and f.b is not None
    ]
    assert sorted(map(sorted, found)) == [["11%", "17%"]]


def test_no_span_for_another_company_or_a_year() -> None:
    other = LEAD + "Elsewhere, Corlan Foods said on Monday that its revenue rose 4% to A$1.2bn."
    found = _readings(other, "Wexmoor Nutrition lifts first-half profit")
    assert found["A$1.2bn"][1] == "revenue"
    # a lead that tells a year lends it nothing: a year's undated figures meet every other
    # article's year of the company
    annual = (
        "Wexmoor Nutrition posted a 21 per cent jump in annual profit.\n\n"
        "Revenue rose 11% to A$436.8 million."
    )
    found = _readings(annual, "Wexmoor Nutrition results")
    assert found["A$436.8 million"][1] == "revenue"
