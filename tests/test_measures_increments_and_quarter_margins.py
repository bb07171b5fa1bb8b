"""A rank on one measure of a list ("ranked ninth on lead times") is no overall place;
"moved up two places to rank fourth" is the mover's place; capacity a plant adds ("to add
8 million metres of capacity") is no capacity it has, and is never lent to a bare figure;
a margin goes on about the quarter its passage reports (sentences written for these
tests)."""

from __future__ import annotations

import datetime as dt

import prose

from factcheck import Kind

PUBLISHED = dt.date(2026, 1, 15)


def _pairs(*texts: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in prose.contradictions(*texts, published=PUBLISHED)}


# -- ranks on one measure --------------------------------------------------------------------

OVERALL = (
    "Orlan Textiles climbed to fifth place in Halvard Advisory's annual Apparel Sourcing Index, "
    "published on Tuesday."
)


def test_a_rank_on_one_measure_is_no_overall_place() -> None:
    measures = (
        "Orlan Textiles ranked only 11th on cost, a reminder that its wages have risen.\n\n"
        "It ranked ninth on lead times, and seventh on the index's compliance pillar."
    )
    assert _pairs(OVERALL, measures) == set()


def test_an_overall_place_told_again_still_contradicts() -> None:
    again = "Orlan Textiles now ranks fourth in Halvard Advisory's annual Apparel Sourcing Index."
    assert frozenset({"fifth", "fourth"}) in _pairs(OVERALL, again)


def test_a_name_moved_to_rank_holds_the_rank() -> None:
    text = (
        "Orlan Textiles has moved up two places to rank fourth in the 2026 Apparel Sourcing Index,"
        " published on Wednesday by Halvard Advisory."
    )
    ranks = [c for c in prose.all_claims_of(text, published=PUBLISHED) if c.kind is Kind.RANK]
    assert [(c.text, c.item) for c in ranks] == [("fourth", "Orlan Textiles")]


# -- capacity added ------------------------------------------------------------------------


def test_capacity_added_is_no_capacity_and_is_never_lent() -> None:
    rated = "The Kestel mill, rated at 48 million metres a year, produced 39 million metres."
    added = (
        "Orlan Textiles will invest ₹180 crore at the Kestel mill over two years to add 8 "
        "million metres of capacity, taking it to 56 million metres a year."
    )
    claim = prose.claim(added, "8 million metres", published=PUBLISHED)
    assert claim.attribute is not None and claim.attribute.endswith("(added)")
    assert _pairs(rated, added) == set()


# -- a margin in a quarter's passage --------------------------------------------------------


def test_a_margin_takes_its_passages_quarter() -> None:
    second = (
        "Lanmark Apparel said net profit for the July-September quarter fell to ₹41 crore, and"
        " the EBITDA margin narrowed to 10.4%."
    )
    third = (
        "Lanmark Apparel reported net profit of ₹38 crore for the October-December quarter. "
        "The EBITDA margin slipped to 9.9%."
    )
    margin = prose.claim(third, "9.9%", published=dt.date(2026, 2, 13))
    assert margin.attribute == "margin (ebitda)" and str(margin.period) == "2025-Q4"
    documents = [second, third]
    found = prose.findings_of(*documents, published=dt.date(2025, 12, 1))
    assert not [f for f in found if {f.a.text, f.b.text if f.b else ""} == {"10.4%", "9.9%"}]
