"""A time written with a capital is never a name: "Last May's $185 million Series C" is no
company called Last May. And a round with an aside before "valued X at" still values X
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose
import pytest

PUBLISHED = dt.date(2025, 10, 30)

claim = partial(prose.claim, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Last May's $185 million Series C was led by Tamsin Ventures.", "$185 million"),
        ("Last June's €240 million contract covered 16 lifts.", "16"),
        ("Next March's $40 million payment falls due to the lenders.", "$40 million"),
    ],
)
def test_a_time_opening_a_sentence_is_no_subject(text: str, written: str) -> None:
    assert claim(text, written).subject is None


def test_a_round_with_an_aside_before_valued_values_the_company() -> None:
    text = (
        "Last May's $185 million Series C, led by Tamsin Ventures, valued Voltaic Foundry at"
        " $1.6 billion."
    )
    found = claim(text, "$1.6 billion")
    assert (found.subject, found.attribute) == ("Voltaic Foundry", "valuation (series c)")
