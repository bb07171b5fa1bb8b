"""Subject, attribute and period of figures in sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck import Document, Kind


def money_claims(text: str, published: dt.date = dt.date(2026, 6, 1)) -> list[factcheck.Claim]:
    report = factcheck.check([Document("t.md", text, published=published)])
    return [c for c in report.claims if c.kind is Kind.MONEY]


@pytest.mark.parametrize(
    ("text", "subject", "attribute"),
    [
        ("Acme's deal with Globex is worth $4 billion.", "Acme – Globex", "deal_value"),
        ("Globex signed a $4 billion agreement with Acme.", "Acme – Globex", "deal_value"),
        (
            "Acme announced a partnership with Globex, including a $4 billion investment.",
            "Acme – Globex",
            "deal_value",
        ),
        ("Initech agreed to acquire Globex for $69 billion.", "Globex", "acquisition_price"),
        ("Initech's $75 billion takeover of Globex drew scrutiny.", "Globex", "acquisition_price"),
        ("Acme invested $2 billion in Globex.", "Acme – Globex", "investment"),
        ("Acme raised $110 billion in a funding round.", "Acme", "funding_round"),
        ("Acme reported revenue of $14.2 billion.", "Acme", "revenue"),
        ("Acme posted a profit of $610 million.", "Acme", "profit"),
        ("Acme was valued at $2 billion by investors.", "Acme", "valuation"),
        ("Globex paid $142 per share.", "Globex", "price per share"),
    ],
)
def test_subject_and_attribute(text: str, subject: str, attribute: str) -> None:
    claims = money_claims(text)
    assert len(claims) == 1
    assert (claims[0].subject, claims[0].attribute) == (subject, attribute)


def test_a_deal_with_one_known_party_abstains() -> None:
    (claim,) = money_claims("The startup signed a $4 billion deal last year.")
    assert claim.subject is None


def test_pronoun_and_the_company_refer_to_the_previous_subject() -> None:
    claims = money_claims(
        "Acme raised $110 billion in a funding round. "
        "The company signed a $50 billion deal with Globex."
    )
    assert claims[1].subject == "Acme – Globex"
    claims = money_claims("Initech said sales grew fast. It reported revenue of $3 billion.")
    assert claims[0].subject == "Initech"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Acme made a $1 billion investment in Globex in 2019.", "2019"),
        ("Acme's stake in Globex had grown to $13 billion by 2023.", "by 2023"),
        ("In 2019, Acme invested $1 billion in Globex.", "2019"),
        ("Acme reported revenue of $5 billion in fiscal 2024.", "2024"),
        ("Acme ran tests in 2016 and made a $1B investment in Globex in 2019.", "2019"),
        ("Acme reported revenue of $5 billion.", None),
        # the date of an announcement is not a period that scopes the figure
        (
            "In February, Acme announced a partnership with Globex, "
            "including a $50 billion investment.",
            None,
        ),
        ("Acme's deal with Globex, announced March 2026, is worth $50 billion.", None),
    ],
)
def test_period(text: str, period: str | None) -> None:
    (claim,) = money_claims(text)
    assert (str(claim.period) if claim.period else None) == period


def test_counts_compare_only_the_same_counted_thing() -> None:
    report = factcheck.check(
        [
            Document("a.md", "Acme launched seven new models in June."),
            Document("b.md", "Acme now offers over 11,000 models to customers."),
        ]
    )
    assert [f for f in report.findings if f.type.value == "contradiction"] == []
    counts = {c.text: c.attribute for c in report.claims if c.kind is Kind.COUNT}
    assert counts["seven"] != counts.get("over 11,000")


def test_rank_item_and_board() -> None:
    report = factcheck.check(
        [
            Document(
                "a.md",
                "Zephyr-2 (ranked third on Apex.ai) led. "
                "Later, Zephyr-3 debuted third on the Apex leaderboard.",
            )
        ]
    )
    ranks = [c for c in report.claims if c.kind is Kind.RANK]
    assert [(c.subject, c.item) for c in ranks] == [("Apex", "Zephyr-2"), ("Apex", "Zephyr-3")]
    assert len([f for f in report.findings if f.type.value == "contradiction"]) == 1


def test_coordinated_items_leave_the_rank_without_an_item() -> None:
    report = factcheck.check(
        [
            Document(
                "a.md",
                "Zephyr-2 and Zephyr-3 (both image models, ranked third on Apex.ai) shipped.",
            )
        ]
    )
    (rank,) = [c for c in report.claims if c.kind is Kind.RANK]
    assert rank.item is None


@pytest.mark.parametrize(
    ("text", "subject", "attribute"),
    [
        ("Globex was founded in 1998 in Ohio.", "Globex", "date founded"),
        ("Founded in 1998, Globex makes chips in Ohio.", "Globex", "date founded"),
        ("Acme bought Globex in 2020.", "Globex", "date acquired"),
        ("In 2021, Acme acquired Globex for $5 billion.", "Globex", "date acquired"),
        ("Zephyr-2 was released on May 3, 2025.", "Zephyr-2", "date released"),
        ("Acme released Zephyr-3 in June 2025.", "Zephyr-3", "date released"),
        ("Acme announced results on Monday, June 1, 2026.", None, None),  # announcements recur
    ],
)
def test_dates_of_one_time_events(text: str, subject: str | None, attribute: str | None) -> None:
    report = factcheck.check([Document("t.md", text, published=dt.date(2026, 6, 3))])
    dates = [c for c in report.claims if c.kind is Kind.DATE]
    assert dates
    assert (dates[0].subject, dates[0].attribute) == (subject, attribute)


def test_years_of_an_acquisition_conflict_across_documents() -> None:
    report = factcheck.check(
        [
            Document("a.md", "Acme bought Globex in 2020. Analysts at Initech liked Acme."),
            Document("b.md", "Acme acquired Globex in March 2021, said Initech."),
        ]
    )
    found = [f for f in report.findings if f.type.value == "contradiction"]
    assert len(found) == 1
    assert {found[0].a.text, found[0].b.text} == {"2020", "March 2021"}  # type: ignore[union-attr]
