"""Dates of one-time events that two articles may give different days for: a plant's
opening, a place's first customers, a launch into space, a deal going through. Sentences
written for these tests, with invented names."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

from factcheck import Claim

PUBLISHED = dt.date(2026, 9, 30)



def claim(text: str, written: str) -> Claim:
    """The claim of one article whose figure is written ``written`` (a full stop after a
    date at the sentence's end is no part of it)."""
    found = prose.all_claims_of(text, published=PUBLISHED)
    return next(c for c in found if c.text.rstrip(".") == written.rstrip("."))


contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- a launch into space -------------------------------------------------------------------


def test_lifting_off_is_a_launch() -> None:
    found = claim("Wexley-2 lifted off on 4 August from a Pacific barge.", "4 August")
    assert (found.subject, found.attribute) == ("Wexley-2", "date released")


def test_a_lift_off_meets_a_launch_on_another_day() -> None:
    found = contradictions(
        "Hooli Orbit lifted off on 4 August aboard a Vandelay rocket.",
        "Hooli Orbit, which launched on Aug. 9, relays weather data.",
    )
    assert found == [("4 August", "Aug. 9")]


# -- a place's first customers are its opening -------------------------------------------


def test_first_passengers_are_the_opening() -> None:
    found = claim(
        "Initech Airport's Pier 7 welcomed its first passengers on Monday, 3 August.",
        "Monday, 3 August",
    )
    assert found.attribute == "date opened"
    assert "Pier 7" in (found.subject or "")


def test_a_relative_clause_to_the_sentence_end_dates_its_place() -> None:
    # no closing comma: the clause runs to the full stop
    found = claim("Crowds came back to Pier 7, which opened on 3 August after delays.", "3 August")
    assert (found.subject, found.attribute) == ("Pier 7", "date opened")


def test_first_customers_meet_an_opening_on_another_day() -> None:
    found = contradictions(
        "The Wexley Arcade welcomed its first shoppers on 3 August, a week late.",
        "Traffic is up near the Wexley Arcade, which opened on 17 August.",
    )
    assert found == [("3 August", "17 August")]


def test_a_which_clause_of_an_earlier_name_is_no_place_of_the_later_one() -> None:
    # "which" follows a lower-case noun: no name right before its comma
    found = claim("Acme Park kept the old hall, which opened on 3 August.", "3 August")
    assert found.attribute is None


# -- a plant's opening is its site's -----------------------------------------------------


def test_a_maker_opening_its_factory_at_a_site_dates_the_site() -> None:
    found = claim(
        "Battery maker Globex Cells opened its gigafactory at Wexford Moor on 2 September.",
        "2 September",
    )
    assert (found.subject, found.attribute) == ("Wexford Moor", "date plant opened")


def test_the_factory_opening_refers_to_the_plant_named_by_its_site() -> None:
    found = claim(
        "Trucks have left Globex Cells' Wexford Moor plant, ten days after the factory "
        "opened on 15 September.",
        "15 September",
    )
    assert (found.subject, found.attribute) == ("Wexford Moor", "date plant opened")


def test_two_days_for_one_plant_opening_conflict() -> None:
    found = contradictions(
        "Globex Cells officially opened its gigafactory at Wexford Moor on 2 September.",
        "Trucks have left Globex Cells' Wexford Moor plant, ten days after the factory "
        "opened on 15 September.",
    )
    assert found == [("2 September", "15 September")]


def test_plants_at_two_sites_open_on_their_own_days() -> None:
    assert not contradictions(
        "Globex Cells opened its factory at Wexford Moor on 2 September.",
        "Globex Cells opened its factory in Tarnby on 15 September.",
    )


def test_a_plant_opening_without_a_site_dates_nothing() -> None:
    found = claim("Globex Cells opened its new factory on 2 September.", "2 September")
    assert found.attribute is None


# -- a deal going through is the purchase's day --------------------------------------------


def test_a_deal_going_through_dates_what_its_new_owners_bought() -> None:
    found = claim("Since the deal went through on 9 May, Dunmarsh Rovers's new owners have hired.",
                  "9 May")
    assert (found.subject, found.attribute) == ("Dunmarsh Rovers", "date acquired (completed)")


def test_a_deal_for_a_name_closing_dates_that_name() -> None:
    found = claim("The takeover of Vandelay Foods closed on 9 May.", "9 May.")
    assert (found.subject, found.attribute) == ("Vandelay Foods", "date acquired (completed)")


def test_a_deal_going_through_with_no_name_dates_nothing() -> None:
    found = claim("Since the deal went through on 9 May, the new owners have hired.", "9 May")
    assert found.attribute is None


def test_an_agreed_deal_is_no_completion() -> None:
    found = claim("The deal for Vandelay Foods was announced on 9 May.", "9 May.")
    assert found.attribute is None


def test_a_league_naming_the_club_bought_is_not_what_was_bought() -> None:
    found = claim(
        "Fans of Dunmarsh Rovers cheered. "
        "Dunmarsh Rovers are under new ownership after a fund led by Hooli Capital completed its "
        "takeover of the Initech Premier League club on Friday, 16 May.",
        "Friday, 16 May.",
    )
    assert (found.subject, found.attribute) == ("Dunmarsh Rovers", "date acquired (completed)")


def test_the_buyer_before_a_described_club_is_not_what_was_bought() -> None:
    found = claim(
        "Hooli Capital completed its takeover of the Initech Premier League club on 16 May.",
        "16 May.",
    )
    assert found.subject != "Hooli Capital"
    assert found.subject != "Initech Premier League"


def test_a_completion_meets_a_deal_going_through_on_another_day() -> None:
    found = contradictions(
        "Fans of Dunmarsh Rovers cheered. "
        "Dunmarsh Rovers are under new ownership after a fund led by Hooli Capital completed its "
        "takeover of the Initech Premier League club on Friday, 16 May.",
        "Since the deal went through on 9 May, Dunmarsh Rovers's new owners have hired.",
    )
    assert found == [("Friday, 16 May", "9 May")]


def test_a_completion_is_kept_apart_from_an_earlier_purchase() -> None:
    # a club changes hands more than once: a completion's day is no plain purchase's year
    assert not contradictions(
        "Since the deal went through on 9 May, Dunmarsh Rovers' new owners have hired.",
        "The Lisle family, who bought Dunmarsh Rovers in 2001, sold up.",
    )


# -- a signing ------------------------------------------------------------------------------


def test_putting_names_to_a_document_is_its_signing() -> None:
    found = contradictions(
        "Hooli and Vandelay put their names to the Tarnby Compact on 3 March.",
        "The Tarnby Compact was signed on 17 March after a delay.",
    )
    assert found == [("3 March", "17 March")]


# -- a plan is never the day it happened ------------------------------------------------


def test_a_planned_opening_is_kept_apart_from_the_opening() -> None:
    assert not contradictions(
        "The Wexley Arcade is due to open on 3 August, its owner said.",
        "Traffic is up near the Wexley Arcade, which opened on 17 August.",
    )


def test_a_planned_reopening_meets_the_day_it_happened_never() -> None:
    assert not contradictions(
        "The Vandelay Gallery will reopen to the public on 3 August.",
        "The Vandelay Gallery reopened on 17 August.",
    )


def test_two_plans_for_one_reopening_are_compared() -> None:
    found = contradictions(
        "The Vandelay Gallery will reopen to the public on 3 August.",
        "Vandelay Gallery finally has a date: its doors open again on 17 August.",
    )
    assert found == [("3 August", "17 August")]


def test_a_plan_word_before_another_clause_is_no_plan() -> None:
    found = claim("Hooli plans to grow after the Vandelay Gallery reopened on 17 August.",
                  "17 August")
    assert found.attribute == "date reopened"


# -- a place's opening told in an aside or an opening phrase ------------------------------


def test_an_opening_aside_closed_after_its_date_dates_the_name_before() -> None:
    found = claim("The Hooli Dome, opened in 1999, seats 9,000.", "1999")
    assert (found.subject, found.attribute) == ("Hooli Dome", "date opened")


def test_an_opening_participle_dates_the_name_after_its_comma() -> None:
    found = claim("Opened in 1999, the Hooli Dome seats 9,000.", "1999")
    assert (found.subject, found.attribute) == ("Hooli Dome", "date opened")


def test_since_opening_dates_the_name_after_its_comma() -> None:
    found = claim("Since opening in 1999, the Hooli Dome has held 700 shows.", "1999")
    assert (found.subject, found.attribute) == ("Hooli Dome", "date opened")


def test_an_inauguration_is_an_opening() -> None:
    found = contradictions(
        "The Hooli Dome was inaugurated in 1999.",
        "The Hooli Dome, which opened in 2001, seats 9,000.",
    )
    assert found == [("1999", "2001")]


def test_a_future_opening_phrase_dates_nothing() -> None:
    found = claim("Opening in 2027, the Hooli Hall will seat 400.", "2027")
    assert found.attribute is None


def test_a_company_named_before_its_kind_is_what_was_bought() -> None:
    found = claim("Hooli rallied after Acme bought the Globex group on 4 May.", "4 May.")
    assert found.subject != "Hooli"
