"""Descriptions that refer back to something that is no organisation: a facility ("the
project", "the new terminal", "the wind farm") or a product ("the antibody", "the game")
named in the sentence before or earlier in the article (``data/facility_kinds.txt``,
``data/product_kinds.txt``). Sentences written for these tests."""

from __future__ import annotations

from prose import claim, findings_of

from factcheck.context import Entity
from factcheck.referents import FACILITY_KINDS, PRODUCT_KINDS, DocumentReferents, things_named

# -- the tables --


def test_the_kind_tables_are_data() -> None:
    assert "terminal" in FACILITY_KINDS["terminal"]
    # a generic head ("the project") fits any facility
    assert {"farm", "terminal", "plant"} <= FACILITY_KINDS["project"]
    assert "antibody" in PRODUCT_KINDS["drug"]


# -- a product named in the sentence before --


def test_a_product_description_is_the_product_named_just_before() -> None:
    text = (
        "Hooli Pharma has one product that matters: Zentrava. "
        "The drug, which generated sales of $3.1 billion in 2024, loses patent cover in 2029."
    )
    assert claim(text, "$3.1 billion").subject == "Zentrava"


def test_a_product_description_meets_the_product_in_another_article() -> None:
    found = findings_of(
        "Hooli Pharma said sales of its antibody Zentrava reached $3.1 billion in 2024.",
        "Investors keep asking about one name: Zentrava. "
        "The antibody, which brought in sales of $2.6 billion in 2024, faces copies soon.",
    )
    assert len(found) == 1
    assert found[0].a.subject == "Zentrava"


def test_a_product_description_is_never_the_company_before_it() -> None:
    # the one name of the sentence before is a company: the drug is not it
    text = (
        "Shares in Hooli Pharma rose on Monday. "
        "The drug, which generated sales of $3.1 billion in 2024, loses patent cover in 2029."
    )
    assert claim(text, "$3.1 billion").subject != "Hooli Pharma"


def test_two_products_named_before_leave_the_description_open() -> None:
    text = (
        "Hooli Pharma sells two antibodies, Zentrava and Pelorix. "
        "The antibody, which generated sales of $3.1 billion in 2024, loses patent cover."
    )
    assert claim(text, "$3.1 billion").subject not in ("Zentrava", "Pelorix")


# -- a facility named in the sentence before, or by the article --


def test_a_facility_description_is_the_facility_named_just_before() -> None:
    text = (
        "The Wexley airport authority said its board had approved the budget for Terminal 5, "
        "a six-gate building on the north side. "
        "The new terminal will cost €1.9 billion and should open in 2029."
    )
    cost = claim(text, "€1.9 billion")
    assert cost.subject == "Terminal 5"
    assert cost.attribute == "cost"  # "will cost" right after the description


def test_two_articles_disagree_on_what_a_facility_costs() -> None:
    found = findings_of(
        "The board approved the budget for Terminal 5, a six-gate building. "
        "The new terminal will cost €1.9 billion.",
        "The answer is Terminal 5, the largest project at the airport. "
        "The project carries a budget of €2.4bn, the authority said.",
    )
    assert len(found) == 1
    assert found[0].a.subject == "Terminal 5" and found[0].a.attribute == "cost"


def test_the_project_is_the_wind_farm_the_article_is_about() -> None:
    text = (
        "The Vandelay Sands offshore wind farm sent its first power to the grid on Monday. "
        "A cable vessel laid the export line last spring. "
        "When all its turbines are turning, the project's capacity will reach 1,200 MW."
    )
    assert claim(text, "1,200 MW").subject == "Vandelay Sands"


def test_a_name_next_to_a_facility_noun_is_that_facility() -> None:
    found = things_named(
        "The Vandelay Sands offshore wind farm started. Initech bought the plant in Leeds.",
        [Entity(4, 18, "Vandelay Sands"), Entity(48, 55, "Initech"), Entity(70, 75, "Leeds")],
    )
    # "the plant in Leeds" says nothing of Leeds: only words right next to a name count
    assert found == {"Vandelay Sands": {"offshore", "wind", "farm"}}


