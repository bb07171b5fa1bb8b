"""What governs a count that opens a clause, on our own sentences with invented names: the
clause's passive verb ("a breach in which 7.4 million records were exposed", "said 4.7
million records were exposed"), not the relative pronoun or the verb of telling before it;
"whose 31 trawlers" is owned, a stock like "Acme's 31 trawlers"; ships "on order" and an
"order book" are one count, never a fleet's. The tests marked so fail on the code before
(22f0d40); the others are guards."""

from __future__ import annotations

import prose
import pytest

from factcheck import Kind

reading = prose.reading


@pytest.mark.parametrize(
    "sentence",
    [
        "Hooli Telecom disclosed a breach in which 7.4 million customer records were exposed.",
        "Hooli Telecom said 7.4 million customer records were exposed in the breach.",
        "Hooli Telecom said about 7.4 million customer records had been exposed.",
    ],
)
def test_a_clause_passive_verb_governs_its_count(sentence: str) -> None:  # fails before
    written = "about 7.4 million" if "about" in sentence else "7.4 million"
    assert reading(sentence, written)[:2] == (
        "Hooli Telecom",
        "count of customer records (exposed)",
    )


def test_records_exposed_told_two_ways_contradict() -> None:  # fails before
    found = prose.contradictions(
        "Hooli Telecom said the intrusion exposed 4.7 million customer records.",
        "Hooli Telecom disclosed a breach in which 7.4 million customer records were exposed.",
    )
    assert found == [("4.7 million", "7.4 million")]


def test_whose_count_is_owned() -> None:  # fails before
    text = "Hooli Fisheries, whose 31 trawlers make it the largest fleet in the port, said so."
    assert reading(text, "31")[:2] == ("Hooli Fisheries", "count of trawlers")


def test_ships_on_order_are_no_fleet() -> None:  # fails before
    text = "Hooli Fisheries, which has two factory trawlers on order, said so."
    assert reading(text, "two")[1] == "count of factory trawlers (on order)"
    fleet = "Hooli Fisheries, whose 31 trawlers make it the largest fleet in the port, said so."
    assert prose.contradictions(text, fleet) == []


def test_an_order_book_is_the_ships_on_order() -> None:  # fails before
    book = "Hooli Shipyards said its order book stood at 38 vessels at the end of March."
    ships = "At 31 March Hooli Shipyards had 46 ships on order, up from 41 in December."
    assert reading(book, "38")[1] == "count of vessels (on order)"
    assert prose.contradictions(book, ships) == [("38", "46")]


def test_a_clause_with_an_active_verb_keeps_its_count_apart() -> None:
    owned = "Around 610,000 of Hooli Mobile's 7.2 million customers still use 3G phones."
    still = "Hooli Mobile added that around 540,000 customers still needed to move off 3G."
    counts = prose.claims_of(still, Kind.COUNT)
    assert counts and counts[0].attribute != "count of customers"
    assert prose.contradictions(owned, still) == []
