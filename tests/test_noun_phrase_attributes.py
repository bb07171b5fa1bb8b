"""Attributes and events read from a figure's own noun phrase ("the £4m fine imposed by
...", "a $2bn bond sale", "310,000 barrels of crude", "Set up in 1987, the brewer ..."), on
sentences written for these tests in several domains."""

from __future__ import annotations

import pytest
from prose import claims_of, findings_of

import factcheck
from factcheck import Kind

# -- "against" after a verb or noun of contesting governs what is contested --


@pytest.mark.parametrize(
    "text",
    [
        "Brightwell Airways said it would not appeal against the $9.2m penalty set by the "
        "aviation authority.",
        "Brightwell Airways lodged a challenge against the $9.2m fine on Friday.",
        "Brightwell Airways has campaigned against the $9.2m penalty since spring.",
    ],
)
def test_a_contested_penalty_is_no_base_of_a_comparison(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.attribute == "fine"
    assert claim.subject == "Brightwell Airways"


def test_against_after_a_figure_is_still_a_base() -> None:
    profit, base = claims_of(
        "Brightwell Airways made an operating profit of $41 million, against $33 million "
        "the year before."
    )
    assert profit.attribute == "operating_profit"
    assert base.attribute is None


# -- a founding or launch participle dates the noun it attaches to --


def dates_of(text: str) -> list[factcheck.Claim]:
    return [c for c in claims_of(text, Kind.DATE) if c.attribute]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Kessler Foods sold 4,000 crates in May. Founded in 1987, the grocer now trades "
            "in nine regions.",
            "date founded",
        ),
        (
            "Kessler Foods sold 4,000 crates in May. Set up in 1987 by two brothers, it now "
            "trades in nine regions.",
            "date founded",
        ),
        (
            "Kessler Foods sold 4,000 crates in May. The family grocer, founded in 1987 by "
            "Ann Hale and Ben Ives, trades in nine regions.",
            "date founded",
        ),
        (
            "Kessler Foods sold 4,000 crates in May. Launched in 1987, the app now has "
            "nine regional versions.",
            "date released",
        ),
        # a year compounded with the participle, in a description after an opening adjunct
        (
            "Kessler Foods sold 4,000 crates in May. In June, the 1987-founded grocer said "
            "trade was flat.",
            "date founded",
        ),
    ],
)
def test_a_participle_on_a_description_dates_the_previous_subject(text: str, event: str) -> None:
    (claim,) = dates_of(text)
    assert (claim.subject, claim.attribute) == ("Kessler Foods", event)


def test_a_participle_before_a_name_is_still_that_names() -> None:
    (claim,) = dates_of(
        "Kessler Foods sold 4,000 crates in May. Founded in 1987, Brisk Dairy trades in "
        "nine regions."
    )
    assert (claim.subject, claim.attribute) == ("Brisk Dairy", "date founded")


def test_two_founding_participles_on_descriptions_contradict() -> None:
    found = findings_of(
        "Kessler Foods sold 4,000 crates in May. Founded in 1987, the grocer now trades in "
        "nine regions.",
        "Kessler Foods opened a depot. The family grocer, founded in 1991 by Ann Hale, "
        "trades in nine regions.",
    )
    assert len(found) == 1 and found[0].a.attribute == "date founded"


# -- the head noun of a money figure's own noun phrase names its attribute --


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("Harlow Rail accepted the £7.5m penalty imposed by the safety board.", "fine"),
        ("Harlow Rail will not fight the £7.5m civil penalty.", "fine"),
        # "sale" is a cue of a takeover; the phrase's head is a bond sale
        ("Harlow Rail agreed to buy Fenmoor Trains, funded by a $2bn bond sale.", "bond_issue"),
        ("Harlow Rail made its 3.2bn-euro bid for Fenmoor Trains public.", "bid"),
        # "takeover" is the modifier, "bid" the head: an offer, not the price paid
        ("Harlow Rail lodged a £3.2bn takeover bid for Fenmoor Trains.", "bid"),
        ("Harlow Rail paid a £40m special dividend to its owners.", "dividend"),
        ("Harlow Rail booked a $38 million impairment charge on its freight arm.", "write_down"),
        ("Harlow Rail drew on a $500m credit facility.", "loan"),
    ],
)
def test_the_head_noun_names_the_attribute(text: str, attribute: str) -> None:
    (claim,) = claims_of(text)
    assert claim.attribute == attribute


