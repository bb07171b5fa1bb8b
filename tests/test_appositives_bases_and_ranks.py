"""More readings corpora 41-44 missed, on our own sentences with invented names: a sum
named by an appositive ("€18 million, a record penalty"), a valuation written as a
"post-money figure", a round named only as the base of a comparison, a service's
"broadband base", a penalty "handed to" its payer, a sum paid "in addition to the fine",
an organisation's rank in a relative clause, a name that "fell two places to" its rank,
and a month's possessive that dates no edition; a sum paid "for the whole of the club",
"to Initech SC for Ana Rossi" or by a relative clause; a name after a conjunction ("six
weeks after Acme posted revenue of"), and "for its second quarter". The tests marked so
fail on the code before these rules (de53206); the others are guards."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

from factcheck import Kind

PUBLISHED = dt.date(2024, 10, 28)
reading = partial(prose.reading, published=PUBLISHED)
claims_of = partial(prose.claims_of, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


def test_an_indefinite_appositive_names_the_sum() -> None:  # fails before
    text = (
        "Hooli Mobile was ordered last month to pay €18 million, a record penalty, after an outage."
    )
    assert reading(text, "€18 million")[:2] == ("Hooli Mobile", "fine")


def test_an_appositive_that_names_no_attribute_adds_none() -> None:
    text = (
        "Regulators know Acme Cable. Acme Cable agreed to pay $2 billion, a record for the sector."
    )
    assert reading(text, "$2 billion")[1] != "fine"


def test_a_post_money_figure_is_a_valuation() -> None:  # fails before
    text = "Orbix closed a $260 million Series D last week at a $1.4 billion post-money figure."
    assert reading(text, "$1.4 billion")[1] == "valuation (series d)"
    assert reading(text, "$260 million")[1] == "funding_round (series d)"


def test_a_round_named_as_the_base_of_a_comparison_labels_nothing() -> None:  # fails before
    text = (
        "Investors back Orbix. The round values Orbix at $1.9 billion after the new money, "
        "roughly triple its valuation at the Series C."
    )
    assert reading(text, "$1.9 billion")[1] == "valuation"


def test_a_round_named_in_the_figures_own_clause_still_labels_it() -> None:
    text = "Orbix's Series D values it at $1.4 billion, its chief executive said."
    assert reading(text, "$1.4 billion")[1] == "valuation (series d)"


def test_a_broadband_base_counts_broadband_subscribers() -> None:  # fails before
    first = "Cable operator Vandelay's broadband base stood at 1.52 million at 30 September."
    second = "Vandelay ended September with 1.84 million broadband subscribers."
    assert reading(first, "1.52 million")[1] == "count of broadband subscribers"
    assert contradictions(first, second) == [("1.52 million", "1.84 million")]


def test_a_subscriber_base_still_counts_its_subscribers() -> None:
    text = "Vandelay's paid subscriber base stood at 1.52 million at 30 September."
    assert reading(text, "1.52 million")[1] == "count of paid subscribers"


def test_a_penalty_handed_to_a_company_is_its_fine() -> None:  # fails before
    text = "The £5.9 million penalty handed to Initech Couriers last week was a warning shot."
    assert reading(text, "£5.9 million")[:2] == ("Initech Couriers", "fine")


def test_a_penalty_paid_to_a_regulator_is_not_the_regulators() -> None:
    text = "The £5.9 million fine paid to the Initech Gaming Commission was the largest."
    assert reading(text, "£5.9 million")[0] != "Initech Gaming Commission"


def test_a_sum_paid_in_addition_to_the_fine_is_not_the_fine() -> None:  # fails before
    text = (
        "In addition to the fine, Globex Couriers has been ordered to pay £3.1 million in "
        "missed holiday pay to its drivers."
    )
    assert reading(text, "£3.1 million")[1] is None


def test_an_operators_rank_in_a_relative_clause_is_its_rank() -> None:  # fails before
    text = (
        "Hooli Mobile plans to close its 3G network. The operator, which came fifth among "
        "mobile providers in the 2024 Acme Satisfaction Index, is keen to avoid any repeat."
    )
    (rank,) = claims_of(text, Kind.RANK)
    assert (rank.item, rank.subject) == ("Hooli Mobile", "Acme Satisfaction")


def test_a_name_that_fell_places_to_a_rank_holds_it_whatever_else_is_dated() -> None:
    # fails before
    text = (
        "Operators watch Hooli Mobile. Hooli Mobile fell two places to seventh among the nine "
        "networks ranked, as customers marked it down for November's outage."
    )
    (rank,) = [c for c in claims_of(text, Kind.RANK) if c.text == "seventh"]
    assert (rank.item, rank.period) == ("Hooli Mobile", None)


def test_a_sum_paid_for_the_whole_of_a_club_is_its_price() -> None:  # fails before
    text = (
        "Fans follow Hooli Athletic. Hooli Athletic has been sold to investors. The "
        "consortium will pay £412 million for the whole of the club, including debt."
    )
    assert reading(text, "£412 million")[:2] == ("Hooli Athletic", "acquisition_price")


def test_a_sum_paid_for_a_stake_in_a_club_is_not_its_price() -> None:
    text = (
        "Fans follow Hooli Athletic. Hooli Athletic has been sold to investors. The "
        "consortium will pay £12 million for a 30% stake in the club."
    )
    assert reading(text, "£12 million")[1] != "acquisition_price"


def test_a_sum_paid_to_a_seller_for_a_player_is_the_players_price() -> None:  # fails before
    text = "Fans love Globex FC. Globex FC paid €79 million to Initech SC for Ana Rossi."
    assert reading(text, "€79 million")[:2] == ("Ana Rossi", "acquisition_price")


def test_a_sum_a_relative_clause_sent_for_a_player_is_the_players_price() -> None:
    # fails before
    text = (
        "Globex FC's owners did not wait long: the €79m they sent to Initech SC for Ana "
        "Rossi nearly doubles the club's previous record."
    )
    assert reading(text, "€79m")[:2] == ("Ana Rossi", "acquisition_price")


def test_a_sum_paid_to_a_company_for_services_prices_no_one() -> None:
    text = "Analysts follow Acme. Acme paid $2 million to Globex for consulting services."
    assert reading(text, "$2 million")[1] != "acquisition_price"


def test_a_name_after_a_conjunction_is_the_subject_of_its_clause() -> None:  # fails before
    text = (
        "The penalty comes six weeks after Initech Bet posted revenue of $274 million for "
        "its second quarter, a result that lifted its shares."
    )
    assert reading(text, "$274 million") == ("Initech Bet", "revenue", "2024-Q2")


def test_a_place_after_a_conjunction_owns_no_grant() -> None:
    text = "Its plant opened in March after Leeds approved $40 million in grants."
    assert reading(text, "$40 million")[0] is None
