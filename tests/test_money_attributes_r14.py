"""Attributes of money still missed (round r14): a lender's net interest income is a figure
of its own (sentences written for these tests, fictional names)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 3, 12)

claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- a lender's net interest income -------------------------------------------------------

CLIMBED = "Wexley Savings said its net interest income rose to $3.4 billion in 2024."
WHOSE = (
    "Wexley Savings reported on Tuesday. The lender, whose net interest income reached "
    "$2.9 billion in 2024, plans to open new branches."
)
PROFIT = "Wexley Savings said its net income rose to $2.9 billion in 2024."


def test_net_interest_income_is_an_attribute_of_its_own() -> None:
    found = claim(CLIMBED, "$3.4 billion")
    assert found.attribute == "net_interest_income"


def test_two_net_interest_incomes_of_one_year_meet() -> None:
    assert contradictions(CLIMBED, WHOSE) == [("$3.4 billion", "$2.9 billion")]


def test_net_interest_income_never_meets_net_income() -> None:
    assert claim(PROFIT, "$2.9 billion").attribute == "profit"
    assert contradictions(CLIMBED, PROFIT) == []


# -- a relative clause that closes the sentence is the name's -----------------------------

RIVAL = (
    "The figures leave Wexley Savings well ahead of its nearest rival, Hooli Bank, which on "
    "Monday reported 2024 net interest income of $1.1 billion and warned of thinner margins."
)


def test_a_figure_in_a_closing_relative_clause_is_the_names() -> None:
    found = claim(RIVAL, "$1.1 billion")
    assert (found.subject, found.attribute) == ("Hooli Bank", "net_interest_income")


def test_a_rivals_figure_never_meets_the_sentence_subjects() -> None:
    assert contradictions(CLIMBED, RIVAL) == []


# -- a noun out of the words counted does not take a weak cue from the figure -------------


def test_a_noun_beyond_the_counted_words_leaves_a_weak_cue_to_the_figure() -> None:
    from factcheck import context as c
    from factcheck.extract import find_mentions

    # (the words of a closed relative clause are not counted since stop 17, so the filler
    # is plain words)
    text = "sales valued at the figure the two sides set, $7 billion"
    mention = next(m for m in find_mentions(text, None) if m.text == "$7 billion")
    rules = c.default_attribute_rules()["money"]
    found = c._find_cue(text, mention, rules, 0, len(text), 8)
    assert found is not None and found.name == "valuation"
