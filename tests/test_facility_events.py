"""A plant, a store or a terminal opens once, and is put into service once: the date of
that event is the facility's, named by its site ("the Torvik plant", "its flagship in
Lyon", "its terminal in Tarrow, Kent"), whoever owns it and however the sentence is built;
"commissioned" and "entered commercial service" date the commissioning, which is not the
opening ceremony (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from prose import contradictions, reading

MARCH = dt.date(2026, 3, 6)


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        # commissioning, in the main clause and in an aside after the name and kind
        (
            "The Torvik plant was commissioned in 1992, as exports grew.",
            "1992",
            ("Torvik", "date commissioned"),
        ),
        (
            "Brask owns mills. The Torvik plant, commissioned in 1994, was the first to weave.",
            "1994",
            ("Torvik", "date commissioned"),
        ),
        (
            "Hollin Point finally entered commercial service in 1987, years late.",
            "1987",
            ("Hollin Point", "date commissioned"),
        ),
        (
            "The Hollin Point Generating Station began commercial operation in 1991.",
            "1991",
            ("Hollin Point Generating Station", "date commissioned"),
        ),
        # "officially" between the facility and its verb; the owner's possessive names no site
        (
            "Brask Metals said output rose. Brask Metals' Ulverby mill was officially opened"
            " on Thursday, with the minister cutting the ribbon.",
            "Thursday",
            ("Ulverby", "date opened"),
        ),
        (
            "Corlan Group reported sales. Corlan Group's Lyon flagship opened on 3 October 2025.",
            "3 October 2025",
            ("Lyon", "date opened"),
        ),
        # a town, then its region
        (
            "Fenner said the plan copied the company's terminal in Tarrow, Kent, which opened"
            " in 2019 and now handles 900 loads a week.",
            "2019",
            ("Tarrow", "date opened"),
        ),
        (
            "Vessa formally opened its battery cell plant in Tarrow, Kent, on Oct. 14, a"
            " milestone for the region.",
            "Oct. 14",
            ("Tarrow", "date opened"),
        ),
        # the date before the place, and the place naming the facility
        (
            "Vessa opened its first malt plant on Tuesday in Corvale, in the south.",
            "Tuesday",
            ("Corvale", "date opened"),
        ),
        (
            "Vessa opened its Corvale plant in 2011, betting on exports.",
            "2011",
            ("Corvale", "date opened"),
        ),
        # plain words of description between the site and the kind
        (
            "The Corvale malt plant, which opened on Feb. 17, is still ramping up.",
            "Feb. 17",
            ("Corvale", "date opened"),
        ),
    ],
)
def test_a_facilitys_event_is_its_sites(
    text: str, written: str, expected: tuple[str, str]
) -> None:
    subject, attribute, _ = reading(text, written, published=MARCH)
    assert (subject, attribute) == expected


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # the buyer of a plant is not the plant: no verb between a name and a facility
        ("Vessa bought the plant, which opened in 2001.", "2001"),
        # a store of several: no site names it
        ("Vessa opened a store in Leeds in 2019.", "2019"),
        # a study commissioned is no plant put into service
        ("The council commissioned a study in 2019.", "2019"),
        ("The report, commissioned in 2019 by the regulator, found gaps.", "2019"),
    ],
)
def test_no_facility_no_event(text: str, written: str) -> None:
    subject, attribute, _ = reading(text, written, published=MARCH)
    assert attribute is None or subject is None


def test_a_named_place_keeps_its_owners_name() -> None:
    # a place with a name of its own is named with its owner's possessive, as before
    text = "Hooli said sales rose. Hooli's Museum of Design opened in 2001."
    assert reading(text, "2001", published=MARCH)[:2] == ("Hooli Museum of Design", "date opened")


def test_two_articles_dating_one_facility_differently_disagree() -> None:
    one = "Vessa opened its Corvale plant in 2011, betting on exports."
    other = "Vessa said the Corvale malt plant, which opened in 2009, runs at capacity."
    assert contradictions(one, other) == [("2011", "2009")]


def test_commissioning_and_opening_are_two_events() -> None:
    # a plant commissioned in one year may be opened with ceremony in the next
    one = "The Torvik plant was commissioned in 1992, as exports grew."
    other = "Brask said the Torvik plant, which opened in 1993, runs at capacity."
    assert contradictions(one, other) == []
