"""Subject, attribute and period rules for wire, trade and newsletter prose (the rounds
fitted to independent editors' corpora 6, 8 and 9), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from prose import claims_of, findings_of

import factcheck
from factcheck import Document, Kind

# -- quarters, forecasts, fines, short names, foundings, takeovers, plants --


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Pellam Foods made a pre-tax profit of $96m in the three months to June 30.", "2025-Q2"),
        (
            "Pellam Foods made a pre-tax profit of $96m for the quarter ended September 30.",
            "2024-Q3",
        ),
        ("In the three months to March 31, Pellam Foods made a pre-tax profit of $96m.", "2025-Q1"),
        # no calendar quarter ends in May: the span is three months, not a quarter
        ("Pellam Foods made a pre-tax profit of $96m in the three months to May 31.", None),
        # six months are no quarter
        ("Pellam Foods made a pre-tax profit of $96m in the six months to June 30.", None),
    ],
)
def test_a_quarter_named_by_its_last_day(text: str, period: str | None) -> None:
    (claim,) = claims_of(text)
    assert claim.attribute is not None and claim.attribute.startswith("pretax_profit")
    assert (str(claim.period) if claim.period else None) == period


def test_a_quarter_named_by_its_last_day_meets_the_named_quarter() -> None:
    found = findings_of(
        "Pellam Foods made a pre-tax profit of $96m in the three months to June 30.",
        "Pellam Foods shares rose after second-quarter pre-tax profit of $121m.",
    )
    assert len(found) == 1 and str(found[0].a.period) == "2025-Q2"


@pytest.mark.parametrize(
    "text",
    [
        "Pellam Foods shares rose after second-quarter pre-tax profit of $121m beat forecasts.",
        "Pellam Foods shares rose after second-quarter pre-tax profit of $121m came in ahead "
        "of analysts' expectations.",
        "Pellam Foods said second-quarter pre-tax profit of $121m topped the consensus.",
    ],
)
def test_a_figure_that_beat_forecasts_is_the_outcome(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.attribute == "pretax_profit"
    assert str(claim.period) == "2025-Q2"


def test_a_forecast_itself_is_still_no_fact() -> None:
    (claim,) = claims_of(
        "Analysts forecast second-quarter pre-tax profit of $121m at Pellam Foods."
    )
    assert claim.attribute is None


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("The regulator fined Dunmere Chemicals £6.4m over the 2021 spill at its plant.", None),
        ("Dunmere Chemicals agreed a $3m settlement for its 2019 data breach.", None),
        ("The regulator fined Dunmere Chemicals £6.4m in 2023.", "2023"),
    ],
)
def test_a_date_of_the_offence_is_no_period_of_the_fine(text: str, period: str | None) -> None:
    (claim,) = claims_of(text)
    assert (claim.subject, claim.attribute) == ("Dunmere Chemicals", "fine")
    assert (str(claim.period) if claim.period else None) == period


def test_a_brand_alone_is_the_full_name_its_document_wrote_first() -> None:
    found = findings_of(
        "Dunmere Chemicals lifted output in the first half. The regulator said Dunmere will "
        "pay a fine of £6.4m.",
        "The regulator has fined Dunmere Chemicals £4.9m.",
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the brand alone comes first: the longer name may be a product of it
        "The regulator said Dunmere will pay a fine of £6.4m. Dunmere Cloud sales rose to £80m.",
        # two longer names: which one is meant is unsaid
        "Dunmere Ventures raised £20m in 2023. Dunmere Chemicals made revenue of £300m in "
        "2024. The regulator said Dunmere will pay a fine of £6.4m.",
    ],
)
def test_a_brand_alone_stays_alone_when_its_document_is_unclear(text: str) -> None:
    assert findings_of(text, "The regulator has fined Dunmere Chemicals £4.9m.") == []


def dates_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.subject, c.attribute) for c in claims_of(text, Kind.DATE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dunmere Chemicals was set up in 1987 by two engineers.", "Dunmere Chemicals"),
        # a founding in an appositive is the described name's, not its founders'
        (
            "Investors backed Pellam, the seed-data business Ines Varga and Joel Amari set up "
            "in 2016, which now sells in nine countries.",
            "Pellam",
        ),
        (
            "Investors backed Pellam, the seed-data business Ines Varga founded in 2016, which "
            "now sells in nine countries.",
            "Pellam",
        ),
    ],
)
def test_set_up_in_is_a_founding(text: str, expected: str) -> None:
    founded = [(subject, attribute) for _, subject, attribute in dates_of(text) if attribute]
    assert founded == [(expected, "date founded")]


@pytest.mark.parametrize(
    "text",
    [
        "Dunmere Chemicals set up a research lab in 2015.",  # the lab's, not a founding
        "Dunmere Chemicals set up its first plant in Leeds in 2015.",
    ],
)
def test_setting_something_up_is_no_founding(text: str) -> None:
    assert all(attribute is None for _, _, attribute in dates_of(text))


@pytest.mark.parametrize(
    ("text", "subject", "attribute"),
    [
        (
            "Pellam Foods will be bought by Harlow Group in a transaction that puts an enterprise "
            "value of $1.9 billion on the company.",
            "Pellam Foods",
            "acquisition_price",
        ),
        (
            "Harlow Group agreed to acquire Pellam Foods at an enterprise value of about "
            "$1.9 billion.",
            "Pellam Foods",
            "acquisition_price",
        ),
        # no takeover: a measure of the company, not a price
        ("Pellam Foods has an enterprise value of $1.9 billion.", "Pellam Foods", None),
    ],
)
def test_the_enterprise_value_a_takeover_puts_on_a_company_is_its_price(
    text: str, subject: str, attribute: str | None
) -> None:
    (claim,) = claims_of(text)
    assert claim.attribute == attribute
    if attribute:
        assert claim.subject == subject


def capacities(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.subject, c.attribute) for c in claims_of(text, Kind.QUANTITY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarrow Energy approved its Kelda Sands offshore wind farm on Monday.\n\n"
            "The 900-megawatt project will use 60 turbines.",
            [("900-megawatt", "Kelda Sands", "capacity")],
        ),
        (
            "Work began on the base from which Tarrow Energy will run Kelda Sands, its 700MW "
            "wind farm.",
            [("700MW", "Kelda Sands", "capacity")],
        ),
        (
            "Tarrow Energy's 500MW Brisk Moor solar park opened in May.",
            [("500MW", "Brisk Moor", "capacity")],
        ),
        # a company has many plants: the plant must be named
        ("Tarrow Energy runs a 500MW wind farm in the north.", [("500MW", None, None)]),
        ("The 900-megawatt project will use 60 turbines.", [("900-megawatt", None, None)]),
        # no plant noun: a turbine's rating is no plant's capacity
        ("Tarrow Energy will use turbines rated at 15 megawatts.", [("15 megawatts", None, None)]),
    ],
)
def test_a_power_on_a_plant_noun_is_the_named_plants_capacity(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    got = capacities(text)
    assert [(t, s if a else None, a) for t, s, a in got] == expected


def test_two_capacities_of_one_plant_meet() -> None:
    found = findings_of(
        "Tarrow Energy approved its Kelda Sands offshore wind farm.\n\n"
        "The 900-megawatt project will use 60 turbines.",
        "Tarrow Energy will run Kelda Sands, its 700MW wind farm.",
    )
    assert len(found) == 1
    assert found[0].a.subject == "Kelda Sands"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarrow Energy approved its Kelda Sands offshore wind farm, committing to spend "
            "£2.1 billion on one of the largest projects in the region.",
            ("£2.1 billion", "Kelda Sands", "cost"),
        ),
        (
            "Capital went on the group's share of Kelda Sands, the wind farm Tarrow Energy is "
            "building. Brisk Power owns 40 per cent of the £2.6bn project.",
            ("£2.6bn", "Kelda Sands", "cost"),
        ),
        # "a" project is a new one, named nowhere
        (
            "Tarrow Energy approved its Kelda Sands wind farm. It is also weighing a £900m "
            "project in the south.",
            ("£900m", None, None),
        ),
        # spending that is not on a plant stays the company's
        (
            "Tarrow Energy approved its Kelda Sands wind farm and will spend £300m on grid "
            "upgrades.",
            ("£300m", None, None),
        ),
    ],
)
def test_a_sum_on_a_plant_is_the_named_plants_cost(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    (claim,) = [c for c in claims_of(text) if c.text == expected[0]]
    if expected[2] is None:
        assert claim.attribute != "cost"
    else:
        assert (claim.text, claim.subject, claim.attribute) == expected


# -- founders, "--" datelines, days of saying, month-end counts, volumes --


def test_an_opening_participle_founded_by_people_is_the_company_founding() -> None:
    (claim,) = claims_of(
        "Founded in 2011 by Helena Marsh and Pieter Dorn, two former engineers, Brivolt "
        "makes battery packs for delivery vans.",
        Kind.DATE,
    )
    assert (claim.subject, claim.attribute) == ("Brivolt", "date founded")


def test_founding_years_after_a_by_phrase_meet_the_company_elsewhere() -> None:
    found = findings_of(
        "Founded in 2011 by Helena Marsh and Pieter Dorn, Brivolt makes battery packs.",
        "Brivolt, the battery maker founded in 2014, is hiring in Lyon.",
    )
    assert [f.a.attribute for f in found] == ["date founded"]


def test_a_double_hyphen_dateline_is_no_subject() -> None:
    (claim,) = claims_of(
        "OSLO, May 6 (Fjord Business Wire) -- Brivolt said it shipped 41,000 battery packs "
        "in 2024.",
        Kind.COUNT,
    )
    assert claim.subject == "Brivolt"


@pytest.mark.parametrize(
    "dateline",
    [
        "OSLO, 6 May (Fjord Business Wire) - ",  # the day before the month
        "BERGEN, Norway - ",  # a city and its country or state, no date
        "SPOKANE, Wash. - ",
        "BERGEN - ",  # a city alone, before a sentence that starts with a capital
    ],
)
def test_a_dateline_without_a_month_day_is_no_subject(dateline: str) -> None:
    text = dateline + "Brivolt, a maker of battery packs, said it shipped 41,000 packs in 2024."
    (claim,) = claims_of(text, Kind.COUNT)
    assert claim.subject == "Brivolt"


def test_a_capitalised_name_before_a_dash_is_no_dateline() -> None:
    (claim,) = claims_of("BRIVOLT - the pack maker shipped 41,000 packs in 2024.", Kind.COUNT)
    assert claim.subject == "BRIVOLT"


def test_a_day_before_a_subject_pronoun_dates_the_saying_not_the_sales() -> None:
    (claim,) = claims_of(
        "Korvast Brewing said on Tuesday it sold 3.2 million hectolitres of lager in 2024.",
        Kind.QUANTITY,
        published=dt.date(2025, 3, 4),
    )
    assert str(claim.period) == "2024"


def test_a_month_a_company_ended_with_a_count_is_its_period() -> None:
    (claim,) = claims_of(
        "Brivolt ended March with 52,000 paying subscribers, up from 40,000 a year earlier.",
        Kind.COUNT,
        published=dt.date(2025, 4, 20),
    )[:1]
    assert str(claim.period) == "2025-03"


def test_ended_month_with_meets_the_end_of_that_month() -> None:
    found = findings_of(
        "Harlow Press Group ended March with 52,000 paying subscribers.",
        "Harlow Press Group had 47,000 paying subscribers at the end of March.",
        published=dt.date(2025, 4, 20),
    )
    assert len(found) == 1 and str(found[0].a.period) == "2025-03"


def test_a_relative_year_after_what_a_volume_is_of_scopes_it() -> None:
    (claim,) = claims_of(
        "Korvast Brewing sold 2.6 billion litres of lager and stout last year.",
        Kind.QUANTITY,
        published=dt.date(2025, 11, 4),
    )
    assert str(claim.period) == "2024"


def test_the_brewer_opening_a_sentence_refers_back() -> None:
    (claim,) = claims_of(
        "On Monday, Harlow Brewing Group cut its outlook. The brewer, which sold 2.6 billion "
        "litres of lager in 2024, kept its guidance.",
        Kind.QUANTITY,
        published=dt.date(2025, 11, 4),
    )
    assert claim.subject == "Harlow Brewing Group"


# -- descriptions, provisions, places, particles, foundings, wire-lead fines --


@pytest.mark.parametrize(
    "text",
    [
        "Ferry operator Orlan Sea Lines posted a second-quarter net profit of $71 million.",
        "OSLO, May 3 (Wire) - Ferry operator Orlan Sea Lines posted a second-quarter net "
        "profit of $71 million.",
        "Budget hotel chain Orlan Sea Lines posted a second-quarter net profit of $71 million.",
    ],
)
def test_a_capitalised_description_word_opening_the_sentence_is_no_subject(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.subject == "Orlan Sea Lines"


@pytest.mark.parametrize(
    "text",
    [
        "Norway's biggest salmon farmer, Orlan Fisk, has been fined $12 million by the "
        "food safety regulator.",
        "Spain's second-largest bank by assets, Orlan Fisk, posted a net profit of $12 million.",
    ],
)
def test_a_possessive_description_then_a_name_is_about_the_name(text: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.text.startswith("$12")]
    assert claim.subject == "Orlan Fisk"


def test_a_participle_after_a_described_name_is_about_that_name() -> None:
    (claim,) = claims_of(
        "The mill buys most of its pulp from Orlan Fisk, the supplier hit with a $9 million "
        "fine by the regulator for price fixing."
    )
    assert claim.subject == "Orlan Fisk" and claim.attribute == "fine"


@pytest.mark.parametrize(
    "text",
    [
        "Orlan Fisk has set aside a total of $20 million to cover the fine and legal costs.",
        "Orlan Fisk earmarked $20 million for the penalty.",
    ],
)
def test_a_sum_set_aside_for_a_fine_is_not_the_fine(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.attribute is None


def test_a_sum_set_aside_does_not_contradict_the_fine() -> None:
    docs = [
        Document(
            "a.md",
            "Orlan Fisk was fined $18.5 million by the regulator.",
            published=dt.date(2026, 5, 1),
        ),
        Document(
            "b.md",
            "Orlan Fisk has set aside a total of $20 million to cover the fine and legal costs.",
            published=dt.date(2026, 6, 1),
        ),
    ]
    assert [f for f in factcheck.check(docs).findings if f.b is not None] == []


def test_a_relative_clause_after_a_place_ranks_the_name_before_the_place() -> None:
    (claim,) = claims_of(
        "Its best-known partner is Marlow Music Academy in Bristol, which ranks 8th in "
        "the Orlan Conservatoire Index 2026.",
        Kind.RANK,
    )
    assert claim.item == "Marlow Music Academy"


@pytest.mark.parametrize(
    "text",
    [
        "Orlan Homes handed over 4,120 homes in 2025.",
        "Orlan Homes turned over £1.2 billion in 2025.",
    ],
)
def test_over_after_its_verb_is_no_hedge(text: str) -> None:
    report = factcheck.check([Document("t.md", text, published=dt.date(2026, 3, 1))])
    (claim,) = [c for c in report.claims if c.kind in (Kind.COUNT, Kind.MONEY)]
    assert claim.text in ("4,120", "£1.2 billion")


def test_over_as_a_hedge_stays_a_hedge() -> None:
    report = factcheck.check(
        [
            Document(
                "t.md", "Orlan Homes sold over 4,120 homes in 2025.", published=dt.date(2026, 3, 1)
            )
        ]
    )
    (claim,) = [c for c in report.claims if c.kind is Kind.COUNT]
    assert claim.text == "over 4,120"


def test_homes_handed_over_are_homes_completed() -> None:
    docs = [
        Document(
            "a.md", "Orlan Homes completed 4,120 homes in 2025.", published=dt.date(2026, 3, 1)
        ),
        Document(
            "b.md", "Orlan Homes handed over 3,480 homes last year.", published=dt.date(2026, 4, 1)
        ),
    ]
    found = [f for f in factcheck.check(docs).findings if f.b is not None]
    assert len(found) == 1 and found[0].a.attribute == "count of homes (completed)"


def test_an_opening_participle_founds_the_name_after_its_comma_not_a_place_inside_it() -> None:
    (claim,) = claims_of(
        "Founded in 1994 as a single bakery in Whitby, Orlan Foods has grown into a national "
        "chain.",
        Kind.DATE,
    )
    assert (claim.subject, claim.attribute) == ("Orlan Foods", "date founded")


def test_a_year_compound_description_dates_the_previous_subject() -> None:
    claims = claims_of(
        "Orlan Foods rose 2% after a trading update showed EBITDA ahead of plan. The "
        "1994-founded bakery chain, which runs about 400 shops, said it expected growth.",
        Kind.DATE,
    )
    (claim,) = [c for c in claims if c.text == "1994"]
    assert (claim.subject, claim.attribute) == ("Orlan Foods", "date founded")


def test_a_fine_reported_in_the_present_perfect_takes_its_datelines_month() -> None:
    docs = [
        Document(
            "a.md",
            "OSLO, March 12 (Wire) - Orlan Fisk has been fined $18.5 million by the food "
            "safety regulator for mislabelling salmon.",
            published=dt.date(2026, 3, 12),
        ),
        Document(
            "b.md",
            "Orlan Fisk, the farmer hit with a $15 million penalty by the regulator in March, "
            "said exports rose.",
            published=dt.date(2026, 5, 1),
        ),
    ]
    found = [f for f in factcheck.check(docs).findings if f.b is not None]
    assert len(found) == 1 and str(found[0].a.period) == "2026-03"


def test_a_fine_in_a_lead_without_a_dateline_keeps_no_period() -> None:
    (claim,) = claims_of(
        "Orlan Fisk has been fined $18.5 million by the food safety regulator.",
        published=dt.date(2026, 3, 12),
    )
    assert claim.attribute == "fine" and claim.period is None


# -- "X's rival Y": the company named after a relation noun is the subject --


def test_a_rival_named_after_a_possessive_is_the_subject() -> None:
    (claim,) = claims_of(
        "Calloway's rival Pemberton Robotics has closed a $60 million Series B, according to "
        "a person familiar with the round."
    )
    assert claim.subject == "Pemberton Robotics"


def test_a_rivals_round_does_not_contradict_the_owners() -> None:
    own = "Calloway Robotics said on Monday it had raised $85 million in a Series B round."
    rival = "Calloway's rival Pemberton Robotics has closed a $60 million Series B."
    assert findings_of(own, rival) == []
    # the same two sums for one company are a contradiction
    assert len(findings_of(own, "Calloway Robotics has closed a $60 million Series B.")) == 1


# -- a kind of fee is its own figure --


def test_a_break_fee_never_meets_other_fees() -> None:
    assert (
        findings_of(
            "Dunlow Media would owe Brightcast a break fee of $85 million if it accepted a "
            "rival offer.",
            "Dunlow Media collected $455 million in carriage fees from cable distributors.",
        )
        == []
    )


def test_the_same_kind_of_fee_still_meets() -> None:
    (finding,) = findings_of(
        "Dunlow Media would owe Brightcast a break fee of $85 million.",
        "Dunlow Media would owe Brightcast a break fee of $120 million.",
    )
    assert finding.a.attribute == "fee (break)"


# -- a count that sizes a thing ("a 14-screen venue") is no count of the subject --


def test_the_size_of_a_venue_is_no_count_of_the_company() -> None:
    texts = (
        "Roxbury Cinemas turned the site of its first cinema into a 14-screen venue.",
        "Roxbury Cinemas was founded in 1990 by two brothers who converted a depot into a "
        "four-screen cinema.",
    )
    assert findings_of(*texts) == []
    (size,) = claims_of(texts[0], Kind.COUNT)
    assert size.attribute is None


def test_counts_of_screens_the_company_runs_still_meet() -> None:
    (finding,) = findings_of(
        "Roxbury Cinemas operates 140 screens across the country.",
        "Roxbury Cinemas operates 210 screens across the country.",
    )
    assert finding.a.attribute is not None and finding.a.attribute.startswith("count of screens")


def test_a_product_named_after_its_description_is_the_subject() -> None:
    text = (
        "Marbury Pharma's second-largest product, the kidney drug Zentolide, had 2024 sales "
        "of $640 million, up 18%."
    )
    (claim,) = claims_of(text)
    assert claim.subject == "Zentolide"
    company = "Marbury Pharma's total revenue rose 5% to $6.3 billion in 2024."
    assert findings_of(company, text) == []
