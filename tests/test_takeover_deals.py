"""The value of a deal between two parties is the takeover price of the one the corpus says
the other bought (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

from factcheck import Document

PUBLISHED = dt.date(2026, 4, 2)

contradictions = partial(prose.contradictions, published=PUBLISHED)

BOUGHT = "Wendmoor Group agreed to buy Heron Fasteners for $2 billion, the companies said."
DEAL = (
    "Wendmoor Group's deal with Heron Fasteners is worth $2.6 billion, according to people "
    "familiar with the matter."
)


def test_a_deal_between_buyer_and_bought_is_the_takeover_price() -> None:
    assert contradictions(BOUGHT, DEAL) == [("$2 billion", "$2.6 billion")]


def test_a_deal_that_agrees_with_the_price_is_no_contradiction() -> None:
    same = "Wendmoor Group's deal with Heron Fasteners is worth about $2 billion, analysts said."
    assert contradictions(BOUGHT, same) == []


def test_a_deal_with_a_company_someone_else_bought_stays_a_deal() -> None:
    # Heron was bought by Tarrow, not by Wendmoor: Wendmoor's deal with Heron is a supply
    # deal, not a price for Heron
    bought_by_other = "Tarrow Industries agreed to buy Heron Fasteners for $2 billion."
    supply = "Wendmoor Group's deal with Heron Fasteners is worth $300 million a year."
    assert contradictions(bought_by_other, supply) == []
    flat = "Wendmoor Group's deal with Heron Fasteners is worth $300 million."
    assert contradictions(bought_by_other, flat) == []


def test_a_deal_whose_parties_both_were_bought_stays_a_deal() -> None:
    # the corpus says each bought the other: which price the deal is, is unsaid
    other_way = "Heron Fasteners agreed to buy Wendmoor Group for $5 billion."
    assert contradictions(BOUGHT, other_way, DEAL) == []


def test_deals_read_as_takeovers_the_same_way_on_dask() -> None:
    import dask
    import dask.bag as db

    import factcheck
    import factcheck.dask as fd

    docs = [Document(f"d{i}.md", t, published=PUBLISHED) for i, t in enumerate((BOUGHT, DEAL))]
    expected = factcheck.check(docs)
    assert any(f.b is not None for f in expected.findings)
    with dask.config.set(scheduler="synchronous"):
        got = fd.check(db.from_sequence(docs, npartitions=2))
    assert sorted(map(repr, got.findings)) == sorted(map(repr, expected.findings))


def test_the_day_a_takeover_was_agreed_does_not_date_its_price() -> None:
    agreed = "Wendmoor Group agreed on Monday to buy Heron Fasteners for $2 billion."
    price = prose.claim(agreed, "$2 billion", published=PUBLISHED)
    assert price.attribute == "acquisition_price" and price.period is None
    later = "Wendmoor Group's takeover of Heron Fasteners is worth $2.6 billion including debt."
    assert contradictions(agreed, later) == [("$2 billion", "$2.6 billion")]
    # a quarter glued to the cue still scopes it
    quarter = "Heron Fasteners posted fourth-quarter revenue of $200 million."
    assert prose.claim(quarter, "$200 million", published=PUBLISHED).period is not None
