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
