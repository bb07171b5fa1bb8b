"""Round counts: when a modifier before a counted noun narrows what is counted. A word
that only repeats what a verb of change says ("ordered 42 new trams") narrows nothing; a
party that "brings 19 clinics into" a combined group counts the estate it runs
(sentences written for these tests, in several domains)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 10, 7)


claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- a modifier that repeats what the verb says ----------------------------------------------


def test_new_after_a_verb_of_ordering_is_left_out() -> None:
    text = "Tramvik Transit ordered 42 new low-floor trams in 2024."
    assert claim(text, "42").attribute == "count of low-floor trams (ordered)"


def test_an_order_of_new_things_meets_the_order_written_without_new() -> None:
    found = contradictions(
        "Tramvik Transit ordered 42 new trams in 2024, the operator said.",
        "In 2024 Tramvik Transit ordered 36 trams from a Polish builder.",
    )
    assert found == [("42", "36")] or found == [("36", "42")]


def test_extra_after_a_verb_of_hiring_is_left_out() -> None:
    text = "Wexley Foods hired 230 extra packers for the harvest."
    assert claim(text, "230").attribute == "count of packers (hired)"


def test_new_still_narrows_a_stock() -> None:
    # new subscribers are a flow, not the subscribers a company has
    text = "Hooli Mobile has 2.1 million new subscribers."
    assert claim(text, "2.1 million").attribute == "count of new subscribers"


def test_new_subscribers_never_meet_the_subscriber_base() -> None:
    assert (
        contradictions(
            "Hooli Mobile has 2.1 million new subscribers this year.",
            "Hooli Mobile has 40 million subscribers this year.",
        )
        == []
    )


# -- an estate brought into a combination ----------------------------------------------------


def test_clinics_brought_into_a_group_are_the_clinics_run() -> None:
    text = "Marlow Care brings 19 clinics into the Initech network."
    assert claim(text, "19").attribute == "count of clinics (operates)"


def test_clinics_brought_in_meet_the_clinics_run() -> None:
    found = contradictions(
        "Marlow Care, which runs 14 clinics, agreed to the merger on Monday.",
        "Marlow Care brings 19 clinics into the Initech network.",
    )
    assert found in ([("14", "19")], [("19", "14")])


def test_jobs_brought_to_a_town_are_no_estate() -> None:
    text = "Marlow Care said the new site brings 300 jobs to the town."
    assert claim(text, "300").attribute != "count of jobs (operates)"
