"""A description placed by a city the article never tied to anyone ("The Leeds-based
chain"), one unit of a brand as a class ("The average Acme"), and a rank given by a
participle on a board its sentence names anywhere ("..., finishing third"). Our own
sentences with invented names; three tests fail on the code before these rules
(b711a9b), the others are guards."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

from factcheck import Kind

PUBLISHED = dt.date(2025, 5, 14)
reading = partial(prose.reading, published=PUBLISHED)
claims_of = partial(prose.claims_of, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)

_HIRED = (
    "Fast-casual chain Hooli Grill has hired Globex Securities and Initech Partners to lead "
    "a planned listing, according to three people familiar with the matter. "
)


def test_a_placed_description_is_the_one_subject_written_as_its_kind() -> None:
    text = _HIRED + "The Leeds-based chain booked $365 million of revenue in 2024."
    assert reading(text, "$365 million") == ("Hooli Grill", "revenue", "2024")


def test_a_placed_description_stays_unresolved_between_two_of_its_kind() -> None:
    text = (
        "Burger chain Hooli Grill and pizza chain Vandelay Slice have both hired Globex "
        "Securities, two people said. The Leeds-based chain booked $365 million of revenue "
        "in 2024."
    )
    assert reading(text, "$365 million")[0] is None


def test_the_average_unit_of_a_brand_is_no_revenue_of_the_company() -> None:
    first = "The average Hooli Grill generated $1.8 million in sales last year."
    second = "Diners love Hooli Grill. Hooli Grill booked $365 million of sales last year."
    assert reading(first, "$1.8 million")[1] is None
    assert contradictions(first, second) == []


def test_a_brand_after_the_word_average_is_still_read_when_not_its_subject() -> None:
    # "average" before a lower-case noun keeps the class rule it always had; a name after
    # "an average of" is not a class of the brand
    text = (
        "Diners keep coming back to Hooli Grill. Hooli Grill generated sales of $365 million "
        "last year, an average of 4% growth."
    )
    assert reading(text, "$365 million")[:2] == ("Hooli Grill", "revenue")


def test_a_participle_rank_takes_the_one_board_its_sentence_names() -> None:
    text = (
        "Dealers like Acme Tractors. Acme Tractors has broken into the top tier of the Wexley "
        "Council's annual Dealer Index, finishing third in the 2026 edition."
    )
    (rank,) = [c for c in claims_of(text, Kind.RANK) if c.text == "third"]
    assert (rank.subject, rank.item) == ("Wexley Council's annual Dealer", "Acme Tractors")


def test_a_participle_rank_between_two_named_boards_takes_neither() -> None:
    text = (
        "Acme Tractors rose in the Wexley Dealer Index and fell in the Hooli Service "
        "Survey, finishing third."
    )
    (rank,) = [c for c in claims_of(text, Kind.RANK) if c.text == "third"]
    assert rank.subject is None


def test_the_same_board_written_with_its_edition_word_meets_its_year() -> None:
    first = (
        "Dealers like Acme Tractors. Acme Tractors has broken into the top tier of the Wexley "
        "Council's annual Dealer Index, finishing third in the 2026 edition."
    )
    second = "Acme Tractors placed fifth in the Wexley Council's 2026 Dealer Index."
    assert contradictions(first, second) == [("third", "fifth")]
