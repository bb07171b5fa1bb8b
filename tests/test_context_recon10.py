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
