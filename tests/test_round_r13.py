"""Round r13: a share price named before the figure ("its listing price of $17"), counted
nouns written two ways ("shops" / "stores", "travellers" / "passengers"), a founder named in
an opening participle, ... (sentences written for these tests, in several domains)."""

from __future__ import annotations

import datetime as dt

import factcheck
from factcheck import Claim, Document, FindingType

PUBLISHED = dt.date(2025, 5, 6)


def claims_of(text: str) -> list[Claim]:
    return list(factcheck.check([Document("t.md", text, published=PUBLISHED)]).claims)


def claim(text: str, written: str) -> Claim:
    return next(c for c in claims_of(text) if c.text == written)


def contradictions(*texts: str) -> list[tuple[str, str]]:
    documents = [Document(f"d{i}.md", t, published=PUBLISHED) for i, t in enumerate(texts)]
    report = factcheck.check(documents)
    return [
        (f.a.text, f.b.text)
        for f in report.findings
        if f.type is FindingType.CONTRADICTION and f.b is not None
    ]


# -- a share price named before the figure -------------------------------------------------


def test_a_listing_price_is_a_price_per_share_not_the_takeover_price() -> None:
    found = claim(
        "Investors who bought Torvane Labs at its 2019 IPO price of $21 have tripled their money.",
        "$21",
    )
    assert found.attribute == "price per share (listing)"


def test_a_closing_price_near_a_takeover_verb_is_not_compared() -> None:
    found = claim(
        "Pellagro agreed to acquire Vindmark, whose closing price of $9.40 on Tuesday was a "
        "two-year low.",
        "$9.40",
    )
    assert found.attribute is None


def test_a_share_price_never_meets_the_value_of_the_deal() -> None:
    assert not contradictions(
        "Halvora agreed to buy Quenby Foods for about $2.3 billion.",
        "Quenby Foods shareholders who bought Quenby Foods at the flotation price of $14 did well.",
    )
