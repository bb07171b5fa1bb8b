"""The false alarms of the final readings of corpora 45-48 and 49-52, each fixed by a
general rule, and one miss, on our own sentences with invented names: guidance told with
"sees", a sum "in prosecution costs", a gift or a sum spent, which no corpus lends a fine,
a long appositive before "has been fined", a rank within one segment of an owner's tables,
"fined Acme £960,000 over a discharge into the river" (no investment), the staff of an
office opened "this month", and a research firm's estimate of the company it names ("X
estimates that Acme held 22%"). The tests marked so fail on the code before these rules
(f29e556); the others are guards."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

from factcheck import Kind

PUBLISHED = dt.date(2025, 10, 30)
reading = partial(prose.reading, published=PUBLISHED)
claims_of = partial(prose.claims_of, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


def test_guidance_a_company_sees_is_no_revenue() -> None:  # fails before
    results = "Hooli Games reported revenue of $2.76 billion for its fiscal year ended March 31."
    outlook = (
        "Traders like Hooli Games. Hooli Games now sees full-year revenue of as much as "
        "$3.15 billion."
    )
    assert reading(outlook, "as much as $3.15 billion")[1] is None
    assert contradictions(results, outlook) == []


def test_costs_and_gifts_are_lent_no_fine() -> None:  # fails before
    fined = "Globex Foods was fined £960,000 by regulators on Tuesday."
    court = (
        "Globex Foods makes ready meals. Globex Foods was also ordered to pay £84,000 in "
        "prosecution costs. Globex Foods has given £150,000 to a river restoration trust."
    )
    assert contradictions(fined, court) == []


def test_a_bare_sum_is_still_lent_the_fine() -> None:
    fined = "Globex Foods was fined £960,000 by regulators on Tuesday."
    court = "Globex Foods makes ready meals. Globex Foods agreed to pay £1.2 million."
    assert contradictions(fined, court) == [("£960,000", "£1.2 million")]


def test_a_long_appositive_leaves_the_name_the_fined_party() -> None:  # fails before
    text = (
        "Globex Foods, the ready-meal maker whose factory waste killed thousands of fish "
        "in the River Wexley, has been fined £1.6 million."
    )
    assert reading(text, "£1.6 million")[:2] == ("Globex Foods", "fine")


def test_a_rank_within_a_segment_is_on_a_board_of_its_own() -> None:  # fails before
    overall = (
        "Initech Cells ranked sixth in Acme Research's league table of global battery "
        "installations for 2024."
    )
    segment = (
        "Initech Cells ranked fourth among suppliers to the stationary storage market in "
        "Acme Research's 2024 ranking of that segment."
    )
    (rank,) = claims_of(segment, Kind.RANK)
    assert rank.subject is not None and rank.subject.endswith("(stationary storage market)")
    assert contradictions(overall, segment) == []


def test_two_ranks_on_an_owners_overall_table_still_meet() -> None:
    first = "Initech Cells ranked sixth in Acme Research's 2024 league table of battery makers."
    second = "Initech Cells came ninth in Acme Research's 2024 table."
    assert contradictions(first, second) == [("sixth", "ninth")]


def test_a_sum_a_company_was_fined_is_its_fine_whatever_follows() -> None:  # fails before
    text = "The regulator fined Globex Foods £960,000 over a discharge into the river."
    assert reading(text, "£960,000")[:2] == ("Globex Foods", "fine")


def test_a_research_firms_estimate_is_of_the_company_it_names() -> None:  # fails before
    text = (
        "Research firm Hooli Data estimates that Vandelay Stream accounted for 22% of all "
        "hours watched in the second quarter."
    )
    assert reading(text, "22%")[0] == "Vandelay Stream"


def test_a_firm_that_estimates_a_figure_of_its_own_keeps_it() -> None:
    text = "Traders follow Hooli Data. Hooli Data estimates its own revenue at $40 million."
    assert reading(text, "$40 million")[0] == "Hooli Data"


def test_a_sum_spent_is_lent_no_fine() -> None:  # fails before
    fined = "Globex Telecom was fined €22 million by regulators on Tuesday."
    spent = (
        "Investors follow Globex Telecom. Globex Telecom told investors it had spent €8 "
        "million so far on forensic work."
    )
    assert contradictions(fined, spent) == []


def test_staff_of_an_office_opened_this_month_are_the_offices() -> None:  # fails before
    text = (
        "Hooli Labs, the identity start-up, opened a London office this month with 18 "
        "staff, mostly in customer response."
    )
    assert reading(text, "18")[0] is None