def test_a_verb_form_ends_the_noun_phrase() -> None:
    (claim,) = claims_of("Harlow Rail took a $5m charge covering fines.")
    assert claim.attribute != "fine"


def test_a_bid_never_meets_the_price_paid() -> None:
    found = findings_of(
        "Harlow Rail lodged a £3.2bn takeover bid for Fenmoor Trains.",
        "Harlow Rail agreed to buy Fenmoor Trains for £3.6bn.",
    )
    assert found == []


def test_undated_bond_sales_are_never_compared() -> None:
    found = findings_of(
        "Harlow Rail launched a $2bn bond sale.",
        "Harlow Rail launched a $3bn bond sale.",
    )
    assert found == []


def test_penalties_named_by_their_head_contradict() -> None:
    found = findings_of(
        "Harlow Rail was fined £7.5 million by the safety board.",
        "Harlow Rail said it would not appeal against the £9.1m penalty imposed by the "
        "safety board.",
    )
    assert len(found) == 1 and found[0].a.attribute == "fine"


def test_users_can_add_heads() -> None:
    from factcheck.context import load_attribute_rules

    rules = load_attribute_rules(
        {"money": {"royalty": {"cumulative": True, "heads": ["royalty", "royalty payment"]}}}
    )
    (rule,) = rules["money heads"]
    assert rule.name == "royalty" and rule.cumulative
    assert rule.pattern.fullmatch("royalty payment") and not rule.pattern.fullmatch("payment")


# -- a count of near-synonymous nouns with the same modifiers is one count --


def counts_of(text: str) -> list[factcheck.Claim]:
    return [c for c in claims_of(text, Kind.COUNT) if c.attribute]


def test_customers_and_subscribers_with_one_modifier_are_one_count() -> None:
    (a,) = counts_of("Tarn Energy had 2.1 million broadband subscribers at the end of June.")
    (b,) = counts_of("Tarn Energy ended June with 2.4 million broadband customers.")
    assert a.attribute == b.attribute == "count of broadband subscribers"
    found = findings_of(
        "Tarn Energy had 2.1 million broadband subscribers at the end of June.",
        "Tarn Energy ended June with 2.4 million broadband customers.",
    )
    assert len(found) == 1


def test_bare_customers_stay_apart_from_subscribers() -> None:
    (claim,) = counts_of("Tarn Energy had 2.1 million customers at the end of June.")
    assert claim.attribute == "count of customers"


def test_users_are_never_subscribers() -> None:
    (claim,) = counts_of("Tarn Energy had 2.1 million broadband users at the end of June.")
    assert claim.attribute == "count of broadband users"


# -- a quantity with no cue is a quantity of the noun after its unit --


def quantities_of(text: str) -> list[factcheck.Claim]:
    return [c for c in claims_of(text, Kind.QUANTITY) if c.attribute]


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        (
            "Quarry Hill Cooperative took in 3.1 million tonnes of grain in 2024.",
            "quantity (grain)",
        ),
        # a conversion in parentheses between the unit and "of"
        (
            "The Ashby depot offers 640,000 sq ft (59,500 sq m) of warehouse space.",
            "quantity (warehouse space)",
        ),
        # the word before the head is kept, an adjective before that is not
        ("The contract covers 22km of new tram line.", "quantity (tram line)"),
        # a rate keeps its time unit: "a day", "per day" and "daily" are one rate
        ("Ridgeway Water lost 95 megalitres of water a day in 2024.", "losses (water) (per day)"),
        (
            "Ridgeway Water supplied 610 megalitres of water per day in 2024.",
            "quantity (water) (per day)",
        ),
    ],
)
def test_a_quantity_is_what_it_measures(text: str, attribute: str) -> None:
    (claim,) = quantities_of(text)
    assert claim.attribute == attribute