def test_a_noun_the_description_modifies_is_no_description() -> None:
    memory = DocumentReferents.of("")
    memory.note("Zentrava is a pill.", [Entity(0, 8, "Zentrava")], "Zentrava")
    assert memory.resolve_thing("The drug market is worth $28 billion.", ["Zentrava"]) is None
    assert memory.resolve_thing("The drug maker said so.", ["Zentrava"]) is None
    assert memory.resolve_thing("The drug is a pill.", ["Zentrava"]) == ("Zentrava", 0, 8)


def test_the_facility_is_never_the_company_that_owns_it() -> None:
    text = (
        "Globex Energy said on Monday that profits rose. "
        "The plant will cost $700 million to build."
    )
    assert claim(text, "$700 million").subject != "Globex Energy"


# -- a sum paid for a description of an organisation --


def test_a_sum_paid_for_the_club_is_the_price_of_the_club_named_before() -> None:
    text = (
        "After a long sale process, Vandelay Athletic have new owners. "
        "The consortium will pay £48m for the club and take on its debt."
    )
    price = claim(text, "£48m")
    assert price.subject == "Vandelay Athletic"
    assert price.attribute == "acquisition_price"


def test_an_agreement_to_pay_for_the_lender_is_its_price() -> None:
    found = findings_of(
        "Globex Bank agreed to buy regional lender Initech Savings for £1.4 billion.",
        "Initech Savings has been a takeover target for years. "
        "Globex's agreement to pay £1.7 billion for the regional lender has split opinion.",
    )
    assert len(found) == 1
    assert found[0].a.attribute == "acquisition_price"


def test_a_sum_paid_for_the_company_is_never_the_payers_price() -> None:
    # "the company" would be the sentence before's subject, which is the payer itself
    text = "Hooli met investors on Monday. Hooli will pay £48m for the company, it said."
    assert claim(text, "£48m").attribute != "acquisition_price"


# -- a possessive description of a facility --


def test_its_flagship_port_is_the_port_the_owners_name_names() -> None:
    text = (
        "Shares in Vandelay Port Holdings rose after figures showing its flagship port "
        "moved 30.5 million tonnes of cargo in 2024."
    )
    assert claim(text, "30.5 million tonnes").subject == "Port of Vandelay"
    found = findings_of(
        text,
        "The Port of Vandelay handled 26.1 million tonnes of cargo in 2024.",
    )
    assert len(found) == 1


def test_a_possessive_facility_the_owners_name_does_not_name_is_no_facility_name() -> None:
    # no facility is named after the owner ("Globex Plant"); and one plant's output is a
    # part of the owner's, never its total (``data/part_nouns.txt``): no subject
    text = "Globex Energy said its flagship plant produced 4.1 million tonnes of steel in 2024."
    assert claim(text, "4.1 million tonnes").subject is None


def test_an_indefinite_phrase_names_no_facility() -> None:
    # "a Vandelay arena" is any arena in Vandelay; "the Vandelay Sands wind farm" is one
    found = things_named(
        "The record fee for a Vandelay arena is $22 million.", [Entity(23, 31, "Vandelay")]
    )
    assert found == {}


# -- the business a merger makes --


def test_the_merged_cooperative_is_what_the_merger_will_be_called() -> None:
    text = (
        "Members of Acme Farmers and Globex Milk voted for the merger on Friday. "
        "The combined business, to be called Initech Dairy, will be owned by 3,000 farms. "
        "Together the merged cooperative will handle around 3 billion litres of milk annually."
    )
    assert claim(text, "around 3 billion litres").subject == "Initech Dairy"


def test_the_combined_group_stays_open_when_no_name_is_given() -> None:
    text = (
        "Acme agreed to buy Globex on Monday. "
        "The combined group will process around 3 billion litres of milk annually."
    )
    assert claim(text, "around 3 billion litres").subject not in ("Acme", "Globex")


def test_the_projects_installed_capacity_is_the_wind_farms_capacity() -> None:
    found = findings_of(
        "Globex Power owns half of the 1,100-megawatt Vandelay Sands offshore wind farm.",
        "The Vandelay Sands offshore wind farm sent its first power to the grid on Monday. "
        "A cable vessel laid the export line last spring. "
        "When all its turbines are turning, the project's installed capacity will reach "
        "1,400 MW.",
    )
    assert len(found) == 1
    assert found[0].a.subject == "Vandelay Sands" and found[0].a.attribute == "capacity"
