"""Subject, attribute and period rules of round recon9, on sentences written for these
tests (kept apart from test_context.py so that parallel rounds merge cleanly)."""

from __future__ import annotations

import datetime as dt

import factcheck
from factcheck import Document, Kind


def claims_of(
    text: str, kind: Kind = Kind.MONEY, published: dt.date = dt.date(2025, 8, 20)
) -> list[factcheck.Claim]:
    report = factcheck.check([Document("t.md", text, published=published)])
    return [c for c in report.claims if c.kind is kind]


def findings_of(*texts: str, published: dt.date = dt.date(2025, 8, 20)) -> list[factcheck.Finding]:
    docs = [Document(f"d{i}.md", t, published=published) for i, t in enumerate(texts)]
    return [f for f in factcheck.check(docs).findings if f.b is not None]


def test_an_opening_participle_founded_by_people_is_the_company_founding() -> None:
    (claim,) = claims_of(
        "Founded in 2011 by Helena Marsh and Pieter Dorn, two former engineers, Brivolt "
        "makes battery packs for delivery vans.",
        Kind.DATE,
    )
    assert (claim.subject, claim.attribute) == ("Brivolt", "date founded")


def test_founding_years_after_a_by_phrase_meet_the_company_elsewhere() -> None:
    found = findings_of(
        "Founded in 2011 by Helena Marsh and Pieter Dorn, Brivolt makes battery packs.",
        "Brivolt, the battery maker founded in 2014, is hiring in Lyon.",
    )
    assert [f.a.attribute for f in found] == ["date founded"]


def test_a_double_hyphen_dateline_is_no_subject() -> None:
    (claim,) = claims_of(
        "OSLO, May 6 (Fjord Business Wire) -- Brivolt said it shipped 41,000 battery packs "
        "in 2024.",
        Kind.COUNT,
    )
    assert claim.subject == "Brivolt"


def test_a_day_before_a_subject_pronoun_dates_the_saying_not_the_sales() -> None:
    (claim,) = claims_of(
        "Korvast Brewing said on Tuesday it sold 3.2 million hectolitres of lager in 2024.",
        Kind.QUANTITY,
        published=dt.date(2025, 3, 4),
    )
    assert str(claim.period) == "2024"


def test_a_month_a_company_ended_with_a_count_is_its_period() -> None:
    (claim,) = claims_of(
        "Brivolt ended March with 52,000 paying subscribers, up from 40,000 a year earlier.",
        Kind.COUNT,
        published=dt.date(2025, 4, 20),
    )[:1]
    assert str(claim.period) == "2025-03"


def test_ended_month_with_meets_the_end_of_that_month() -> None:
    found = findings_of(
        "Harlow Press Group ended March with 52,000 paying subscribers.",
        "Harlow Press Group had 47,000 paying subscribers at the end of March.",
        published=dt.date(2025, 4, 20),
    )
    assert len(found) == 1 and str(found[0].a.period) == "2025-03"


def test_a_relative_year_after_what_a_volume_is_of_scopes_it() -> None:
    (claim,) = claims_of(
        "Korvast Brewing sold 2.6 billion litres of lager and stout last year.",
        Kind.QUANTITY,
        published=dt.date(2025, 11, 4),
    )
    assert str(claim.period) == "2024"


def test_the_brewer_opening_a_sentence_refers_back() -> None:
    (claim,) = claims_of(
        "On Monday, Harlow Brewing Group cut its outlook. The brewer, which sold 2.6 billion "
        "litres of lager in 2024, kept its guidance.",
        Kind.QUANTITY,
        published=dt.date(2025, 11, 4),
    )
    assert claim.subject == "Harlow Brewing Group"
