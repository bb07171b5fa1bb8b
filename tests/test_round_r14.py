"""Round r14: a founding written as an owned noun before its date ("since its founding in
Oslo in 1902"), valuations of "the company" an article is about, and dates of a plant's
start of production (sentences written for these tests, in several domains)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

import factcheck
from factcheck import Document

PUBLISHED = dt.date(2025, 9, 18)


claims_of = partial(prose.all_claims_of, published=PUBLISHED)
claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- an owned event noun before its date -----------------------------------------------------


def test_its_founding_in_a_place_in_a_year_is_the_founding_of_the_description() -> None:
    text = (
        "Osterfeld Group reported higher sales on Tuesday. "
        "Since its founding in Bavaria in 1902, the brewer has stayed in family hands."
    )
    found = claim(text, "1902")
    assert found.subject == "Osterfeld Group"
    assert found.attribute == "date founded"


def test_a_possessive_founding_before_its_year_is_the_names() -> None:
    found = claim("Marlow Shipping's foundation in 1921 came after a storm.", "1921")
    assert found.subject == "Marlow Shipping"
    assert found.attribute == "date founded"


def test_founding_noun_before_year_meets_founded_in() -> None:
    a = "Calloway Insurance, founded in 1888 in Dublin, raised its dividend on Monday."
    b = (
        "Calloway Insurance cut costs again this year. "
        "Since its founding in Dublin in 1897, the insurer has paid a dividend every year."
    )
    assert ("1888", "1897") in contradictions(a, b)


def test_a_noun_of_something_else_before_a_date_is_no_founding() -> None:
    found = claim(
        "Calloway Insurance opened an office in 2019. Its expansion in Spain in 2021 was slow.",
        "2021",
    )
    assert found.attribute is None


def test_its_founding_in_an_article_about_one_company_is_that_companys() -> None:
    text = (
        "Brannock Foods raised prices again in the spring.\n\n"
        '"We had no choice," one manager said.\n\n'
        "Since its founding in Cork in 1911, the grocer has kept its head office in the city."
    )
    document = Document("t.md", text, published=PUBLISHED, title="Inside Brannock Foods")
    found = next(c for c in factcheck.check([document]).claims if c.text == "1911")
    assert (found.subject, found.attribute) == ("Brannock Foods", "date founded")


# -- founding wordings of the data table -------------------------------------------------------


def test_started_life_in_a_year_is_a_founding() -> None:
    found = claim(
        "Vantra Telecom, which started life in 1993 as a paging firm, now sells phones.", "1993"
    )
    assert (found.subject, found.attribute) == ("Vantra Telecom", "date founded")


def test_began_life_meets_founded() -> None:
    a = "Vantra Telecom, founded in 1993, cut its dividend."
    b = "Vantra Telecom, which began life in 1995 as a paging firm, cut its dividend."
    assert ("1993", "1995") in contradictions(a, b)


# -- a plant's start of production -----------------------------------------------------------


def test_a_plants_start_of_production_is_the_sites() -> None:
    found = claim(
        "Orvik Battery said its new cell plant in Skelby began commercial production on 4 March,"
        " on time.",
        "4 March",
    )
    assert (found.subject, found.attribute) == ("Skelby", "date production started")


def test_start_of_production_at_a_site_meets_its_plant_in_the_site() -> None:
    a = (
        "Orvik Battery said its new cell plant in Skelby began commercial production on 4 March,"
        " on time."
    )
    b = "The Swedish battery maker started production at Skelby on 19 March, a month late."
    assert ("4 March", "19 March") in contradictions(a, b)


def test_a_maker_starting_production_without_a_site_dates_nothing() -> None:
    found = claim("Orvik Battery started production on 4 March, on time.", "4 March")
    assert found.attribute is None


def test_a_models_start_of_production_is_not_the_plants() -> None:
    found = claim(
        "Orvik Battery began production of its Type 9 cell at Skelby on 4 March, on time.",
        "4 March",
    )
    assert found.attribute is None
