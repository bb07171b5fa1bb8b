"""From the first reading of corpora 53 and 55, on our own sentences with invented names: a
rank within a group ("the third-highest UK school on the list") is on no whole board, and
a share restated as a sum ("22% of Acme's revenue, or about £65 million") is that part,
never the whole revenue. The tests marked so fail on the code before (8ee4b6e)."""

from __future__ import annotations

import datetime as dt

import prose
import pytest

import factcheck
from factcheck import Document, Kind
from factcheck.context import group_ranked_within

TABLE = (
    "The 2025 Hooli Global MBA Ranking came out on Monday, and Vantor Business School rose "
    "to 14th place. Vantor was also the third-highest UK school on the list."
)
OTHER = "Vantor, which sits 22nd in this year's Hooli global MBA table, is growing fast."


def test_a_rank_within_a_group_is_no_board_position() -> None:  # fails before
    documents = [
        Document("a.md", TABLE, published=dt.date(2025, 6, 2)),
        Document("b.md", OTHER, published=dt.date(2025, 6, 2)),
    ]
    found = factcheck.check(documents).findings
    pairs = [{f.a.text, f.b.text} for f in found if f.b is not None]
    assert {"third", "22nd"} not in pairs


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Vantor was the third-highest UK school on the list.", "UK school"),
        ("Vantor is the second-largest German carrier.", "German carrier"),
        ("Vantor is the second-largest carrier in Europe.", None),
    ],
)
def test_the_group_a_rank_is_within(sentence: str, group: str | None) -> None:  # fails before
    end = sentence.index("-")
    assert group_ranked_within(sentence, end) == group


@pytest.mark.parametrize(
    "sentence",
    [
        "Roughly 22% of Vantor Cartons' revenue, or about £65 million last year, comes from "
        "medicine boxes.",
        "A third of Vantor Cartons' revenue, or £65 million, comes from medicine boxes.",
    ],
)
def test_a_share_restated_as_a_sum_is_a_part(sentence: str) -> None:  # fails before
    money = prose.claims_of(sentence, Kind.MONEY)
    assert money and money[0].attribute is None


def test_a_part_is_never_set_against_the_whole() -> None:  # fails before
    whole = "Vantor Cartons reported revenue of £296 million for 2024."
    part = (
        "Roughly 22% of Vantor Cartons' revenue, or about £65 million in 2024, comes from "
        "medicine boxes."
    )
    assert prose.contradictions(whole, part) == []
