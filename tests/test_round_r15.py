"""Round r15: a figure written with its conversion into another unit in parentheses ("€90
million ($97 million) Series C round"), ... (sentences written for these tests, in several
domains)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 9, 16)


claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- a conversion in parentheses ------------------------------------------------------------


def test_a_round_written_in_two_currencies_is_the_named_round() -> None:
    text = (
        "Oslo-based Tindra Robotics has closed a NOK 900 million ($84 million) Series C round "
        "led by Fjellvik Partners, the company said on Monday."
    )
    assert claim(text, "NOK 900 million").attribute == "funding_round (series c)"
    # the conversion is the same round again: compared once, through the first figure
    assert claim(text, "$84 million").attribute is None


def test_a_round_in_two_currencies_contradicts_another_account_of_it() -> None:
    found = contradictions(
        "Lisbon-based Quarteira Health has raised €60 million ($65 million) in a Series B "
        "financing round, the company said on Monday.",
        "Quarteira Health closed a €45 million ($49 million) Series B round led by Arvale "
        "Capital, the startup said.",
    )
    assert found == [("€60 million", "€45 million")]


def test_a_figure_in_the_same_unit_in_parentheses_stays_apart() -> None:
    # "£120m (£98m)": last year's figure in the British style, not a conversion
    text = "Brackwell Homes reported pre-tax profit of £120m (£98m) for the year to June."
    assert claim(text, "£98m").attribute != claim(text, "£120m").attribute or (
        claim(text, "£98m").period != claim(text, "£120m").period
    )
