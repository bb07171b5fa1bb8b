"""A rate of a quantity at one site is the site's, a rank that moved up from last
year's edition is never lent that edition (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose


def test_a_rate_at_one_site_is_no_group_figure() -> None:
    site = (
        "Shares in Hallbrook rose. Hallbrook says the switch away from gas saves around 300 "
        "tonnes of carbon dioxide a year at Garforth alone."
    )
    assert prose.reading(site, "around 300 tonnes")[1] is None
    group = (
        "Shares in Hallbrook rose. Hallbrook says the switch saves around 300 tonnes of "
        "carbon dioxide a year."
    )
    assert prose.reading(group, "around 300 tonnes")[1] == "quantity (carbon dioxide) (per year)"


RANKED = (
    "Evenmoor, the online funeral planner, raised £32m on Monday. The company was ranked "
    "ninth in Funeral Monitor's 2025 provider index, the first digital business in the top 10."
)


def _rank_pairs(later: str) -> list[tuple[str, str]]:
    return prose.dated_contradictions(
        (RANKED, dt.date(2025, 11, 10)), (later, dt.date(2026, 3, 12))
    )


def test_a_rank_moved_from_last_years_edition_is_not_lent_it() -> None:
    moved = (
        "Halvern Funerals is fifth with 15,200 funerals, and Evenmoor climbs to sixth with "
        "13,600, up from ninth in last year's index."
    )
    assert _rank_pairs(moved) == []


def test_a_bare_rank_is_still_lent_the_one_edition() -> None:
    bare = "Halvern Funerals is fifth with 15,200 funerals, and Evenmoor climbs to sixth."
    assert _rank_pairs(bare) == [("ninth", "sixth")]


def test_a_heading_in_capitals_is_no_name() -> None:
    newsletter = (
        "TORVIK BANKS ITS SERIES B. Torvik Thermal, a cooling specialist, announced a US$42m "
        "Series B on Tuesday.\n\nTorvik has nine paying customers, it said."
    )
    other = "Torvik Thermal had 12 paying customers when it closed its Series B in October."
    assert prose.contradictions(newsletter, other) == [("nine", "12")]
    names = {c.subject for c in prose.all_claims_of(newsletter)}
    assert "TORVIK BANKS ITS SERIES B." not in names
