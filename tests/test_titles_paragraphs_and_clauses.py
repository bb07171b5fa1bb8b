"""What "the company" refers to when the sentence before names nobody, or when it opens a
clause inside its sentence ("a 2024 in which the railway moved"), on our own sentences
with invented names (corpora 16 and 56: "The company completed 260,000 drone deliveries"
in a newsletter section, and "In 2024 the company sold 362,000 bicycles" in a profile whose
title is about its chief executive, both read with no subject). The tests marked so fail
on the code before (4bbfdb0); the others are guards."""

from __future__ import annotations

import datetime as dt

import pytest

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
    "Nordair Cargo agreed to buy Brightwing for $1.7 billion.\n\n"
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


def test_the_company_is_what_its_paragraph_is_about() -> None:  # fails before
    text = SECTION + (
        "The short version: prices will rise. The company completed 26,000 deliveries in 2024."
    )
    assert _subject(text, "26,000") == "Brenmoor Drones"


def test_the_company_in_a_paragraph_about_nobody_stays_unresolved() -> None:
    text = SECTION + (
        "\n\nFreight rates rose 4% in June. The company completed 26,000 deliveries in 2024."
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


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        (
            "Northern Cordillera Railway reported results on Monday. That follows a 2024 in "
            "which the railway moved 131 million tonnes of freight.",
            "131 million tonnes",
            "Northern Cordillera Railway",
        ),
        (
            "Brightpost Parcel posted results on Thursday. The headline from Brightpost's "
            "results: the carrier handed over 362 million parcels to customers.",
            "362 million",
            "Brightpost Parcel",
        ),
    ],
)
def test_a_description_opening_a_clause_refers_back(  # fails before
    text: str, written: str, subject: str
) -> None:
    assert _subject(text, written) == subject


def test_a_clause_description_after_a_name_of_its_sentence_is_that_name() -> None:
    text = (
        "Veloway Rentals cut its fleet. Shares of Cordera Copper fell 3% after the miner "
        "said output fell to 365,000 tonnes."
    )
    assert _subject(text, "365,000 tonnes") == "Cordera Copper"
