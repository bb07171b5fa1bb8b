"""What the tests of subject, attribute and period rules share: one article's claims, and
the contradictions between a few articles, from sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import factcheck
from factcheck import Claim, Document, Finding, FindingType, Kind

PUBLISHED = dt.date(2025, 8, 20)


def claims_of(
    text: str,
    kind: Kind = Kind.MONEY,
    *,
    title: str | None = None,
    published: dt.date = PUBLISHED,
) -> list[Claim]:
    """The claims of one kind that one article of ``text`` makes."""
    report = factcheck.check([Document("t.md", text, title=title, published=published)])
    return [c for c in report.claims if c.kind is kind]


def findings_of(*texts: str, published: dt.date = PUBLISHED) -> list[Finding]:
    """The findings between two claims (contradictions) over one article per text."""
    docs = [Document(f"d{i}.md", t, published=published) for i, t in enumerate(texts)]
    return [f for f in factcheck.check(docs).findings if f.b is not None]


def all_claims_of(text: str, *, published: dt.date = PUBLISHED) -> list[Claim]:
    """Every claim, of any kind, that one article of ``text`` makes."""
    return list(factcheck.check([Document("t.md", text, published=published)]).claims)


def claim(text: str, written: str, *, published: dt.date = PUBLISHED) -> Claim:
    """The claim of one article whose figure is written ``written``."""
    return next(c for c in all_claims_of(text, published=published) if c.text == written)


def contradictions(*texts: str, published: dt.date = PUBLISHED) -> list[tuple[str, str]]:
    """The figures of each contradiction between articles, one per text, as written."""
    return dated_contradictions(*((t, published) for t in texts))


def dated_contradictions(*articles: tuple[str, dt.date]) -> list[tuple[str, str]]:
    """The figures of each contradiction between articles, one per (text, publication
    day), as written."""
    documents = [Document(f"d{i}.md", t, published=day) for i, (t, day) in enumerate(articles)]
    report = factcheck.check(documents)
    return [
        (f.a.text, f.b.text)
        for f in report.findings
        if f.type is FindingType.CONTRADICTION and f.b is not None
    ]


def reading(
    text: str, written: str, *, published: dt.date = PUBLISHED
) -> tuple[str | None, str | None, str | None]:
    """Subject, attribute and period (as text) of the figure written ``written``."""
    found = claim(text, written, published=published)
    return found.subject, found.attribute, None if found.period is None else str(found.period)


def rank_readings(document: Document) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, board, item, edition) of every rank of one checked document."""
    return [
        (c.text, c.subject, c.item, None if c.period is None else str(c.period))
        for c in factcheck.check([document]).claims
        if c.kind is Kind.RANK
    ]
