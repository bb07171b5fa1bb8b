"""Subject, attribute and item rules of round recon10, on sentences written for these tests
(kept apart from test_context.py so that parallel rounds merge cleanly)."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck import Document, Kind


def claims_of(
    text: str, kind: Kind = Kind.MONEY, published: dt.date = dt.date(2026, 8, 20)
) -> list[factcheck.Claim]:
    report = factcheck.check([Document("t.md", text, published=published)])
    return [c for c in report.claims if c.kind is kind]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry operator Orlan Sea Lines posted a second-quarter net profit of $71 million.",
        "OSLO, May 3 (Wire) - Ferry operator Orlan Sea Lines posted a second-quarter net "
        "profit of $71 million.",
        "Budget hotel chain Orlan Sea Lines posted a second-quarter net profit of $71 million.",
    ],
)
def test_a_capitalised_description_word_opening_the_sentence_is_no_subject(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.subject == "Orlan Sea Lines"


@pytest.mark.parametrize(
    "text",
    [
        "Norway's biggest salmon farmer, Orlan Fisk, has been fined $12 million by the "
        "food safety regulator.",
        "Spain's second-largest bank by assets, Orlan Fisk, posted a net profit of $12 million.",
    ],
)
def test_a_possessive_description_then_a_name_is_about_the_name(text: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.text.startswith("$12")]
    assert claim.subject == "Orlan Fisk"


def test_a_participle_after_a_described_name_is_about_that_name() -> None:
    (claim,) = claims_of(
        "The mill buys most of its pulp from Orlan Fisk, the supplier hit with a $9 million "
        "fine by the regulator for price fixing."
    )
    assert claim.subject == "Orlan Fisk" and claim.attribute == "fine"


@pytest.mark.parametrize(
    "text",
    [
        "Orlan Fisk has set aside a total of $20 million to cover the fine and legal costs.",
        "Orlan Fisk earmarked $20 million for the penalty.",
    ],
)
def test_a_sum_set_aside_for_a_fine_is_not_the_fine(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.attribute is None


def test_a_sum_set_aside_does_not_contradict_the_fine() -> None:
    docs = [
        Document(
            "a.md",
            "Orlan Fisk was fined $18.5 million by the regulator.",
            published=dt.date(2026, 5, 1),
        ),
        Document(
            "b.md",
            "Orlan Fisk has set aside a total of $20 million to cover the fine and legal costs.",
            published=dt.date(2026, 6, 1),
        ),
    ]
    assert [f for f in factcheck.check(docs).findings if f.b is not None] == []


def test_a_relative_clause_after_a_place_ranks_the_name_before_the_place() -> None:
    (claim,) = claims_of(
        "Its best-known partner is Marlow Music Academy in Bristol, which ranks 8th in "
        "the Orlan Conservatoire Index 2026.",
        Kind.RANK,
    )
    assert claim.item == "Marlow Music Academy"


@pytest.mark.parametrize(
    "text",
    [
        "Orlan Homes handed over 4,120 homes in 2025.",
        "Orlan Homes turned over £1.2 billion in 2025.",
    ],
)
def test_over_after_its_verb_is_no_hedge(text: str) -> None:
    report = factcheck.check([Document("t.md", text, published=dt.date(2026, 3, 1))])
    (claim,) = [c for c in report.claims if c.kind in (Kind.COUNT, Kind.MONEY)]
    assert claim.text in ("4,120", "£1.2 billion")


def test_over_as_a_hedge_stays_a_hedge() -> None:
    report = factcheck.check(
        [
            Document(
                "t.md", "Orlan Homes sold over 4,120 homes in 2025.", published=dt.date(2026, 3, 1)
            )
        ]
    )
    (claim,) = [c for c in report.claims if c.kind is Kind.COUNT]
    assert claim.text == "over 4,120"


def test_homes_handed_over_are_homes_completed() -> None:
    docs = [
        Document(
            "a.md", "Orlan Homes completed 4,120 homes in 2025.", published=dt.date(2026, 3, 1)
        ),
        Document(
            "b.md", "Orlan Homes handed over 3,480 homes last year.", published=dt.date(2026, 4, 1)
        ),
    ]
    found = [f for f in factcheck.check(docs).findings if f.b is not None]
    assert len(found) == 1 and found[0].a.attribute == "count of homes (completed)"


def test_an_opening_participle_founds_the_name_after_its_comma_not_a_place_inside_it() -> None:
    (claim,) = claims_of(
        "Founded in 1994 as a single bakery in Whitby, Orlan Foods has grown into a national "
        "chain.",
        Kind.DATE,
    )
    assert (claim.subject, claim.attribute) == ("Orlan Foods", "date founded")


def test_a_year_compound_description_dates_the_previous_subject() -> None:
    claims = claims_of(
        "Orlan Foods rose 2% after a trading update showed EBITDA ahead of plan. The "
        "1994-founded bakery chain, which runs about 400 shops, said it expected growth.",
        Kind.DATE,
    )
    (claim,) = [c for c in claims if c.text == "1994"]
    assert (claim.subject, claim.attribute) == ("Orlan Foods", "date founded")


def test_a_fine_reported_in_the_present_perfect_takes_its_datelines_month() -> None:
    docs = [
        Document(
            "a.md",
            "OSLO, March 12 (Wire) - Orlan Fisk has been fined $18.5 million by the food "
            "safety regulator for mislabelling salmon.",
            published=dt.date(2026, 3, 12),
        ),
        Document(
            "b.md",
            "Orlan Fisk, the farmer hit with a $15 million penalty by the regulator in March, "
            "said exports rose.",
            published=dt.date(2026, 5, 1),
        ),
    ]
    found = [f for f in factcheck.check(docs).findings if f.b is not None]
    assert len(found) == 1 and str(found[0].a.period) == "2026-03"


def test_a_fine_in_a_lead_without_a_dateline_keeps_no_period() -> None:
    (claim,) = claims_of(
        "Orlan Fisk has been fined $18.5 million by the food safety regulator.",
        published=dt.date(2026, 3, 12),
    )
    assert claim.attribute == "fine" and claim.period is None
