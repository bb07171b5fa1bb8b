"""Round r13: a share price named before the figure ("its listing price of $17"), counted
nouns written two ways ("shops" / "stores", "travellers" / "passengers"), a founder named in
an opening participle, ... (sentences written for these tests, in several domains)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 5, 6)


claims_of = partial(prose.all_claims_of, published=PUBLISHED)
claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- a share price named before the figure -------------------------------------------------


def test_a_listing_price_is_a_price_per_share_not_the_takeover_price() -> None:
    found = claim(
        "Investors who bought Torvane Labs at its 2019 IPO price of $21 have tripled their money.",
        "$21",
    )
    assert found.attribute == "price per share (listing)"


def test_a_closing_price_near_a_takeover_verb_is_not_compared() -> None:
    found = claim(
        "Pellagro agreed to acquire Vindmark, whose closing price of $9.40 on Tuesday was a "
        "two-year low.",
        "$9.40",
    )
    assert found.attribute is None


def test_a_share_price_never_meets_the_value_of_the_deal() -> None:
    assert not contradictions(
        "Halvora agreed to buy Quenby Foods for about $2.3 billion.",
        "Quenby Foods shareholders who bought Quenby Foods at the flotation price of $14 did well.",
    )


# -- counted nouns written two ways ----------------------------------------------------------


def test_shops_traded_from_are_stores_run() -> None:
    assert contradictions(
        "Pinebrook Bakeries runs 132 stores across Scotland.",
        "Pinebrook Bakeries trades from 161 shops, most of them on high streets.",
    )


def test_trading_from_shops_is_no_base_of_a_comparison() -> None:
    found = claim("Pinebrook Bakeries trades from 161 shops in Scotland.", "161")
    assert found.attribute == "count of stores (operates)"


def test_travellers_flown_are_passengers_carried() -> None:
    assert contradictions(
        "Skyrun Airways carried 8.1 million passengers last year.",
        "Skyrun Airways flew 9.6 million travellers last year.",
    )


def test_shops_and_stores_of_different_counts_stay_apart_by_verb() -> None:
    assert not contradictions(
        "Pinebrook Bakeries runs 132 stores across Scotland.",
        "Pinebrook Bakeries opened 16 shops in Scotland.",
    )


# -- a founder named in an opening participle --------------------------------------------------


def test_the_founder_of_an_opening_participle_is_not_the_subject() -> None:
    found = claim(
        "Founded in 1998 by former chef Marta Oyelaran, Kitchenly operates 75 restaurants.",
        "75",
    )
    assert found.subject == "Kitchenly"


def test_a_pronoun_after_an_opening_participle_refers_to_the_company_not_its_backer() -> None:
    found = claim(
        "Backed by Norrland Capital since 2019, Voltaro makes heat pumps. "
        "It employs about 640 people.",
        "about 640",
    )
    assert found.subject == "Voltaro"