@pytest.mark.parametrize(
    "text",
    [
        # coordinated nouns: the head is further on
        "Ridgeway Power ended 2024 with 13 GW of wind and solar capacity.",
        "Quarry Hill Cooperative took in 3.1 million tonnes of wheat and barley in 2024.",
        # a place narrows it
        "Quarry Hill Cooperative took in 3.1 million tonnes of grain at its Dunmow site.",
        # nothing named after the unit
        "Quarry Hill Cooperative took in 3.1 million tonnes in 2024.",
    ],
)
def test_no_quantity_attribute_without_its_own_noun(text: str) -> None:
    assert quantities_of(text) == []


def test_quantities_of_one_thing_contradict_and_of_two_do_not() -> None:
    found = findings_of(
        "Quarry Hill Cooperative took in 3.1 million tonnes of grain in 2024.",
        "Quarry Hill Cooperative handled 2.6 million tonnes of grain in 2024.",
    )
    assert len(found) == 1 and found[0].a.attribute == "quantity (grain)"
    assert findings_of(
        "Quarry Hill Cooperative took in 3.1 million tonnes of grain in 2024.",
        "Quarry Hill Cooperative took in 2.6 million tonnes of fertiliser in 2024.",
    ) == []


def test_exports_never_meet_the_whole() -> None:
    assert findings_of(
        "Quarry Hill Cooperative took in 3.1 million tonnes of grain in 2024.",
        "Quarry Hill Cooperative exported 0.9 million tonnes of grain in 2024.",
    ) == []


def test_a_rate_never_meets_a_total() -> None:
    assert findings_of(
        "Ridgeway Water supplied 610 megalitres of water a day in 2024.",
        "Ridgeway Water supplied 223,000 megalitres of water in 2024.",
    ) == []


# -- a date that modifies an event noun is that event's date --


@pytest.mark.parametrize(
    ("text", "subject", "event"),
    [
        ("Shares in Pellam Foods have doubled since its 2015 IPO.", "Pellam Foods", "date listed"),
        (
            "Pellam Foods makes cheese. The company's 2015 flotation raised little.",
            "Pellam Foods",
            "date listed",
        ),
        ("Pellam Foods has grown fast since its 2011 launch.", "Pellam Foods", "date released"),
        (
            "Pellam Foods has cut costs since its 2019 purchase of Brisk Dairy.",
            "Brisk Dairy",
            "date acquired",
        ),
    ],
)
def test_a_date_before_an_event_noun_dates_the_event(text: str, subject: str, event: str) -> None:
    (claim,) = dates_of(text)
    assert (claim.subject, claim.attribute) == (subject, event)


@pytest.mark.parametrize(
    "text",
    [
        # the head is "wave", not the acquisition
        "Pellam Foods grew in the 2019 acquisition wave.",
        # nothing says whose
        "Pellam Foods grew after a 2015 IPO.",
    ],
)
def test_no_event_without_its_head_or_owner(text: str) -> None:
    assert dates_of(text) == []


def test_two_listing_years_contradict() -> None:
    found = findings_of(
        "Shares in Pellam Foods have doubled since its 2015 IPO.",
        "Pellam Foods went public in 2017.",
    )
    assert len(found) == 1 and found[0].a.attribute == "date listed"


# -- a definite noun phrase in a "that" clause after a past perfect is no earlier event --


def test_a_fine_in_a_clause_after_had_worried_is_still_a_fine() -> None:
    (claim,) = claims_of(
        "Some brokers had feared that the $12 million penalty imposed on Orlen Shipping would "
        "hurt its margins."
    )
    assert claim.attribute == "fine"


def test_a_sum_a_past_perfect_verb_governs_is_still_earlier() -> None:
    (claim,) = claims_of("Orlen Shipping had paid a $12 million penalty for the spill.")
    assert claim.attribute is None
