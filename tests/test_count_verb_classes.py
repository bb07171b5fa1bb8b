"""Count verbs that report one count (``data/count_verbs.txt``): "shipped" and "delivered"
are one class, and so are the verbs that tally a period's count of something ("carried",
"welcomed", "recorded", "logged", "handled", "served", "attracted"). Counts under verbs of
other classes stay apart. Sentences are our own, with invented names."""

from __future__ import annotations

import datetime as dt

import factcheck
from factcheck import Document, FindingType


def _contradictions(first: str, second: str) -> list[tuple[str, str]]:
    report = factcheck.check(
        [
            Document("a.md", first, published=dt.date(2026, 3, 2)),
            Document("b.md", second, published=dt.date(2026, 3, 9)),
        ]
    )
    return [
        (f.a.text, f.b.text)
        for f in report.findings
        if f.type is FindingType.CONTRADICTION and f.b is not None
    ]


def test_shipped_and_delivered_doses_are_one_count() -> None:
    found = _contradictions(
        "Quorra Biologics delivered 46 million doses of its vaccine in 2025.",
        "Quorra Biologics shipped 38 million doses of the shot in 2025, its filing shows.",
    )
    assert len(found) == 1


def test_welcomed_and_recorded_visitors_are_one_count() -> None:
    found = _contradictions(
        "The Harrowgate Gallery welcomed 1.2 million visitors in 2025.",
        "The Harrowgate Gallery recorded 1.5 million visitors in 2025, a record.",
    )
    assert len(found) == 1


def test_opened_and_closed_stores_stay_apart() -> None:
    assert not _contradictions(
        "Pellmoor Retail opened 18 stores in 2025.",
        "Pellmoor Retail closed 12 stores in 2025.",
    )


def test_produced_and_shipped_units_stay_apart() -> None:
    assert not _contradictions(
        "Vantor Motors produced 52,000 vehicles in 2025.",
        "Vantor Motors shipped 48,000 vehicles in 2025.",
    )


def test_counts_of_different_years_stay_apart() -> None:
    assert not _contradictions(
        "The Harrowgate Gallery welcomed 1.2 million visitors in 2025.",
        "The Harrowgate Gallery recorded 1.5 million visitors in 2024.",
    )


def test_count_as_a_verb_in_any_tense_has_what_it_counts() -> None:  # fails before 201e5b2
    # "will count 276 partners" is the partners it will have, as "will have 318 partners"
    assert _contradictions(
        "Harlow Quill will count 276 partners on its books.",
        "Harlow Quill will have 318 partners spread across 22 offices.",
    )
