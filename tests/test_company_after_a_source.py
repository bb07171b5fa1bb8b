"""A new paragraph's "The company" after a sentence in which a source only tells what
another did ("Analytics firm X said last month that Y ...") is the company the article is
about, not the source (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose

PUBLISHED = dt.date(2026, 2, 12)
TITLE = "Lingomo results: subscribers rise as renewals slow"
OPENING = (
    "Lingomo reported revenue of $455 million for 2025, up 13%.\n\n"
    "Analytics firm AppMeter said last month that Parlota generated more spending in the "
    "app stores in 2025 than Lingomo did."
)
FINE = "The company said it had set aside funds for the €4.5 million fine imposed in November."


def _subject(text: str) -> str | None:
    claims = prose.claims_of(text, title=TITLE, published=PUBLISHED)
    return next(c.subject for c in claims if c.text == "€4.5 million")


def test_the_company_after_a_source_is_the_articles_company() -> None:
    assert _subject(OPENING + "\n\n" + FINE) == "Lingomo"


def test_the_company_in_the_sources_paragraph_is_the_source() -> None:
    # in the same paragraph, "The company" goes on about the name just before
    assert _subject(OPENING + " " + FINE) == "AppMeter"


def test_a_source_telling_of_itself_stays_the_subject() -> None:
    told = (
        "Lingomo reported revenue of $455 million for 2025, up 13%.\n\n"
        "Analytics firm AppMeter said last month that it had doubled its sales in 2025."
    )
    assert _subject(told + "\n\n" + FINE) == "AppMeter"
