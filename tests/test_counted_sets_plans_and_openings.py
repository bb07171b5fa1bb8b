"""Changes of counts, counts of what a counted set has, counts beside a rank, planned
counts, dates a relative clause or an opening adjunct owns, planned passives, and dates
set or due for a deal ("is due in March", "is scheduled for June") (sentences written for
these tests, with invented names)."""

from __future__ import annotations

import datetime as dt

import prose

OCTOBER = dt.date(2025, 10, 23)

# ---- the change of a count


def test_a_percentage_change_of_a_count_is_its_growth() -> None:
    to_level = (
        "Fjordline Ferries said passenger numbers rose 4.2% to 2.84 million in the third"
        " quarter."
    )
    assert prose.reading(to_level, "4.2%", published=OCTOBER) == (
        "Fjordline Ferries",
        "growth of count of passengers",
        "2025-Q3",
    )
    after_level = "Fjordline Ferries carried 2.84 million passengers in the third quarter, up 4.2%."
    assert prose.reading(after_level, "4.2%", published=OCTOBER)[1:] == (
        "growth of count of passengers (carried)",
        "2025-Q3",
    )
    down = "Fjordline Ferries' deliveries fell 3% to 98,000 bikes in the quarter."
    assert prose.reading(down, "3%", published=OCTOBER)[1] == (
        "decline of count of bikes (delivered)"
    )


def test_two_growths_of_one_count_contradict_and_a_verb_between_keeps_them_apart() -> None:
    one = "Fjordline Ferries carried 2.84 million passengers in the third quarter, up 4.2%."
    other = "Fjordline Ferries carried 2.84 million passengers in the third quarter, up 7.2%."
    assert prose.contradictions(one, other, published=OCTOBER) == [("4.2%", "7.2%")]
    # a clause of its own between the count and the change: the change is not the count's
    revenue = "Fjordline Ferries carried 2.84 million passengers, and its revenue was up 4.2%."
    assert prose.reading(revenue, "4.2%", published=OCTOBER)[1] == "growth of revenue"


# ---- a count beside a rank


def test_a_count_a_rank_was_won_with_is_of_the_rankings_time() -> None:
    september = "Rathi Electric led the table. Tejas Scooters was third with 34,100 units."
    october = "Tejas Scooters held third place with 39,800 units, extending a run."
    assert prose.reading(september, "34,100")[1] is None
    assert prose.contradictions(september, october) == []
    dated = "In October, Tejas Scooters held third place with 39,800 units."
    assert prose.reading(dated, "39,800")[1:] == ("count of units", "2024-10")


# ---- what a counted set has


def test_a_count_of_what_a_counted_set_has_is_of_that_set() -> None:
    whole = "Larkfield Cinemas currently operates 57 theaters with 612 screens."
    sold = (
        "The Justice Department required Orbital Pictures to sell two Larkfield Cinemas"
        " theaters in Omaha, with 24 screens, to a regional operator."
    )
    assert prose.reading(whole, "612")[1] == "count of screens (of 57)"
    assert prose.reading(sold, "24")[1] == "count of screens (of 2)"
    assert prose.contradictions(whole, sold) == []
    same_set = "Larkfield Cinemas runs 57 theaters with 621 screens."
    assert prose.contradictions(whole, same_set) == [("612", "621")]


def test_the_whole_a_share_is_of_is_nobodys_count() -> None:
    text = (
        "That leaves Orbital Pictures with 250 theaters, roughly 7.4% of the 38,700 screens"
        " in the U.S."
    )
    assert prose.reading(text, "38,700")[1] is None


# ---- plans


def test_a_count_in_the_future_is_a_plan() -> None:
    plant = "Norvale Pet Foods' new plant will employ about 260 people when fully staffed."
    staff = "Norvale Pet Foods employs 9,800 people."
    assert prose.reading(plant, "about 260")[1] == "count of staff (employs) (planned)"
    assert prose.reading(staff, "9,800")[1] == "count of staff (employs)"
    assert prose.contradictions(plant, staff) == []
    # no milestone after it: the level that follows the news, compared with the level told
    after_cuts = "After the cuts, Orrin Bay Games will employ 430 people in Austin."
    left_with = "Orrin Bay Games is left with roughly 510 staff, most of them in Austin."
    assert prose.reading(after_cuts, "430")[1] == "count of staff (employs)"
    assert prose.contradictions(after_cuts, left_with) == [("430", "roughly 510")]


def test_what_the_group_has_once_the_deal_closes_is_combined() -> None:
    text = "Once the deal closes, the group will run 970 clinics across the UK and Ireland."
    assert prose.reading(text, "970")[1] == "count of clinics (operates) (combined)"


