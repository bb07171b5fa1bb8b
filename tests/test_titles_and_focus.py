"""What "the company" refers to when the sentence before names nobody, on our own sentences
with invented names (corpora 16 and 56: "The company completed 260,000 drone deliveries"
in a newsletter section, and "In 2024 the company sold 362,000 bicycles" in a profile whose
title is about its chief executive, both read with no subject). The tests marked so fail
on the code before (4bbfdb0); the others are guards."""

from __future__ import annotations

import datetime as dt

import factcheck
from factcheck import Document

PUBLISHED = dt.date(2025, 8, 20)
PROFILE = (
    "On a wet morning in May, Jo Rennick walked the length of the assembly floor. "
    "Rennick, who has run Tallow Peak Stoves since 2019, took over a company in trouble. "
    "The turnaround since then has been steady. "
    "In 2024 the company sold 41,000 stoves, a record."
)
SECTION = (
    "Nordair Cargo agreed to buy Brightwing for $1.7 billion. "
    "Brenmoor Drones raised $40 million this week. "
)


def _subject(text: str, written: str, title: str | None = None) -> str | None:
    report = factcheck.check([Document("t.md", text, title=title, published=PUBLISHED)])
    return next(c.subject for c in report.claims if c.text == written)


def test_a_title_about_a_person_names_the_company_after_them() -> None:  # fails before
    title = "Jo Rennick wants Tallow Peak to be the last stove maker standing"
    assert _subject(PROFILE, "41,000", title) == "Tallow Peak Stoves"


def test_a_title_that_names_no_company_gives_no_main_subject() -> None:
    assert _subject(PROFILE, "41,000", "The last stove maker standing") is None


def test_the_company_goes_on_about_the_subject_just_before() -> None:  # fails before
    text = SECTION + (
        "The short version: prices will rise. The company completed 26,000 deliveries in 2024."
    )
    assert _subject(text, "26,000") == "Brenmoor Drones"


def test_the_company_far_from_any_subject_stays_unresolved() -> None:
    text = (
        SECTION
        + "Freight rates rose 4% in June. Shippers paid 3% more in July. "
        + "The company completed 26,000 deliveries in 2024."
    )
    assert _subject(text, "26,000") is None


def test_it_after_a_sentence_about_a_described_body_is_not_the_company_before() -> None:
    # "it" is the commission the sentence before opens with, not the toy maker before that
    text = (
        "Acme Toys agreed to pay a $3.2 million penalty. "
        "The commission has stepped up enforcement. "
        "In March, it fined another toy maker, Pebble Play, $2.75 million."
    )
    assert _subject(text, "$2.75 million") == "Pebble Play"
