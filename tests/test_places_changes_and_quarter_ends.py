"""Four readings from corpora 43, 49, 55 and 56, on our own sentences with invented names:
"The Oakland company" is the company before when the article never makes "Oakland" act as
a name; "now has about 4,100 robots, up from 3,400" tells of a change, so another
article's 3,400 is the level before it; "ended the quarter with 287 stores" is the
article's quarter; and a closed relative clause ("revenue for the quarter, which ended
Aug. 2, climbed to") does not push the cue out of reach. The tests marked so fail on the
code before (4550129); the others are guards."""

from __future__ import annotations

import datetime as dt

import prose

import factcheck
from factcheck import Document


def test_a_place_before_a_kind_describes_the_company_before() -> None:  # fails before
    text = (
        "Vantor Wrap signed its first grocery customer. The Oakland company, which closed a "
        "$19 million Series A in April, says the deal could double sales."
    )
    assert prose.reading(text, "$19 million")[:2] == ("Vantor Wrap", "funding_round (series a)")


def test_a_name_that_acts_elsewhere_stays_a_name() -> None:
    text = (
        "Hooli Foods agreed to buy a rival. Vantor said its shares rose. The Vantor company "
        "made revenue of $3 billion in 2024."
    )
    assert prose.reading(text, "$3 billion")[0] == "Vantor"


def test_a_level_told_as_changed_from_the_other_is_no_contradiction() -> None:  # fails before
    spring = Document(
        "a.md", "Vantor Robotics said it now has 3,400 robots working in 61 warehouses.",
        published=dt.date(2025, 5, 13),
    )
    autumn = Document(
        "b.md",
        "Vantor Robotics now has about 4,100 robots deployed, up from 3,400 at the time of "
        "the raise.",
        published=dt.date(2025, 9, 9),
    )
    assert factcheck.check([spring, autumn]).findings == ()


def test_a_different_level_without_the_change_still_contradicts() -> None:
    found = prose.contradictions(
        "Vantor Robotics said it has 3,400 robots working in 61 warehouses.",
        "Vantor Robotics has about 4,100 robots deployed, up from 3,900 a year ago.",
    )
    assert found == [("3,400", "about 4,100")]


def test_ended_the_quarter_is_the_articles_quarter() -> None:  # fails before
    text = (
        "Vantor Outfitters posted second-quarter revenue of $1.84 billion on Tuesday.\n\n"
        "Vantor Outfitters ended the quarter with 287 stores in 31 states."
    )
    assert prose.reading(text, "287")[2] == "2025-Q2"


def test_a_closed_relative_clause_keeps_the_cue_in_reach() -> None:  # fails before
    text = (
        "Vantor Outfitters said that revenue for its fiscal second quarter, which ended Aug. 2, "
        "climbed 9% to $1.84 billion from $1.69 billion a year earlier."
    )
    assert prose.reading(text, "$1.84 billion")[:2] == ("Vantor Outfitters", "revenue")


def test_a_gloss_after_a_colon_is_the_names() -> None:  # fails before (on 480a5dd)
    text = "Last week's biggest cheque went to Vantor Mobility: a $48 million Series B."
    assert prose.reading(text, "$48 million")[:2] == ("Vantor Mobility", "funding_round (series b)")


def test_the_group_after_a_name_keeps_the_name() -> None:
    text = "Globex said so. The Acme group raised $20 million."
    assert prose.reading(text, "$20 million")[0] == "Acme"
