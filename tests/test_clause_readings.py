"""Clause readings that corpora 29-31 missed, each on our own sentences with invented names:

- an aside that holds a list still leaves the verb its subject ("Acme, a maker of pumps,
  valves and pipes, has raised ...");
- an abbreviated month ends no clause ("Revenue for the three months ended Sept. 30 rose
  9% to ...");
- the founders an aside names after "by" are agents: the description the aside follows
  is what was founded;
- a value set "when it closed its Series C" is that round's valuation.

Each test fails on the code before these rules (394b010).
"""

from __future__ import annotations

import datetime as dt

import prose

import factcheck
from factcheck import Document


def _reading(text: str, figure: str) -> tuple[str | None, str | None, str | None]:
    """Subject, attribute and period (as text) that factcheck gives ``figure``."""
    return prose.reading(text, figure, published=dt.date(2026, 6, 1))


def test_an_aside_with_a_list_leaves_the_round_its_attribute() -> None:
    text = (
        "Pellmoor Robotics, a maker of grippers, arms and vision kits for warehouses, has "
        "raised $85 million in a Series C round led by Wexley Partners."
    )
    assert _reading(text, "$85 million")[1] == "funding_round (series c)"


def test_a_relative_aside_with_a_list_leaves_the_round_its_attribute() -> None:
    text = (
        "Pellmoor Robotics, the startup that builds grippers, arms and vision kits, has "
        "raised $85 million in a Series C round."
    )
    assert _reading(text, "$85 million")[1] == "funding_round (series c)"


def test_a_list_that_is_the_subject_raises_nothing_of_one_company() -> None:
    # the aside rule needs a description or a relative pronoun: a bare list of common
    # nouns before "raised" is still no company
    text = "The auction of bonds, gilts and notes raised £4.8 billion on Tuesday."
    assert _reading(text, "£4.8 billion")[1] is None


def test_an_abbreviated_month_does_not_end_the_clause() -> None:
    text = (
        "Hollin Outdoor Group reported its results on Tuesday. Revenue for the three months "
        "ended Sept. 30 rose 9% to $1.84 billion from $1.69 billion a year earlier."
    )
    subject, attribute, period = _reading(text, "$1.84 billion")
    assert (subject, attribute) == ("Hollin Outdoor Group", "revenue")
    assert period is not None and period.endswith("Q3")


def test_a_title_abbreviation_does_not_end_the_clause() -> None:
    text = "Net profit at Hollin Outdoor Group, Dr. Amara Quist said, was $212 million in 2025."
    assert _reading(text, "$212 million")[1] == "profit"


def test_founders_named_in_an_aside_are_not_what_was_founded() -> None:
    text = (
        "On Monday, Brackford Home Ltd said it would close nine showrooms. The company, which "
        "was set up in 1974 by brothers Tomas and Ivo Renk above a warehouse in Dunmere, has "
        "struggled since."
    )
    subject, attribute, _ = _reading(text, "1974")
    assert (subject, attribute) == ("Brackford Home Ltd", "date founded")


def test_a_named_founder_after_a_name_is_still_not_the_company() -> None:
    # unchanged: the name before the aside is what was founded
    text = "Shoppers know Brackford Home Ltd, which was set up in 1974 by Tomas Renk."
    subject, attribute, _ = _reading(text, "1974")
    assert (subject, attribute) == ("Brackford Home Ltd", "date founded")


def test_a_value_set_when_a_named_round_closed_is_that_rounds() -> None:
    text = (
        "Quellbrook AI is not raising money. In May, Quellbrook AI was valued at $12 billion "
        "when it closed its $1.2 billion Series C."
    )
    subject, attribute, period = _reading(text, "$12 billion")
    assert (subject, attribute) == ("Quellbrook AI", "valuation (series c)")
    assert period is None  # a named round's month dates the event and scopes nothing


def test_a_value_with_no_round_after_it_stays_unnamed() -> None:
    text = "In May, Quellbrook AI was valued at $12 billion, its backers said."
    assert _reading(text, "$12 billion")[1] == "valuation"


def test_shares_of_a_description_refer_back_to_the_run_in_heading() -> None:
    text = (
        "**Wexley Playthings Inc.** Shares of the toy maker fell 2.1% after its quarterly "
        "filing showed it had agreed to pay a $3.2 million civil penalty to a regulator."
    )
    subject, attribute, _ = _reading(text, "$3.2 million")
    assert attribute == "fine"  # reported news, not an earlier event; not "(quarterly)"
    assert subject is not None and subject.endswith("Playthings Inc.")


def test_a_past_perfect_with_no_reporting_verb_is_still_an_earlier_event() -> None:
    text = "Wexley Playthings Inc had agreed to pay a $3.2 million civil penalty in the past."
    assert _reading(text, "$3.2 million")[1] is None


def test_quarterly_revenue_keeps_its_span() -> None:
    text = "Wexley Playthings Inc reported quarterly revenue of $410 million on Monday."
    assert _reading(text, "$410 million")[1] == "revenue (quarterly)"


def test_the_most_a_rule_allows_is_no_ones_fine() -> None:
    text = (
        "Wexley Playthings Inc was fined $4.6 million on Monday. The maximum civil penalty "
        "for a related series of violations is currently about $17.1 million."
    )
    assert _reading(text, "about $17.1 million")[1] is None
    assert _reading(text, "$4.6 million")[1] == "fine"


def test_a_plants_maximum_capacity_is_still_its_capacity() -> None:
    text = "The Harrowfield Solar plant's maximum capacity is 300 MW, its owner said."
    assert (_reading(text, "300 MW")[1] or "").startswith("capacity")


