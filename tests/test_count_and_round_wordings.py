"""Wordings corpora 37-40 missed, each on our own sentences with invented names: a quarter
named "July-to-September", a round that "priced the company at", a fleet that "comprised"
or "numbered" its aircraft, a tour that "moved" its tickets, a clinic that "saw" its
patients. Each test fails on the code before these rules (2c75d99)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

from factcheck import Kind

PUBLISHED = dt.date(2025, 11, 20)
claims_of = partial(prose.claims_of, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


def test_a_quarter_named_july_to_september_is_the_third() -> None:
    (claim,) = claims_of(
        "Pellgrove Seeds posted net income of $55.9 million for the July-to-September quarter.",
        Kind.MONEY,
    )
    assert (claim.attribute, str(claim.period)) == ("profit", "2025-Q3")


def test_a_round_that_priced_the_company_set_its_valuation() -> None:
    text = (
        "Orrick Drones, whose $85 million Series B last month priced the company at $590 "
        "million, picked a site for a plant."
    )
    found = {c.text: c.attribute for c in claims_of(text, Kind.MONEY)}
    assert found["$590 million"] == "valuation (series b)"


def test_a_fleet_that_comprised_aircraft_meets_one_that_numbered_them() -> None:
    first = "At June 30, Tarnwell Aviation's fleet comprised 312 aircraft."
    second = "Tarnwell Aviation's fleet numbered 276 aircraft at the end of June."
    assert contradictions(first, second) == [("312", "276")]


def test_tickets_moved_are_tickets_sold() -> None:
    first = "The Lantern Loop tour sold 1.35 million tickets."
    second = "The Lantern Loop tour moved 1.15 million tickets over its 48 dates."
    assert contradictions(first, second) == [("1.35 million", "1.15 million")]


def test_patients_seen_are_patients_treated() -> None:
    first = "Fernlow Clinics treated about 1.2 million patients in 2024."
    second = "Fernlow Clinics saw roughly 870,000 patients in 2024."
    assert contradictions(first, second) == [("about 1.2 million", "roughly 870,000")]
