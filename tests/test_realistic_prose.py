"""Context rules for longer, realistic news prose: wire datelines, results sentences with
a long opening, modifiers of a counted noun, events in asides (sentences written for these
tests)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

from factcheck import Kind

PUBLISHED = dt.date(2026, 3, 4)


claims_of = partial(prose.all_claims_of, published=PUBLISHED)
claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- wire datelines ---------------------------------------------------------------------


def test_a_wire_dateline_is_never_the_subject() -> None:
    text = (
        "OSLO, March 3 (Northern Wire) - Brakstad Foods raised $40 million in a funding "
        "round led by Fjell Capital, the company said on Tuesday."
    )
    found = claim(text, "$40 million")
    assert found.subject == "Brakstad Foods"
    assert found.attribute == "funding_round"


def test_a_dateline_without_a_date_and_the_next_sentence() -> None:
    text = (
        "SAO PAULO (Southern Press) - Verdaluz Energia reported revenue of $880 million. "
        "It employs 4,100 people."
    )
    claims = claims_of(text)
    assert {c.subject for c in claims if c.kind is not Kind.DATE} == {"Verdaluz Energia"}


def test_a_name_and_a_dash_is_no_dateline() -> None:
    # no date and no outlet in parentheses: a sentence like any other
    found = claim(
        "Brakstad Foods - the dairy buyer - reported revenue of $880 million.", "$880 million"
    )
    assert found.subject == "Brakstad Foods"


# -- results sentences ------------------------------------------------------------------


def test_revenue_opening_a_long_clause_is_the_level_after_a_change() -> None:
    text = (
        "Kellmar Logistics, the parcel carrier, had a busy year. "
        "Revenue for the twelve months to September 30 rose 11% to $4.4 billion from "
        "$3.96 billion, the carrier said on Monday."
    )
    found = claim(text, "$4.4 billion")
    assert found.subject == "Kellmar Logistics"
    assert found.attribute == "revenue"
    assert str(found.period).startswith("year to ") and str(found.period).endswith("-09")
    assert claim(text, "$3.96 billion").attribute is None  # the base of the comparison


def test_a_change_percent_does_not_cut_the_level_from_its_cue() -> None:
    found = claim(
        "Kellmar Logistics said operating profit jumped 9% to $310 million.", "$310 million"
    )
    assert found.attribute == "operating_profit"


def test_the_day_results_are_posted_is_not_their_period() -> None:
    text = (
        "Kellmar Logistics shares rose 3%. The carrier posted annual sales of $4.6 billion "
        "on Monday."
    )
    found = claim(text, "$4.6 billion")
    assert found.period is None
    assert found.attribute == "revenue (annual)"
    assert found.subject == "Kellmar Logistics"


def test_a_day_still_dates_what_is_counted() -> None:
    # a day is no period of revenue, but "sold 5,000 cars on Saturday" is that day's
    found = claim("Kellmar Motors sold 5,000 cars on Saturday.", "5,000")
    assert found.period is not None


def test_annual_revenue_restated_with_a_span_and_a_report_day_is_compared() -> None:
    first = (
        "Kellmar Logistics, the parcel carrier, had a busy year. Revenue for the twelve "
        "months to September 30 rose 11% to $4.4 billion, the carrier said on Monday."
    )
    second = "Kellmar Logistics rallied. The carrier posted annual sales of $5.1 billion on Monday."
    assert contradictions(first, second) == [("$4.4 billion", "$5.1 billion")]


# -- counted nouns ----------------------------------------------------------------------


def test_paid_and_paying_count_the_same_thing() -> None:
    first = "Harlow Radio ended March with 2.1 million paid listeners."
    second = "Harlow Radio finished March with more than 2.6 million paying listeners."
    assert claim(first, "2.1 million").attribute == "count of paid listeners"
    assert claim(second, "more than 2.6 million").attribute == "count of paid listeners"
    assert contradictions(first, second) == [("2.1 million", "more than 2.6 million")]


def test_other_participles_keep_their_meaning() -> None:
    found = claim("Harlow Radio has 900,000 registered users.", "900,000")
    assert found.attribute == "count of registered users"
    first = "Dunmore Motors sold 40,000 used cars last year."
    second = "Dunmore Motors sold 52,000 using cars last year."
    assert claim(first, "40,000").attribute != claim(second, "52,000").attribute


def test_different_modifiers_stay_apart() -> None:
    first = "Harlow Radio ended March with 2.1 million paid listeners."
    second = "Harlow Radio ended March with 2.6 million free listeners."
    assert contradictions(first, second) == []


# -- events in asides -------------------------------------------------------------------


def test_an_intransitive_launch_in_an_aside_is_the_described_name() -> None:
    text = (
        "Pebblecast, which launched in 2016 as a podcast directory, now has 300 staff. "
        "Rivals such as Pebblecast grew fast."
    )
    found = claim(text, "2016")
    assert (found.subject, found.attribute) == ("Pebblecast", "date released")


def test_a_launch_with_an_object_in_an_aside_is_not_the_name_s() -> None:
    text = (
        "Pebblecast, which launched its first app in 2019, has 300 staff. Fans of Pebblecast agree."
    )
    assert claim(text, "2019").attribute is None


def test_went_live_is_a_launch() -> None:
    first = "Pebblecast, which launched in 2016 as a podcast directory, has 300 staff."
    second = (
        "Pebblecast, which went live in 2018, is still loss-making, unlike Pebblecast's rivals."
    )
    assert contradictions(first, second) == [("2016", "2018")]


# -- the day a stake was bought ---------------------------------------------------------


def test_the_day_a_stake_was_bought_is_the_company_s_event() -> None:
    first = "Orrell Capital completed its purchase of a 75% stake in Fenby Rovers on June 2."
    second = (
        "The sale of Fenby Rovers closed last month. Orrell Capital, a Leeds fund, finalised its "
        "acquisition of a 75% holding in the club on July 9."
    )
    assert claim(first, "June 2").attribute == "date acquired (75% stake)"
    found = claim(second, "July 9")
    assert (found.subject, found.attribute) == ("Fenby Rovers", "date acquired (75% stake)")
    assert contradictions(first, second) == [("June 2", "July 9")]


def test_stakes_of_other_sizes_and_announcements_are_other_events() -> None:
    bought = "Orrell Capital completed its purchase of a 75% stake in Fenby Rovers on June 2."
    smaller = "Orrell Capital completed its purchase of a 20% stake in Fenby Rovers on May 5."
    announced = "Orrell Capital announced its purchase of a 75% stake in Fenby Rovers on May 5."
    assert contradictions(bought, smaller) == []
    assert contradictions(bought, announced) == []
    assert claim(announced, "May 5").attribute is None


# -- the seller's side of a transfer -----------------------------------------------------


def test_a_sum_received_for_a_player_is_the_player_s_price() -> None:
    text = "Castellmar pocketed £31m for Tomas Aranda, with more to come if he wins titles."
    found = claim(text, "£31m")
    assert (found.subject, found.attribute) == ("Tomas Aranda", "acquisition_price")


def test_a_fixed_part_up_front_meets_a_guaranteed_fee() -> None:
    first = (
        "Rydal United have signed striker Tomas Aranda from Castellmar for a guaranteed fee "
        "of £36 million, plus up to £5 million in add-ons."
    )
    second = "Castellmar banked £31m up front for Tomas Aranda, the club's record sale."
    assert claim(second, "£31m").attribute == "acquisition_price (before add-ons)"
    assert contradictions(first, second) == [("£36 million", "£31m")]


def test_a_sum_received_for_no_name_is_no_price() -> None:
    found = claim("Castellmar received £4m for its academy, the club said.", "£4m")
    assert found.attribute != "acquisition_price"


# -- takeover prices written around the price ---------------------------------------------


def test_what_a_takeover_values_the_bought_company_at_is_its_price() -> None:
    text = (
        "Marrick Media agreed to acquire Pellow Games for $21 a share in cash, valuing the "
        "maker of racing games at about $1.6 billion, the companies said."
    )
    found = claim(text, "about $1.6 billion")
    assert (found.subject, found.attribute) == ("Pellow Games", "acquisition_price")


def test_a_stake_that_values_a_company_is_no_takeover_price() -> None:
    text = "Marrick Media bought a stake in Pellow Games, valuing the studio at $900 million."
    assert claim(text, "$900 million").attribute == "valuation"


def test_a_sum_spent_to_take_a_company_over_is_its_price() -> None:
    first = "Marrick Media is spending roughly $2.2 billion to bring Pellow Games in-house."
    second = "Marrick Media will pay $1.5 billion to acquire Pellow Games, its board said."
    assert claim(first, "roughly $2.2 billion").subject == "Pellow Games"
    assert claim(first, "roughly $2.2 billion").attribute == "acquisition_price"
    assert claim(second, "$1.5 billion").attribute == "acquisition_price"
    assert contradictions(first, second) == [("roughly $2.2 billion", "$1.5 billion")]


def test_bringing_a_product_somewhere_is_no_takeover() -> None:
    text = "Marrick Media is spending $40 million to bring Pellow Games titles to phones."
    assert claim(text, "$40 million").subject != "Pellow Games"


# -- shares of a dated whole ----------------------------------------------------------------


def test_a_year_modifying_the_whole_dates_the_share() -> None:
    found = claim("Tallisker's films took 9.4% of the 2025 domestic box office.", "9.4%")
    assert found.attribute == "share of box office"
    assert str(found.period) == "2025"


def test_a_year_that_is_a_level_is_no_period_of_a_change() -> None:
    found = claim("Tallisker's sales rose 4% to 2019 levels.", "4%")
    assert found.period is None


# -- ranks in feature prose -------------------------------------------------------------------


def test_a_relative_clause_of_ranking_gives_the_item() -> None:
    text = (
        "Among the fallers was Brisco Town, which slipped to 40th place on the Varne "
        "Rankings. Analysts at Brisco Town agreed."
    )
    assert claim(text, "40th").item == "Brisco Town"


def test_a_rank_that_is_the_base_of_a_comparison_is_not_compared() -> None:
    text = "This spring Brisco Town rose to 12th place from 19th on the Varne Rankings 2025."
    base = claim(text, "19th")
    assert (base.subject, base.item) == (None, None)
    assert claim(text, "12th").item == "Brisco Town"
    assert contradictions(text) == []


def test_a_board_written_as_its_owner_s_list_is_the_owner_s_board() -> None:
    text = "On Varne's 2025 list of the richest clubs, Brisco Town came in at No. 14."
    found = claim(text, "No. 14")
    assert (found.subject, found.attribute, str(found.period)) == ("Varne", "rank", "2025")
    assert found.item == "Brisco Town"
    other = "Brisco Town is No. 9 on the Varne list for 2025, its owners said."
    assert contradictions(text, other) == [("No. 14", "No. 9")]


# -- a description in an opening adjunct ------------------------------------------------------


def test_a_pronoun_after_a_description_is_what_the_description_stood_for() -> None:
    text = (
        "At Orla Pictures, one film did the work. The studio's results showed revenue of "
        "$2.1 billion. Behind them sits Tidewater, a sea drama. It grossed $600 million. "
        "By the studio's own count, it took 8.5% of ticket sales."
    )
    assert claim(text, "$600 million").subject == "Tidewater"
    assert claim(text, "8.5%").subject == "Orla Pictures"


def test_a_pronoun_after_a_description_never_named_refers_back_as_before() -> None:
    text = (
        "The sea drama Tidewater grossed $600 million. By the studio's own count, it sold "
        "9 million tickets."
    )
    assert claim(text, "9 million").subject == "Tidewater"