def test_a_year_ended_31_december_after_the_noun_it_scopes_is_the_calendar_year() -> None:
    text = (
        "Dunmore Build Group reported on Tuesday. Pre-tax profit for the year ended 31 "
        "December 2025 rose to £184.6 million from £151.2 million a year earlier."
    )
    _, attribute, period = _reading(text, "£184.6 million")
    assert (attribute, period) == ("pretax_profit", "2025")


def test_a_year_ended_in_another_month_is_no_calendar_year() -> None:
    text = "Dunmore Build Group said pre-tax profit for the year to 31 March 2026 was £84 million."
    assert _reading(text, "£84 million")[2] != "2026"


def test_a_day_of_results_is_still_no_period() -> None:
    text = "Dunmore Build Group posted annual sales of £2.4 billion on 3 March 2026."
    assert _reading(text, "£2.4 billion")[2] is None


def test_a_cue_cut_in_two_by_the_word_count_is_read_whole() -> None:
    # "Pre-tax" is the eleventh word before the figure: "profit" alone is in reach,
    # and the whole cue is the pre-tax profit, never the net profit
    text = "Pre-tax profit for the year ended 31 March 2026 rose to £184.6 million."
    assert _reading(text, "£184.6 million")[1] == "pretax_profit"


def test_the_contractor_refers_back_to_a_construction_group() -> None:
    text = (
        "Dunmore Construction Group added 1.8% to 1,205p. The contractor reported full-year "
        "pre-tax profit of £212.0m on revenue of £2.4bn."
    )
    assert _reading(text, "£212.0m")[0] == "Dunmore Construction Group"


def test_revenue_for_the_year_that_ended_is_that_financial_year() -> None:
    text = (
        "Harlow Grain Partners said on Monday that revenue of $15.9 billion for the year "
        "that ended on June 30 was a record."
    )
    assert _reading(text, "$15.9 billion")[1:] == ("revenue", "year to 2025-06")


def test_a_place_and_a_trade_describe_the_company_before() -> None:
    text = (
        "Harlow Grain Partners named a new chair on Monday. The Port Ellery trader posted "
        "revenue of $15.9 billion for the year that ended on June 30."
    )
    subject = _reading(text, "$15.9 billion")[0]
    assert subject is not None and subject.endswith("Grain Partners")  # not "Port Ellery"


def test_whom_she_succeeds_is_a_person() -> None:
    from factcheck.referents import DocumentReferents

    memory = DocumentReferents.of("She succeeds Tomas Quillan in January.")
    assert memory.is_person("Tomas Quillan")
    assert not DocumentReferents.of("Acme replaced Tomas Quillan Ltd as supplier.").is_person(
        "Tomas Quillan Ltd"
    )


def test_a_day_opening_a_sentence_is_no_name() -> None:
    from factcheck.subjects import find_names

    for text, names in (
        ("At 31 March the yard had 46 ships on order.", []),
        ("By June 30 Wexley Marine had four ships on order.", ["Wexley Marine"]),
    ):
        assert [text[a:b] for a, b in find_names(text)] == names
    text = "At 31 March the yard had 46 ships on order, up from 41 at the end of December."
    assert _reading(text, "46")[0] is None  # not "31 March"


# -- the false alarms of corpora 33-36's first reading, on sentences of our own --


def _findings(*texts: str) -> list[tuple[str, str]]:
    docs = [
        Document(f"d{i}.md", text, published=dt.date(2026, 9, 10)) for i, text in enumerate(texts)
    ]
    return [(f.a.text, f.b.text) for f in factcheck.check(docs).findings if f.b is not None]


def test_restitution_beside_a_penalty_is_no_fine() -> None:
    text = (
        "In addition to the penalty, Wexley Exchange must pay $9.5 million in restitution "
        "to customers."
    )
    assert _reading(text, "$9.5 million")[1] == "redress"
    assert not _findings(text, "Wexley Exchange has agreed to pay a $48 million fine.")


def test_a_clause_after_while_keeps_its_own_cues() -> None:
    text = (
        "Ostrom & Pike paid $410 million for benefits specialist Calloway Benefits in 2024, "
        "while Tamsin Group bought Greaves Specialty for about $260 million last year."
    )
    assert _reading(text, "$410 million")[0] == "Calloway Benefits"
    assert _reading(text, "2024")[0] != "Greaves Specialty"
    assert _reading(text, "about $260 million")[0] == "Greaves Specialty"


def test_a_weekday_before_a_count_of_months_is_the_weekday_alone() -> None:
    text = (
        "Ostwick completed its takeover of Fennel Components on Tuesday, four months after "
        "it tabled its offer."
    )
    report = factcheck.check([Document("t.md", text, published=dt.date(2026, 9, 10))])
    assert [c.text for c in report.claims if c.kind.value == "date"] == ["Tuesday"]


def test_a_unit_with_sales_is_no_subjects_revenue() -> None:
    text = (
        "Ostwick Group must sell Fennel's drum-brake business in Poland, a unit with sales "
        "of around €180 million last year."
    )
    assert _reading(text, "around €180 million")[0] is None


def test_copies_sold_since_launch_are_a_running_total() -> None:
    text = "Tomas Penrow's novel has now sold more than 100,000 copies since it came out."
    assert (_reading(text, "more than 100,000")[1] or "").endswith("(to date)")
    assert not _findings(
        text, "Tomas Penrow's novel rose to No. 3 on the chart, selling 14,200 copies."
    )


def test_a_separate_ranking_lends_no_board() -> None:
    assert not _findings(
        "Harbour Bank came fourth in Aldgate Research's 2026 Banking Satisfaction Study.",
        "Harbour Bank, a lender, grew deposits by 4% this year. Harbour Bank also placed "
        "second in the study's separate ranking of banking apps.",
    )
