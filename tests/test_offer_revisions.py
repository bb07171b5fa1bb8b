"""A takeover's terms change as it goes: the first offer's price and premium, then the
raised offer's, are all true, each at its step. Once an article tells a figure as a raised
(or a rival) offer, figures that disagree with its group are the offer at another step; two
groups neither of which is told so are still compared, so a mistyped first offer is still
an error. A price a share of an offer "for" a company is that company's, not the bidder's
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import factcheck
from factcheck import Document, FindingType

SEPTEMBER = dt.date(2025, 9, 8)
NOVEMBER = dt.date(2025, 11, 24)
DECEMBER = dt.date(2025, 12, 15)

FIRST = (
    "Harlow Group agreed on Monday to buy Pemberly Foods for €14.20 a share in cash. The price"
    " is a premium of 32% to Pemberly's undisturbed closing price."
)
RAISED = (
    "Harlow lifted its cash offer for Pemberly Foods to €15.10 a share from €14.20 after a"
    " hedge fund held out for more. Harlow's raised offer of €15.10 a share is a 40% premium"
    " to Pemberly's undisturbed price."
)
CLOSED = "Pemberly Foods shares stopped trading after Harlow completed the deal at €15.10 a share."


def _contradictions(*texts: tuple[str, dt.date]) -> list[list[str]]:
    report = factcheck.check(
        [
            Document(f"{i}.md", text, title="Harlow and Pemberly", published=day)
            for i, (text, day) in enumerate(texts)
        ]
    )
    pairs = [
        sorted((f.a.text, f.b.text))
        for f in report.findings
        if f.type is FindingType.CONTRADICTION and f.b is not None
    ]
    return sorted(pairs)


def test_the_first_and_the_raised_offer_are_both_true() -> None:
    assert _contradictions((FIRST, SEPTEMBER), (RAISED, NOVEMBER), (CLOSED, DECEMBER)) == []


def test_without_the_raise_the_two_prices_contradict() -> None:
    # the control: the same figures, with nothing telling of a raised offer
    plain = "Harlow agreed to buy Pemberly Foods for €15.10 a share in cash."
    assert _contradictions((FIRST, SEPTEMBER), (plain, NOVEMBER)) == [
        ["€14.20 a share", "€15.10 a share"]
    ]


def test_a_mistyped_first_offer_is_still_an_error() -> None:
    mistyped = (
        "Harlow's original €14.20 offer, announced on September 8, was a 23% premium to"
        " Pemberly's undisturbed share price."
    )
    found = _contradictions((FIRST, SEPTEMBER), (RAISED, NOVEMBER), (mistyped, DECEMBER))
    assert found == [["23%", "32%"]]


def test_a_price_a_share_of_an_offer_for_a_company_is_that_companys() -> None:
    report = factcheck.check(
        [
            Document(
                "a.md",
                "Harlow Group has raised its takeover offer for Pemberly Foods, the Leeds baker,"
                " to €15.10 per share in cash. Regulators are due to rule this week on Harlow's"
                " €15.10-per-share offer for Pemberly Foods.",
                published=NOVEMBER,
            )
        ]
    )
    prices = {c.text: c.subject for c in report.claims if c.attribute == "price per share"}
    assert prices == {"€15.10 per share": "Pemberly Foods", "€15.10-per-share": "Pemberly Foods"}
