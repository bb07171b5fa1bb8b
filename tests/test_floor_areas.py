"""A building's floor area is a figure of its own: "its 410,000-square-foot plant in
Monterrey" and "its 350,000-square-foot factory in Monterrey" give two areas of one
building, the site's whoever owns it, whatever verb is near; a building with no place or
name is one of the owner's many and is not compared; a description that refers back to a
named building ("The 118,000 sq ft brewery", "The terminal will cover 410,000 square
feet") sizes that building; and a height compounded before a named tower ("Halcyon Spire,
the 214-metre skyscraper", "its 238-metre Halcyon Spire tower") is that tower's height.
A compound's hyphen joins "square" to its unit ("410,000-square-foot"), and "last year to
its new plant" is no financial year (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose
import pytest

from factcheck import Kind
from factcheck.extract import find_mentions

PUBLISHED = dt.date(2026, 2, 26)


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("a 410,000-square-foot plant", "410,000-square-foot", "square foot"),
        ("a 23,000-square-metre factory", "23,000-square-metre", "square meter"),
        ("the 1.2-square-mile site", "1.2-square-mile", "square mile"),
        ("a 5-cubic-metre tank", "5-cubic-metre", "cubic meter"),
    ],
)
def test_a_hyphenated_area_is_a_quantity(text: str, written: str, unit: str) -> None:
    (mention,) = find_mentions(text)
    assert (mention.kind, mention.text, mention.unit) == (Kind.QUANTITY, written, unit)


def test_an_area_before_a_building_in_a_place_is_its_floor_area() -> None:
    text = (
        "Stridecraft said it would begin producing its rowing machine next month at its"
        " 350,000-square-foot factory in Monterrey, Mexico."
    )
    found = prose.claim(text, "350,000-square-foot", published=PUBLISHED)
    assert (found.subject, found.attribute) == ("Monterrey", "floor area")


def test_a_place_between_the_area_and_the_building_is_its_place() -> None:
    text = "Stridecraft said the 410,000-square-foot Monterrey plant would run two shifts."
    found = prose.claim(text, "410,000-square-foot", published=PUBLISHED)
    assert (found.subject, found.attribute) == ("Monterrey", "floor area")
    other = "Stridecraft said it will begin producing its rower at its 350,000-square-foot"
    other += " factory in Monterrey, Mexico."
    assert prose.contradictions(text, other, published=PUBLISHED)


def test_two_areas_of_one_building_contradict() -> None:
    one = (
        "Stridecraft said it moved treadmill assembly last year to its 410,000-square-foot"
        " plant in Monterrey, Mexico."
    )
    other = (
        "Stridecraft said it will begin producing its rower at its 350,000-square-foot"
        " factory in Monterrey, Mexico."
    )
    found = prose.contradictions(one, other, published=PUBLISHED)
    assert found in (
        [("410,000-square-foot", "350,000-square-foot")],
        [("350,000-square-foot", "410,000-square-foot")],
    )


def test_buildings_in_other_places_or_in_none_stay_apart() -> None:
    one = "Stridecraft moved treadmill assembly to its 410,000-square-foot plant in Monterrey."
    elsewhere = "Stridecraft opened a 350,000-square-foot warehouse in Memphis last year."
    nowhere = "Stridecraft opened a 350,000-square-foot warehouse last year."
    assert prose.contradictions(one, elsewhere, published=PUBLISHED) == []
    assert prose.contradictions(one, nowhere, published=PUBLISHED) == []
    assert prose.claim(nowhere, "350,000-square-foot", published=PUBLISHED).attribute is None


def test_last_year_before_to_is_no_financial_year() -> None:
    text = "Kestrow moved its $40 million assembly line last year to its new plant in Leeds."
    found = prose.claim(text, "$40 million", published=PUBLISHED)
    assert not (found.attribute or "").endswith("(annual)")


def test_an_area_before_a_buildings_own_name_is_its_floor_area() -> None:
    text = "Harwell Field Airport says its 470,000-square-foot Terminal B will open in May."
    found = prose.claim(text, "470,000-square-foot", published=PUBLISHED)
    assert (found.subject, found.attribute) == ("Terminal B", "floor area")


def test_the_owners_possessive_does_not_part_one_sites_building() -> None:
    one = "Halwick said it would build an 820,000-square-foot distribution centre in Grovely."
    other = "The 560,000-square-foot Grovely facility, Halwick's first in years, opens soon."
    assert prose.reading(one, "820,000-square-foot", published=PUBLISHED)[:2] == (
        "Grovely",
        "floor area",
    )
    assert prose.contradictions(one, other, published=PUBLISHED)


def test_a_description_of_a_named_building_sizes_it() -> None:
    one = (
        "Harwell Field Airport opened its new Terminal B on Monday. The terminal covers about"
        " 410,000 square feet and sits on a 40-acre plot."
    )
    other = "Harwell Field Airport says its 470,000-square-foot Terminal B opened on Monday."
    area = prose.claim(one, "about 410,000 square feet", published=PUBLISHED)
    assert (area.subject, area.attribute) == ("Terminal B", "floor area")
    # the plot in acres is no floor area
    plot = prose.claim(one, "40-acre", published=PUBLISHED)
    assert plot.attribute is None
    assert prose.contradictions(one, other, published=PUBLISHED)


def test_a_height_compounded_before_a_tall_building_is_its_height() -> None:
    apposed = (
        "Lindqvist is supplying 26 lifts to Halcyon Spire, the 214-metre, 64-storey residential"
        " and hotel skyscraper that Ashby Developments is building in Leeds."
    )
    again = (
        "Ashby Developments said on Tuesday that Halcyon Spire, the 238-metre skyscraper on"
        " the edge of the city centre, will be completed in September."
    )
    named = "Ashby rose 1.1% after a broker cited demand at its 238-metre Halcyon Spire tower."
    assert prose.reading(apposed, "214-metre", published=PUBLISHED)[:2] == (
        "Halcyon Spire",
        "height",
    )
    assert prose.reading(named, "238-metre", published=PUBLISHED)[:2] == (
        "Halcyon Spire",
        "height",
    )
    assert prose.contradictions(apposed, again, published=PUBLISHED)
    # a length of no tall building, or of one with no name, is no height
    assert prose.reading("The 212-metre vessel carries 1,800 passengers.", "212-metre")[1] is None
    assert prose.reading("Ashby is building a 30-metre tower.", "30-metre")[1] is None
