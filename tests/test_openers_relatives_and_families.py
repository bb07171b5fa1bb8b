"""Readings corpora 41-44 missed, each on our own sentences with invented names: a long
opening adjunct before "the company", a share's whole before "last year", a place's rank
told in a relative clause, a family read as people, the founders of an object relative
clause ("Acme, the brewer that two brothers set up in 1979"), a name of two words joined
by "&" opening a sentence, and "the railway". The tests marked so fail on the code before
these rules (2ea499a); the others are guards."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

from factcheck import Kind

PUBLISHED = dt.date(2025, 9, 16)
reading = partial(prose.reading, published=PUBLISHED)
claims_of = partial(prose.claims_of, published=PUBLISHED)
all_claims_of = partial(prose.all_claims_of, published=PUBLISHED)


def test_a_long_opening_adjunct_leaves_the_company_its_referent() -> None:  # fails before
    text = (
        "Builders trust Hooli Timber, the merchant. At an investor day in Wexley Park on "
        "Monday morning, the company set out plans for bigger yards.\n\n"
        "The group had 274 branches at the end of June, its chief executive said."
    )
    assert reading(text, "274")[0] == "Hooli Timber"


def test_an_opening_adjunct_before_a_name_keeps_the_name() -> None:
    text = (
        "Builders trust Hooli Timber. At an investor day in Wexley on Monday, Globex Tools "
        "said it had 120 branches."
    )
    assert reading(text, "120")[0] == "Globex Tools"


def test_a_share_of_a_market_last_year_is_a_share_of_the_market() -> None:  # fails before
    text = (
        "Parcel firms watch Vandelay Post. Vandelay Post controlled 29% of the parcel market "
        "last year."
    )
    assert reading(text, "29%")[1] == "share of parcel market"


def test_a_place_ranked_in_a_relative_clause_is_the_item() -> None:  # fails before
    text = (
        "The Port of Wexley Bay handled 5 million TEU. The port, which moved to sixth place "
        "in the 2025 edition of the Acme Atlantic Ports League Table, ordered new cranes."
    )
    (rank,) = claims_of(text, Kind.RANK)
    assert rank.item == "Port of Wexley Bay"


def test_a_family_is_people_not_what_the_team_refers_to() -> None:  # fails before
    text = (
        "Fans follow Globex Racing. Globex Racing has sold a 30% stake to Initech "
        "Partners. The Vandelay family will keep 45% and the heirs of a co-founder, who died "
        "in 2019, will keep the rest.\n\n"
        "Founded in 1987 by engineer Jo Park and former driver Al Vandelay, the team has been "
        "run from the same site ever since."
    )
    found = next(c for c in all_claims_of(text) if c.text == "1987")
    assert (found.subject, found.attribute) == ("Globex Racing", "date founded")


def test_the_founders_of_an_object_relative_clause_found_the_name_before_it() -> None:
    # fails before
    text = (
        "Brewers admire Acme Ales. Acme Ales, the brewer that two brothers set up in a "
        "converted dairy in 1979, has never had an outside shareholder."
    )
    found = next(c for c in all_claims_of(text) if c.text == "1979")
    assert (found.subject, found.attribute) == ("Acme Ales", "date founded")


def test_a_name_joined_by_an_ampersand_keeps_its_first_word() -> None:  # fails before
    text = "Pell & Varga had 274 branches at the end of June."
    assert reading(text, "274")[0] == "Pell & Varga"


def test_the_railway_refers_back_to_a_railway() -> None:  # fails before
    text = (
        "Shippers rely on Hooli Northern Railway, which posted results on Monday. The "
        "railway carried 152 million tonnes of freight in 2024."
    )
    assert reading(text, "152 million tonnes")[0] == "Hooli Northern Railway"


def test_a_month_opening_a_sentence_leaves_the_company_its_referent() -> None:
    # "In February the company paid ...": a month needs no comma, as a year does (corpus 132)
    text = (
        "Brenlow Satellite plc runs 17 satellites from a teleport in Cornwall. In February the"
        " company paid a £4.26m penalty to the regulator."
    )
    assert reading(text, "£4.26m")[0] == "Brenlow Satellite"
