"""Whose event a date in a relative clause is, what a count shipped or a list launched
dates, and spans and years a sentence gives once for all its clauses (sentences written for
these tests)."""

from __future__ import annotations

import prose

# ---- events


def test_a_purchase_in_a_relative_clause_is_its_antecedents() -> None:
    aside = "Sales grew 4%, helped by Kragh Cargo, which Velmora bought in January."
    assert prose.reading(aside, "January")[:2] == ("Kragh Cargo", "date acquired")
    described = (
        "It is a customer of Radwerk Antriebe, the Schweinfurt-based drive maker that "
        "Velmora took over in January."
    )
    assert prose.reading(described, "January")[:2] == ("Radwerk Antriebe", "date acquired")


def test_an_intransitive_launch_is_still_the_names() -> None:
    text = "Velmora's game Cinderfall launched on 3 March, the studio said."
    assert prose.reading(text, "3 March")[:2] == ("Cinderfall", "date released")


def test_a_lists_launch_in_a_clause_of_its_own_is_not_the_ranked_names() -> None:
    text = (
        "Shares in Velmora rose. Velmora rose two places to third, its highest position "
        "since the index was launched in 2019, with a score of 71.4."
    )
    assert prose.reading(text, "2019")[:2] == (None, None)
    passive = "Velmora's app Tidewise was launched in 2019."
    assert prose.reading(passive, "2019")[1] == "date released"


def test_units_shipped_in_a_year_date_no_release() -> None:
    text = "Velmora sold about 63,000 motors, a fifth of the 318,000 e-bikes it shipped in 2024."
    assert prose.reading(text, "2024")[:2] == (None, None)
    launch = (
        "Velmora's puzzle game Cinderfall has sold more than 2 million copies since it "
        "launched on 28 May."
    )
    assert prose.reading(launch, "28 May")[:2] == ("Cinderfall", "date released")


# ---- spans and years given once for the sentence


def test_an_opening_span_scopes_every_clause() -> None:
    text = (
        "Shares in Baltora rose. Over the first nine months of the year, Baltora's revenue "
        "reached SEK 9.28 billion, and the company carried 6.1 million passengers."
    )
    assert prose.reading(text, "6.1 million")[1] == "count of passengers (carried) (nine-month)"
    plain = "Shares in Baltora rose. Baltora carried 6.1 million passengers, it said."
    assert prose.reading(plain, "6.1 million")[1] == "count of passengers (carried)"


def test_that_year_is_the_year_named_before() -> None:
    text = (
        "Shares in Baltora rose. Baltora reported revenue of SEK 11.8 billion for 2024 and "
        "carried 7.6 million passengers on its own network that year."
    )
    assert prose.reading(text, "7.6 million")[2] == "2024"
    undated = "Shares in Baltora rose. Baltora carried 7.6 million passengers that year."
    assert prose.reading(undated, "7.6 million")[2] is None


def test_a_later_year_is_never_that_year() -> None:
    one = (
        "Baltora Line reported revenue of SEK 11.8 billion for 2024 and carried 7.6 million "
        "passengers on its own network that year."
    )
    other = "Baltora Line carried 8.1 million passengers in 2025."
    assert prose.contradictions(one, other) == []
    same = "Baltora Line carried 6.7 million passengers in 2024."
    assert prose.contradictions(one, same) == [("7.6 million", "6.7 million")]
