"""An ordinal glued to a superlative of size ("the second-largest operator in the country") is
a rank by size among peers, never a place on the list an article ranks its subject on
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose

PUBLISHED = dt.date(2025, 11, 4)


def test_a_rank_by_size_takes_no_board_from_the_corpus() -> None:
    # "the second-largest operator" is a size among peers, never a place on the index
    ranked = (
        "Hollisford Memorial, the second-largest operator in the country, ranked 11th in the"
        " Hearthmark Funeral Trust Index."
    )
    other = "Hollisford Memorial ranked 17th in the Hearthmark Funeral Trust Index."
    pairs = {frozenset(p) for p in prose.contradictions(ranked, other, published=PUBLISHED)}
    assert frozenset({"second", "17th"}) not in pairs
