"""Round r17c: ranks on a list named by its owner ("Brightline Research's quarterly tally of
tablet shipments"), names of the form "University of X", and who a description or a
pronoun stands for (sentences written for these tests, in several domains)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 10, 20)


claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- a board named by its owner, and its edition ----------------------------------------------

COVERING = (
    "For the first time, Falcor has ranked second in Brightline Research's quarterly tally "
    "of global tablet shipments, covering April to June 2025."
)
INSIDE = (
    "On Monday, Brightline Research's second-quarter 2025 tablet shipment count put Falcor "
    "in fourth place worldwide."
)


def test_a_rank_on_an_owners_count_is_on_the_owners_board() -> None:
    found = claim(COVERING, "second")
    assert (found.subject, found.item) == ("Brightline Research", "Falcor")
    assert str(found.period) == "2025-Q2"  # three months that make a calendar quarter


def test_a_date_inside_an_owners_list_is_its_edition() -> None:
    found = claim(INSIDE, "fourth")
    assert (found.subject, found.item, str(found.period)) == (
        "Brightline Research",
        "Falcor",
        "2025-Q2",
    )


def test_two_wordings_of_an_owners_list_meet() -> None:
    assert contradictions(COVERING, INSIDE) == [("second", "fourth")]


def test_an_owners_list_of_another_quarter_stays_apart() -> None:
    earlier = "In Brightline Research's first-quarter 2025 tally, Falcor came fifth."
    assert str(claim(earlier, "fifth").period) == "2025-Q1"
    assert contradictions(COVERING, earlier) == []


def test_months_that_make_no_calendar_quarter_name_no_edition() -> None:
    text = (
        "Orrin Cola ranked third in Pellham Insights' count of soft-drink sales, covering "
        "May to July 2025."
    )
    assert claim(text, "third").period is None


def test_an_owners_survey_with_its_year_after_the_topic() -> None:
    a = "Tamsin Hotels came first in Corvo Travel's survey of guest satisfaction for 2025."
    b = "Corvo Travel's 2025 guest satisfaction survey put Tamsin Hotels in third place."
    assert str(claim(a, "first").period) == "2025"
    assert contradictions(a, b) == [("first", "third")]


# -- a name with "of", and the name after "of" written alone ---------------------------------

COLLEGE_FULL = (
    "The Academy of Tessaly climbed to No. 31 in this year's Varden Global Design Rankings, "
    "released in September."
)
COLLEGE_SHORT = (
    "The Academy of Tessaly has reorganised its studios. Tessaly placed 24th in the 2025 "
    "edition of the Varden Global Design Rankings, its dean said."
)


def test_a_head_with_of_and_the_name_after_it_are_one_name() -> None:
    assert claim(COLLEGE_FULL, "No. 31").item == "Academy of Tessaly"


def test_the_name_after_of_alone_holds_the_rank_of_the_full_name() -> None:
    assert claim(COLLEGE_SHORT, "24th").item == "Academy of Tessaly"
    assert contradictions(COLLEGE_FULL, COLLEGE_SHORT) == [("No. 31", "24th")]


def test_a_board_name_ending_the_sentence_keeps_no_full_stop() -> None:
    text = "Halmer Rovers finished third in the 2024 edition of the Ostrand Club Rankings."
    other = "Halmer Rovers were fifth in the Ostrand Club Rankings 2024, their coach said."
    assert claim(text, "third").subject == claim(other, "fifth").subject
    assert contradictions(text, other) == [("third", "fifth")]


def test_an_of_name_with_two_full_names_for_one_short_stays_short() -> None:
    text = (
        "The Port of Velling and the Bank of Velling both sponsor the fair. Velling ranked "
        "ninth in the 2025 edition of the Corlay Trade Index, its mayor said."
    )
    assert claim(text, "ninth").item == "Velling"


def test_the_short_name_of_a_port_meets_its_full_name_as_a_subject() -> None:
    full = "The Port of Danmoor handled 2.1 million TEU in 2024."
    short = "Danmoor handled 2.6 million TEU in 2024, its harbour master said."
    assert contradictions(full, short) == [("2.1 million", "2.6 million")]


# -- a description's modifiers pick the subject they described earlier -----------------------


def test_a_description_with_a_place_is_the_name_described_so_before() -> None:
    text = (
        "Harlan Foods agreed to buy Norwegian seafood maker Fjordvik for $400 million. Harlan "
        "Foods expects savings of $30 million. The Norwegian maker employs about 900 people."
    )
    assert claim(text, "about 900").subject == "Fjordvik"


def test_a_based_modifier_in_an_aside_picks_the_name_it_described() -> None:
    text = (
        "Tolvern Bank lent money to Bergen-based Fjordvik last year. Founded in 2001, the "
        "Bergen-based company has grown steadily. It employs about 1,100 people."
    )
    assert claim(text, "2001").subject == "Fjordvik"
    assert claim(text, "about 1,100").subject == "Fjordvik"


def test_a_place_no_name_carries_leaves_two_companies_unresolved() -> None:
    text = (
        "Harlan Foods agreed to buy Fjordvik for $400 million. Harlan Foods expects savings "
        "of $30 million. Founded in 2003 by two engineers, the Bergen-based company has "
        "grown steadily. It employs about 1,300 people."
    )
    assert claim(text, "2003").subject is None
    assert claim(text, "about 1,300").subject is None


def test_a_place_no_name_carries_is_the_one_company_of_the_article() -> None:
    text = (
        "On Tuesday, Morrow Textiles posted revenue of $80 million for 2024. The Leeds-based "
        "company employs about 700 people."
    )
    assert claim(text, "about 700").subject == "Morrow Textiles"


# -- a pronoun after an opening phrase that holds a figure or a list --------------------------


def test_a_pronoun_after_a_phrase_with_a_figure_refers_back() -> None:
    text = "Brenna Labs is a small outfit. With about 1,300 employees, it is dwarfed by rivals."
    assert claim(text, "about 1,300").subject == "Brenna Labs"


def test_a_pronoun_after_a_longer_phrase_with_a_list_refers_back() -> None:
    text = (
        "Brenna Labs is a small outfit. With about 1,300 employees, most of them chemists in "
        "Lyon, Basel and Turin, it is dwarfed by larger rivals."
    )
    assert claim(text, "about 1,300").subject == "Brenna Labs"


def test_a_figure_of_an_unnamed_related_party_is_nobodys() -> None:
    text = (
        "Brenna Labs is a small outfit. With about 1,300 employees, it is a fraction of the "
        "size of its owner, which employs around 8,000 people."
    )
    assert claim(text, "around 8,000").subject is None
    other = "Brenna Labs employs about 1,250 people, its chief executive said."
    assert contradictions(text, other) == []


# -- a board named by its maker after "by", and an edition's label -----------------------------


def test_a_rank_given_by_a_maker_is_on_the_makers_board() -> None:
    by = (
        "Falcor, ranked fourth by Brightline Research in the second quarter, plans to ship "
        "more tablets next year."
    )
    owned = "In Brightline Research's Q2 2025 tally, Falcor came sixth."
    assert claim(by, "fourth").subject == "Brightline Research"
    assert str(claim(owned, "sixth").period) == "2025-Q2"
    assert contradictions(by, owned) == [("fourth", "sixth")]


def test_by_after_a_rank_without_a_ranking_verb_names_no_board() -> None:
    text = "Falcor's fourth tablet was designed by Brightline Research in the second quarter."
    assert claim(text, "fourth").subject is None


# -- an item right before its ordinal, and a board noun that ends a board's name --------------


def test_an_ordinal_after_a_name_is_no_version_of_it() -> None:
    text = "Lindqvist's 2025 league table puts Harbor College 15th among regional colleges."
    assert claim(text, "15th").item == "Harbor College"


def test_a_board_noun_ending_a_name_is_no_part_of_the_board() -> None:
    a = "Harbor College placed 12th in the 2025 Lindqvist league table, the college said."
    b = "Lindqvist's 2025 league table puts Harbor College 15th among regional colleges."
    assert claim(a, "12th").subject == claim(b, "15th").subject == "Lindqvist"
    assert contradictions(a, b) == [("12th", "15th")]


def test_a_board_in_an_opening_phrase_is_the_ranks_board() -> None:
    a = "In the latest Lindqvist rankings, published in March 2025, Harbor College was ranked 9th."
    b = "Harbor College placed 12th in the Lindqvist league table published in March 2025."
    assert (claim(a, "9th").subject, str(claim(a, "9th").period)) == ("Lindqvist", "2025-03")
    assert contradictions(a, b) == [("9th", "12th")]


def test_two_boards_in_a_sentence_give_a_bare_rank_none() -> None:
    text = (
        "In the Lindqvist rankings and on the Marlo index, both out in March 2025, Harbor "
        "College was ranked 9th."
    )
    assert claim(text, "9th").subject is None


def test_a_description_with_an_adjective_of_place_refers_back() -> None:
    text = (
        "Stellar Pumps agreed to buy Vossen, a Dutch valve maker, for $300 million. Stellar "
        "Pumps expects savings of $20 million. Founded in 1990, the Dutch company employs "
        "about 500 people."
    )
    assert claim(text, "1990").subject == "Vossen"
    assert claim(text, "about 500").subject == "Vossen"


def test_a_place_said_after_a_name_is_its_based_modifier() -> None:
    text = (
        "Stellar Pumps agreed to buy Vossen for $300 million. Vossen was founded in 1990 in "
        "Utrecht. Stellar Pumps expects savings of $20 million. The Utrecht-based company "
        "employs about 500 people."
    )
    assert claim(text, "about 500").subject == "Vossen"