def test_a_sum_lost_is_no_revenue() -> None:
    text = (
        "That is a multiple of less than 0.9 times sales for a business that lost ¥29.6"
        " billion at the operating level."
    )
    assert prose.reading(text, "¥29.6 billion")[1] is None
    sales = "That is a multiple of less than 0.9 times sales for a business with ¥29.6 billion."
    assert prose.reading(sales, "¥29.6 billion")[1] == "revenue"


def test_a_passive_in_the_future_dates_a_plan() -> None:
    planned = "Daegu Play said its Hollow Oak Tactics would be released in South Korea in July."
    released = "Daegu Play's Hollow Oak Tactics was released in 2018."
    assert prose.claim(planned, "July").attribute == "date released (planned)"
    assert prose.dated_contradictions((planned, OCTOBER), (released, OCTOBER)) == []


# ---- dates that belong to a clause


def test_a_relative_clause_after_an_event_owns_its_date() -> None:
    text = (
        "Investors took heart from Voltaro Mobility, the 2019-founded Pune company whose"
        " shares closed at ₹88.90 on Monday."
    )
    monday = prose.claim(text, "Monday")
    assert monday.attribute is None
    assert prose.claim(text, "2019").attribute == "date founded"


def test_an_opening_adjunct_scopes_every_figure_of_its_sentence() -> None:
    text = "In 2024, Corvane made operating profit of $76.0 million on revenue of $1.01 billion."
    assert prose.reading(text, "$1.01 billion")[1:] == ("revenue", "2024")
    year_ending = (
        "For the year ending February 2027, Corvane forecast operating profit of ¥76.0"
        " billion on operating revenue of ¥1.01 trillion."
    )
    assert prose.reading(year_ending, "¥1.01 trillion", published=dt.date(2026, 4, 10))[2] == (
        "year to 2027-02"
    )
    # a semicolon ends what the adjunct scopes
    apart = "In 2024, Corvane made operating profit of $76.0 million; revenue is $1.01 billion."
    assert prose.reading(apart, "$1.01 billion")[2] is None


# ---- a market value moves with the share price


def test_market_values_from_different_days_are_not_compared() -> None:
    day_one = (
        "Shares of Hanwol Tools rose 6.2% to close at 84,300 won, giving the company a market"
        " value of about 5.1 trillion won."
    )
    later = (
        "Hanwol Tools climbed 3.4% to 97,600 won, giving the company a market value of about"
        " 5.9 trillion won."
    )
    assert prose.reading(day_one, "about 5.1 trillion won")[1] == "market_value"
    assert prose.dated_contradictions((day_one, OCTOBER), (later, dt.date(2025, 11, 20))) == []
    assert prose.dated_contradictions((day_one, OCTOBER), (later, OCTOBER)) == [
        ("about 5.1 trillion won", "about 5.9 trillion won")
    ]


# ---- counts joined by "and"


def test_a_count_joined_by_and_takes_the_verb_of_the_count_before() -> None:
    text = "Norvale Vets employs 640 people and 120 contractors."
    assert prose.reading(text, "120")[1] == "count of contractors (employs)"
    added = "The acquisition adds nine plants and some 2,900 employees to the group."
    assert prose.reading(added, "some 2,900")[1] == "count of employees (adds)"
    # a preposition before the first count governs nothing: "and" stays
    with_text = "That leaves Orbital Pictures with 250 theaters and 2,868 screens."
    assert prose.reading(with_text, "2,868")[1] == "count of screens (and)"


def test_what_a_ship_is_designed_to_carry_is_its_capacity() -> None:
    ships = "The Skerrow ships are designed to carry 120 cars and 450 passengers."
    carried = "Skerrow Line carried 9.58 million passengers, up 3.8%."
    assert prose.reading(ships, "450")[1] == "count of passengers (capacity)"
    assert prose.contradictions(ships, carried) == []


def test_a_closing_relative_clause_after_a_conjunction_is_its_names() -> None:
    text = (
        "All 36 of Meridale's lounges are bookable through Layover, and Meridale is buying"
        " Dublin's Skyhaven Duty Free, which runs 14 lounges of its own."
    )
    assert prose.reading(text, "14")[0] == "Skyhaven Duty Free"


def test_a_date_set_or_due_for_a_deal_is_a_plan() -> None:
    booklet = (
        "The scheme booklet for Merrow Dairy's takeover of Tallis Nutrition is due in March,"
        " and the meeting is set for April 21."
    )
    assert prose.claim(booklet, "March", published=OCTOBER).attribute == (
        "date acquired (planned)"
    )
    bought = "Tallis Nutrition said the distributor Merrow Dairy bought in March 2025 grew."
    scheduled = "Completion of Merrow Dairy's takeover of Tallis Nutrition is scheduled for June."
    assert prose.claim(scheduled, "June", published=OCTOBER).attribute == (
        "date acquired (planned)"
    )
    # a date set for a plan meets no day a purchase was made
    assert prose.dated_contradictions((booklet, OCTOBER), (bought, OCTOBER)) == []
