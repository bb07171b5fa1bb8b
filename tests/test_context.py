"""Subject, attribute and period of figures in sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck import Document, Kind


def money_claims(text: str, published: dt.date = dt.date(2026, 6, 1)) -> list[factcheck.Claim]:
    report = factcheck.check([Document("t.md", text, published=published)])
    return [c for c in report.claims if c.kind is Kind.MONEY]


@pytest.mark.parametrize(
    ("text", "subject", "attribute"),
    [
        ("Acme's deal with Globex is worth $4 billion.", "Acme – Globex", "deal_value"),
        ("Globex signed a $4 billion agreement with Acme.", "Acme – Globex", "deal_value"),
        (
            "Acme announced a partnership with Globex, including a $4 billion investment.",
            "Acme – Globex",
            "deal_value",
        ),
        ("Initech agreed to acquire Globex for $69 billion.", "Globex", "acquisition_price"),
        ("Initech's $75 billion takeover of Globex drew scrutiny.", "Globex", "acquisition_price"),
        ("Acme invested $2 billion in Globex.", "Acme – Globex", "investment"),
        ("Acme raised $110 billion in a funding round.", "Acme", "funding_round"),
        ("Acme reported revenue of $14.2 billion.", "Acme", "revenue"),
        ("Acme posted a profit of $610 million.", "Acme", "profit"),
        ("Acme was valued at $2 billion by investors.", "Acme", "valuation"),
        ("Globex paid $142 per share.", "Globex", "price per share"),
    ],
)
def test_subject_and_attribute(text: str, subject: str, attribute: str) -> None:
    claims = money_claims(text)
    assert len(claims) == 1
    assert (claims[0].subject, claims[0].attribute) == (subject, attribute)


def test_a_deal_with_one_known_party_abstains() -> None:
    (claim,) = money_claims("The startup signed a $4 billion deal last year.")
    assert claim.subject is None


def test_pronoun_and_the_company_refer_to_the_previous_subject() -> None:
    claims = money_claims(
        "Acme raised $110 billion in a funding round. "
        "The company signed a $50 billion deal with Globex."
    )
    assert claims[1].subject == "Acme – Globex"
    claims = money_claims("Initech said sales grew fast. It reported revenue of $3 billion.")
    assert claims[0].subject == "Initech"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Acme made a $1 billion investment in Globex in 2019.", "2019"),
        ("Acme's stake in Globex had grown to $13 billion by 2023.", "by 2023"),
        ("In 2019, Acme invested $1 billion in Globex.", "2019"),
        ("Acme reported revenue of $5 billion in fiscal 2024.", "2024"),
        ("Acme ran tests in 2016 and made a $1B investment in Globex in 2019.", "2019"),
        ("Acme reported revenue of $5 billion.", None),
        # the date of an announcement is not a period that scopes the figure
        (
            "In February, Acme announced a partnership with Globex, "
            "including a $50 billion investment.",
            None,
        ),
        ("Acme's deal with Globex, announced March 2026, is worth $50 billion.", None),
    ],
)
def test_period(text: str, period: str | None) -> None:
    (claim,) = money_claims(text)
    assert (str(claim.period) if claim.period else None) == period


def test_counts_compare_only_the_same_counted_thing() -> None:
    report = factcheck.check(
        [
            Document("a.md", "Acme launched seven new models in June."),
            Document("b.md", "Acme now offers over 11,000 models to customers."),
        ]
    )
    assert [f for f in report.findings if f.type.value == "contradiction"] == []
    counts = {c.text: c.attribute for c in report.claims if c.kind is Kind.COUNT}
    assert counts["seven"] != counts.get("over 11,000")


def test_rank_item_and_board() -> None:
    report = factcheck.check(
        [
            Document(
                "a.md",
                "Zephyr-2 (ranked third on Apex.ai) led. "
                "Later, Zephyr-3 debuted third on the Apex leaderboard.",
            )
        ]
    )
    ranks = [c for c in report.claims if c.kind is Kind.RANK]
    assert [(c.subject, c.item) for c in ranks] == [("Apex", "Zephyr-2"), ("Apex", "Zephyr-3")]
    assert len([f for f in report.findings if f.type.value == "contradiction"]) == 1


def test_coordinated_items_leave_the_rank_without_an_item() -> None:
    report = factcheck.check(
        [
            Document(
                "a.md",
                "Zephyr-2 and Zephyr-3 (both image models, ranked third on Apex.ai) shipped.",
            )
        ]
    )
    (rank,) = [c for c in report.claims if c.kind is Kind.RANK]
    assert rank.item is None


@pytest.mark.parametrize(
    ("text", "subject", "attribute"),
    [
        ("Globex was founded in 1998 in Ohio.", "Globex", "date founded"),
        ("Founded in 1998, Globex makes chips in Ohio.", "Globex", "date founded"),
        ("Acme bought Globex in 2020.", "Globex", "date acquired"),
        ("In 2021, Acme acquired Globex for $5 billion.", "Globex", "date acquired"),
        ("Zephyr-2 was released on May 3, 2025.", "Zephyr-2", "date released"),
        ("Acme released Zephyr-3 in June 2025.", "Zephyr-3", "date released"),
        ("Acme announced results on Monday, June 1, 2026.", None, None),  # announcements recur
    ],
)
def test_dates_of_one_time_events(text: str, subject: str | None, attribute: str | None) -> None:
    report = factcheck.check([Document("t.md", text, published=dt.date(2026, 6, 3))])
    dates = [c for c in report.claims if c.kind is Kind.DATE]
    assert dates
    assert (dates[0].subject, dates[0].attribute) == (subject, attribute)


def test_years_of_an_acquisition_conflict_across_documents() -> None:
    report = factcheck.check(
        [
            Document("a.md", "Acme bought Globex in 2020. Analysts at Initech liked Acme."),
            Document("b.md", "Acme acquired Globex in March 2021, said Initech."),
        ]
    )
    found = [f for f in report.findings if f.type.value == "contradiction"]
    assert len(found) == 1
    assert {found[0].a.text, found[0].b.text} == {"2020", "March 2021"}  # type: ignore[union-attr]


# ------------------------------------------------------------- rules for unseen news
def claims_of(text: str, published: dt.date = dt.date(2026, 2, 13)) -> list[factcheck.Claim]:
    return list(factcheck.check([Document("t.md", text, published=published)]).claims)


def claim(text: str, figure: str, published: dt.date = dt.date(2026, 2, 13)) -> factcheck.Claim:
    return next(c for c in claims_of(text, published) if c.text == figure)


@pytest.mark.parametrize(
    "text",
    [
        "Acme raised $10 million in 2020. The Boston kidney specialist raised $20 million now.",
        "Acme raised $10 million in 2020. The gene-editing start-up raised $20 million now.",
        "Acme raised $10 million in 2020. In June, the company raised $20 million.",
    ],
)
def test_a_definite_description_refers_to_the_previous_subject(text: str) -> None:
    assert claim(text, "$20 million").subject == "Acme"


def test_a_capitalised_name_with_a_generic_head_stays_a_name() -> None:
    text = "Globex said so. The Acme group raised $20 million."
    assert claim(text, "$20 million").subject != "Globex"


def test_a_sentence_opening_with_the_attribute_goes_on_about_the_previous_subject() -> None:
    text = "Acme reported a profit of $1 billion. Revenue in the quarter rose to $6.1 billion."
    found = claim(text, "$6.1 billion")
    assert (found.subject, found.attribute) == ("Acme", "revenue (quarterly)")
    # without an antecedent, or with a name of its own, nothing is borrowed
    assert claim("Revenue rose to $6.1 billion.", "$6.1 billion").subject is None


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        # a cue in the next conjunct or a subordinate clause belongs to another figure
        (
            "Acme's revenue came to $23.4 billion and its net profit to $4.9 billion.",
            "$23.4 billion",
            "revenue",
        ),
        (
            "Acme's deal with Globex is worth $1.4 billion if sales targets are met.",
            "$1.4 billion",
            "deal_value",
        ),
        # a cue that names what is bought counts only with something named after it
        (
            "Acme's pact with Globex, signed in January, is worth $2 billion.",
            "$2 billion",
            "deal_value",
        ),
        ("Acme will pay Globex $150 million upfront.", "$150 million", "upfront_payment"),
        ("The round values Acme at $1.1 billion.", "$1.1 billion", "valuation"),
        # "worth" after a plural noun is what the noun is worth, not the company
        ("Acme said it had orders worth $3.1 billion.", "$3.1 billion", None),
    ],
)
def test_attribute_cues_in_their_clause(text: str, figure: str, attribute: str | None) -> None:
    assert claim(text, figure).attribute == attribute


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        ("Acme's earnings per share were $1.12.", "$1.12", "earnings per share"),
        ("Acme raised its dividend to $0.85 a share.", "$0.85 a share", "dividend per share"),
        ("Acme priced its shares at $24 per share.", "$24 per share", "price per share"),
    ],
)
def test_figures_per_share_are_of_three_kinds(text: str, figure: str, attribute: str) -> None:
    assert claim(text, figure).attribute == attribute


def test_named_funding_rounds_are_different_attributes() -> None:
    report = factcheck.check(
        [
            Document("a.md", "Acme raised an $85 million Series B from healthcare funds."),
            Document("b.md", "Acme raised $220 million in a Series C round led by Globex."),
            Document("c.md", "Acme said it closed a $250 million Series C led by Globex."),
        ]
    )
    rounds = {c.text: (c.subject, c.attribute) for c in report.claims if c.kind is Kind.MONEY}
    assert rounds["$85 million"] == ("Acme", "funding_round (series b)")
    assert rounds["$220 million"] == ("Acme", "funding_round (series c)")
    found = [f for f in report.findings if f.type.value == "contradiction"]
    assert [{f.a.text, f.b.text} for f in found] == [{"$220 million", "$250 million"}]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("For 2026, Acme expects revenue of about $25 billion.", "about $25 billion"),
        ("Acme guided to 2026 revenue of $25 billion.", "$25 billion"),
        ("Acme earned $1.12 a share, ahead of the $1.05 analysts had expected.", "$1.05"),
        ("Acme beat the $25.8 billion consensus.", "$25.8 billion"),
        ("Acme priced above the range of $20 to $22 a share.", "$20 to $22 a share"),
        ("Acme's profit was $1.3 billion, up from $980 million.", "$980 million"),
        ("Acme's profit rose to $1.3 billion from $1.1 billion.", "$1.1 billion"),
        ("Acme's profit was $1.3 billion, compared with $1.1 billion.", "$1.1 billion"),
        ("Acme lost $320m, compared with a $410m loss a year earlier.", "$410m"),
    ],
)
def test_projections_and_comparison_bases_are_not_facts(text: str, figure: str) -> None:
    assert claim(text, figure).attribute is None


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        (
            "Acme holds a 24% share of the U.S. streaming market.",
            "24%",
            "share of streaming market",
        ),
        (
            "Acme held 28% of the U.S. subscription streaming market.",
            "28%",
            "share of streaming market",
        ),
        ("Acme has a 24% market share.", "24%", "share of market"),
        ("Acme's share of the market slipped to 19%.", "19%", "share of market"),
        ("Acme took 31% of all new sign-ups.", "31%", "share of new sign-ups"),
        ("Acme's shares rose 6%.", "6%", None),
    ],
)
def test_shares_name_their_whole(text: str, figure: str, attribute: str | None) -> None:
    assert claim(text, figure).attribute == attribute


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        # a date that modifies the attribute noun scopes the figure, whatever verb precedes
        (
            "Shares rose after Acme said fourth-quarter net income reached $1.8 billion.",
            "$1.8 billion",
            "2025-Q4",
        ),
        # the day of an event ("priced ... on Wednesday") is not a period
        ("Acme priced its shares at $24 per share on Wednesday.", "$24 per share", None),
        ("Acme reported revenue of $5 billion on Tuesday.", "$5 billion", None),
        # a date before a subordinate clause belongs to its own clause
        (
            "Acme shares jumped 31% on Thursday, a strong start after it priced at $26 a share.",
            "$26 a share",
            None,
        ),
        # a date after a new clause is that clause's
        (
            "Acme's revenue was $7.9 billion, and it expects demand to hold through 2026.",
            "$7.9 billion",
            None,
        ),
        # but a point in time still scopes a level
        (
            "Acme's market value stood at $310 billion at Monday's close.",
            "$310 billion",
            "2026-02-09",
        ),
    ],
)
def test_periods_of_unseen_phrasings(text: str, figure: str, period: str | None) -> None:
    found = claim(text, figure)
    assert (str(found.period) if found.period else None) == period


def test_undated_figures_of_different_spans_never_meet() -> None:
    report = factcheck.check(
        [
            Document("a.md", "Acme's quarterly revenue of roughly $6 billion was in line."),
            Document("b.md", "Acme's full-year revenue of $23.4 billion came in ahead."),
            Document("c.md", "Acme reported revenue in the quarter of $6.1 billion."),
        ]
    )
    attributes = {c.text: c.attribute for c in report.claims if c.kind is Kind.MONEY}
    assert attributes["roughly $6 billion"] == attributes["$6.1 billion"] == "revenue (quarterly)"
    assert attributes["$23.4 billion"] == "revenue (annual)"
    assert [f for f in report.findings if f.type.value == "contradiction"] == []


@pytest.mark.parametrize(
    ("text", "figure", "parties"),
    [
        # the licensor is the object of "license"; a place after a preposition is no party
        (
            "Acme has agreed to license Globex's drug for markets outside North America in a "
            "deal worth up to $1.4 billion.",
            "up to $1.4 billion",
            "Acme – Globex",
        ),
        (
            "DataCo partnered with Globex on a $2 billion agreement.",
            "$2 billion",
            "DataCo – Globex",
        ),
        # "the deal" is the deal of the previous sentence
        (
            "Acme signed a licensing agreement with Globex. Globex will pay $150 million upfront, "
            "and the deal is worth $1.4 billion.",
            "$1.4 billion",
            "Acme – Globex",
        ),
    ],
)
def test_deal_parties_in_unseen_wordings(text: str, figure: str, parties: str) -> None:
    assert claim(text, figure).subject == parties


@pytest.mark.parametrize(
    "text",
    [
        # what is licensed, named after the figure in another clause, is no party
        "In 2019 Acme made a $1 billion investment in a venture, and later it licensed Zephyr-3.",
        # a name right before a figure is an indirect object only after a verb of giving
        "Acme listed examples (Globex $30B commitment, and more).",
    ],
)
def test_no_party_from_a_product_or_a_list(text: str) -> None:
    money = [c for c in claims_of(text) if c.kind is Kind.MONEY]
    assert money and all(c.subject is None for c in money)


def test_a_rank_without_a_board_borrows_the_sentences_board() -> None:
    text = (
        "Zephyr-2 ranked first on the Apex leaderboard published on Monday, edging out "
        "Nimbus-7, which ranked second. It was its first serious win."
    )
    ranks = [c for c in claims_of(text, dt.date(2026, 3, 3)) if c.kind is Kind.RANK]
    by_text = {c.text: c for c in ranks}
    assert (by_text["second"].subject, by_text["second"].item) == ("Apex", "Nimbus-7")
    assert str(by_text["second"].period) == "2026-03"  # the board's edition: its month
    assert all(c.subject is None for c in ranks if c.text == "first" and c.item is None)


def test_one_edition_of_a_board_in_two_wordings_conflicts() -> None:
    report = factcheck.check(
        [
            Document(
                "a.md",
                "Zephyr-2 ranked first on the Apex leaderboard published on Monday.",
                published=dt.date(2026, 3, 3),
            ),
            Document(
                "b.md",
                "Nimbus-7 ranked first on the Apex leaderboard this week, a rare win.",
                published=dt.date(2026, 3, 7),
            ),
            Document(
                "c.md",
                "In March 2025, Orion-1 ranked first on the Apex leaderboard.",
                published=dt.date(2026, 3, 7),
            ),
        ]
    )
    found = [f for f in report.findings if f.type.value == "contradiction"]
    assert [{f.a.doc, f.b.doc} for f in found] == [{"a.md", "b.md"}]  # type: ignore[union-attr]


def test_undated_unnamed_funding_rounds_are_never_compared() -> None:
    # a company raises many rounds; only a named round is one event
    report = factcheck.check(
        [
            Document("a.md", "Acme said it raised $75 million, led by Globex."),
            Document("b.md", "Acme said it raised $20 million from Initech."),
        ]
    )
    assert [f for f in report.findings if f.type.value == "contradiction"] == []


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        # a cue before a contrasting clause belongs to that earlier clause
        (
            "Acme will pay a breakup fee of $350 million if regulators block the deal, while "
            "Globex would owe $280 million if it walks away.",
            "$280 million",
            None,
        ),
        # a cue inside an aside about another name is not the figure's
        ("Castell, which led the round, manages $4 billion.", "$4 billion", None),
    ],
)
def test_cues_of_other_clauses_are_not_the_figures(
    text: str, figure: str, attribute: str | None
) -> None:
    assert claim(text, figure).attribute == attribute


def test_a_date_in_an_aside_neither_scopes_nor_loses_its_event() -> None:
    claims = {c.text: c for c in claims_of("DataCo, which was founded in 2009, has 6,200 staff.")}
    assert claims["6,200"].period is None
    assert (claims["2009"].subject, claims["2009"].attribute) == ("DataCo", "date founded")


def test_a_contrasting_clause_has_its_own_subject() -> None:
    text = "Acme Corp raised $40 million, while Ostara Labs raised $32 million in a Series B."
    found = claim(text, "$32 million")
    assert (found.subject, found.attribute) == ("Ostara Labs", "funding_round (series b)")


def test_an_offer_price_per_share_is_the_targets() -> None:
    text = "Orbis agreed to buy Pellar Systems for $9.2 billion in cash, or $48 a share."
    assert claim(text, "$48 a share").subject == "Pellar Systems"


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        ("Kairo is the largest vendor, with a market share of 20%.", "20%", "share of market"),
        (
            "Saros took 18% of global shipments against Kairo's 17%.",
            "18%",
            "share of global shipments",
        ),
    ],
)
def test_more_share_phrasings(text: str, figure: str, attribute: str) -> None:
    assert claim(text, figure).attribute == attribute


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        ("Initech's cloud revenue was $25 billion.", "$25 billion", "revenue (cloud)"),
        (
            "Initech's revenue from advertising reached $10 billion.",
            "$10 billion",
            "revenue (advertising)",
        ),
        ("Initech reported adjusted earnings of $26 billion.", "$26 billion", "profit (adjusted)"),
        ("Initech's operating profit was $30 billion.", "$30 billion", "operating_profit"),
        ("Initech's pre-tax profit was $28 billion.", "$28 billion", "pretax_profit"),
        # words that report or measure the whole name no part
        ("Initech reported revenue of $65 billion.", "$65 billion", "revenue"),
        ("Initech's net income was $24 billion.", "$24 billion", "profit"),
        ("Initech's total revenue was $65 billion.", "$65 billion", "revenue"),
        (
            "Initech's data-center revenue was $7.9 billion.",
            "$7.9 billion",
            "revenue (data-center)",
        ),
    ],
)
def test_segments_and_measures_of_profit(text: str, figure: str, attribute: str) -> None:
    assert claim(text, figure).attribute == attribute


def test_a_segments_revenue_never_meets_the_companys() -> None:
    report = factcheck.check(
        [
            Document("a.md", "Initech said revenue rose to $65 billion in 2025."),
            Document("b.md", "Initech's cloud revenue was $25 billion in 2025."),
            Document("c.md", "Initech's operating profit was $30 billion in 2025."),
            Document("d.md", "Initech's net profit was $24 billion in 2025."),
        ]
    )
    assert [f for f in report.findings if f.type.value == "contradiction"] == []


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        # a cue after "at" or "and" is another phrase's
        (
            "DataCo said it would raise $2 billion at a valuation of $40 billion.",
            "$2 billion",
            "funding_round",
        ),
        (
            "DataCo reported quarterly revenue of $95 billion and net income of $24 billion.",
            "$95 billion",
            "revenue (quarterly)",
        ),
        # figures of an earlier state, talks and hypotheses are not compared
        ("DataCo was valued at $18 billion in its previous funding round.", "$18 billion", None),
        ("DataCo is in talks to raise $2 billion from Globex.", "$2 billion", None),
        ("The fee could rise to €75 million, Acme Corp said.", "€75 million", None),
        # conditional payments make another sum than the fixed fee...
        (
            "Acme Corp's €75m move for Ana Rossi, including bonuses, was a record.",
            "€75m",
            "acquisition_price (with add-ons)",
        ),
        # ...but a cap ("up to", "as much as") already includes them
        (
            "DataCo's deal with Globex is worth up to $1.4 billion including milestones.",
            "up to $1.4 billion",
            "deal_value",
        ),
    ],
)
def test_more_cues_of_unseen_news(text: str, figure: str, attribute: str | None) -> None:
    assert claim(text, figure).attribute == attribute


def test_an_opening_participle_dates_its_own_event() -> None:
    claims = {c.text: c for c in claims_of("Founded in 2019, DataCo has about 2,100 employees.")}
    assert claims["about 2,100"].period is None
    assert claims["2019"].attribute == "date founded"


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a description followed by a name is an appositive, not a pronoun
        ("Acme grew. The streaming service Vibe has 30 million subscribers.", "30 million", "Vibe"),
        # the subject follows an opening prepositional phrase
        ("According to Kanto Research, DataCo controls 35% of the cloud market.", "35%", "DataCo"),
        ("For Acme Corp, the agreement brings $5 billion in revenue.", "$5 billion", "Acme Corp"),
        # "joined X": the club joined is not what was bought; "a move for X": X is
        (
            "Ostheim sold Marco Lenz. Lenz joined Castellon from Ostheim for a fee of €55 million.",
            "€55 million",
            "Lenz",
        ),
        ("Castellon's €70m move for Dario Rivera was a record.", "€70m", "Dario Rivera"),
    ],
)
def test_subjects_of_more_wordings(text: str, figure: str, subject: str) -> None:
    assert claim(text, figure).subject == subject


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        # a cue after a comma is another phrase's...
        (
            "DataCo, now valued at $6 billion, generated revenue last year.",
            "$6 billion",
            "valuation",
        ),
        # ...unless an adjective follows it
        (
            "DataCo signed a $2.5 billion, multi-year partnership with Globex.",
            "$2.5 billion",
            "deal_value",
        ),
        ("Acme earned $2.6 billion in the third quarter.", "$2.6 billion", "profit"),
        # a stock is counted the same whatever verb of having governs it
        ("DataCo has 30 million subscribers.", "30 million", "count of subscribers"),
        ("DataCo, with 25 million subscribers, grew.", "25 million", "count of subscribers"),
        # a market share keeps the market's modifier
        ("DataCo holds 35% of the cloud market.", "35%", "share of cloud market"),
        # a fraction in words is a part of its noun, not a number of them
        ("Nearly half of the staff at DataCo work remotely.", "Nearly half", "fraction of staff"),
        ("One in five adults at DataCo smoke.", "One in five", "fraction of adults"),
        ("DataCo employs 300 staff.", "300", "count of staff (employs)"),
    ],
)
def test_attributes_of_more_wordings(text: str, figure: str, attribute: str) -> None:
    assert claim(text, figure).attribute == attribute


def test_a_fraction_never_meets_a_number_of_the_same_people() -> None:
    report = factcheck.check(
        [
            Document("a.md", "DataCo says half of its engineers work remotely."),
            Document("b.md", "DataCo says 300 engineers work remotely."),
        ]
    )
    assert [f for f in report.findings if f.type.value == "contradiction"] == []


def test_shares_of_different_markets_never_meet() -> None:
    report = factcheck.check(
        [
            Document("a.md", "According to Kanto, DataCo holds 35% of the cloud market."),
            Document("b.md", "According to Kanto, DataCo holds 20% of the phone market."),
        ]
    )
    assert [f for f in report.findings if f.type.value == "contradiction"] == []


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        # "profit of $150 million on revenue of $6.4 billion": a profit
        (
            "DataCo posted a profit of $150 million on revenue of $6.4 billion.",
            "$150 million",
            "profit",
        ),
        # what a common noun is worth is not the company's worth...
        ("DataCo ordered 310 planes, worth about $40 billion.", "about $40 billion", None),
        # ...but the company's is, however it is named
        ("The startup, valued at $5 billion, hired.", "$5 billion", "valuation"),
        ("DataCo lost $320 million in the first quarter.", "$320 million", "profit"),
    ],
)
def test_cues_near_other_nouns(text: str, figure: str, attribute: str | None) -> None:
    assert claim(text, figure).attribute == attribute


def test_a_reported_clause_is_not_about_its_speaker() -> None:
    text = (
        "DataCo has 92,000 employees. Chief executive Maya Lindgren said the airline would "
        "take delivery of 45 new jets in 2026."
    )
    assert claim(text, "45").subject == "DataCo"
    text = "Analyst Jo Park said Globex Corp had 300 stores."
    assert claim(text, "300").subject == "Globex Corp"


def test_a_dated_pluperfect_is_a_state_at_that_date() -> None:
    found = claim("By 2025 DataCo had reached a valuation of €2 billion.", "€2 billion")
    assert (found.attribute, str(found.period)) == ("valuation", "by 2025")


@pytest.mark.parametrize(
    ("sentence", "start", "subject"),
    [
        # "Orion Labs" opening a sentence can reach us as "Labs": the name is made whole
        # again from the capitalised word before it...
        ("Orion Labs, which built the model, raised $600 million in a round.", 6, "Orion Labs"),
        # ...and with none, no subject rather than one that merges every "... Labs"
        ("The Labs, which built the model, raised $600 million in a round.", 4, None),
    ],
)
def test_a_truncated_name_is_whole_or_no_subject(
    sentence: str, start: int, subject: str | None
) -> None:
    from factcheck.context import Entity, describe
    from factcheck.extract import find_mentions

    mentions = find_mentions(sentence, None)
    (money,) = [m for m in mentions if m.kind is Kind.MONEY]
    found = describe(sentence, money, [Entity(start, start + 4, "Labs")], [], mentions, None)
    assert found.subject == subject


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        # an earlier event, in the pluperfect
        ("Valdor had signed Ana Rossi from Sporting for €2 million.", "€2 million", None),
        # "earlier this month" is a time, not an earlier state
        (
            "Kessler sold Ivo Marek to Ostrava for €20 million earlier this month.",
            "€20 million",
            "acquisition_price",
        ),
        # the fixed part of a fee whose total with add-ons the sentence also gives
        (
            "Kessler signed Tomas Brandt for €38 million, rising to €45 million with add-ons.",
            "€38 million",
            "acquisition_price (before add-ons)",
        ),
    ],
)
def test_earlier_events_and_fixed_parts(text: str, figure: str, attribute: str | None) -> None:
    assert claim(text, figure, dt.date(2026, 8, 30)).attribute == attribute


def test_ranks_of_one_sentence_share_the_boards_edition() -> None:
    text = (
        "Orion-4 has climbed to first place on the Helm leaderboard, pushing Vega-2 down to "
        "second, according to rankings updated on Sunday."
    )
    ranks = [c for c in claims_of(text, dt.date(2026, 5, 12)) if c.kind is Kind.RANK]
    assert {(c.item, c.subject, str(c.period)) for c in ranks} == {
        ("Orion-4", "Helm", "2026-05"),
        ("Vega-2", "Helm", "2026-05"),
    }


# ------------------------------------------ rules from a second independent held-out corpus
# Sentences written for these tests; each case is a kind of wording, not the corpus's own.
def contradictions_of(*texts: str, published: dt.date = dt.date(2026, 2, 13)) -> list[set[str]]:
    report = factcheck.check(
        [Document(f"{i}.md", text, published=published) for i, text in enumerate(texts)]
    )
    return [
        {f.a.text, f.b.text}  # type: ignore[union-attr]
        for f in report.findings
        if f.type.value == "contradiction"
    ]


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a clause after a semicolon, or after ", and" / ", while" with a verb, has its own
        # subject; an aside after it ("NovaJet, based in Texas,") does not hide it
        (
            "DataCo runs 40 stores in Ohio; NovaJet, based in Texas, runs 25 stores.",
            "25",
            "NovaJet",
        ),
        ("DataCo runs 40 stores in Ohio; NovaJet, based in Texas, runs 25 stores.", "40", "DataCo"),
        ("DataCo employs 900 people, and NovaJet employs 310 people.", "310", "NovaJet"),
        # ...but a list with a serial comma is no clause
        (
            "DataCo joined a forum with NovaJet, BrixLab, and QuantaCo, giving $10M to a fund.",
            "$10M",
            "DataCo",
        ),
        # a figure inside an aside is about the name the aside describes
        ("NovaJet bought DataCo, which has 6,200 staff, in 2020.", "6,200", "DataCo"),
        (
            "DataCo, which agreed in April to pay $57 million to settle claims, said on Monday "
            "that sales fell.",
            "$57 million",
            "DataCo",
        ),
        # a place after a preposition is no subject, even joined to another by a dash
        (
            "Fares on the Lisbon–Porto route averaged $450 per seat in August.",
            "$450 per seat",
            None,
        ),
        # the thing named after a possessive is what the sentence is about
        (
            "DataCo's Tallow Ridge mine produced 131,000 ounces of gold in 2024.",
            "131,000 ounces",
            "Tallow Ridge",
        ),
        # a name right after a count is what is counted ("TEU"), not the owner
        ("DataCo operates 212 ships with a capacity of 1.9 million TEU.", "1.9 million", "DataCo"),
        # who is fined is the fine's subject, not who fines
        ("In 2023 the European Commission fined DataCo €120 million.", "€120 million", "DataCo"),
        # ...also when a description of it comes between ("fined online broker DataCo")
        (
            "The Gaming Standards Board fined online bookmaker DataCo £3.1 million on Friday.",
            "£3.1 million",
            "DataCo",
        ),
        ("The Quayside Council fined the caterer BrixLab £80,000.", "£80,000", "BrixLab"),
        # ...but never the one who fines, named after "by"
        ("DataCo was fined by the Gaming Standards Board £3.1 million.", "£3.1 million", "DataCo"),
        # a long opening phrase ("In the X Rankings for ..., ") names no subject either
        (
            "In the Harlow Grocery Rankings for the second quarter of 2026, Tarsk Foods kept "
            "the top spot with 24% of sales.",
            "24%",
            "Tarsk Foods",
        ),
        # a relative clause on a description of a name is about the name, not about a
        # place in the description
        (
            "The round piles pressure on DataCo, the Leeds rival whose $30 million Series A "
            "closed in May.",
            "$30 million",
            "DataCo",
        ),
        (
            "Analysts compared it with BrixLab, a Cardiff startup which employs 1,240 people.",
            "1,240",
            "BrixLab",
        ),
        # whoever led a round is an investor: whose round it is goes unsaid
        ("In 2019, BrixLab Ventures led a $120 million Series B round.", "$120 million", None),
    ],
)
def test_each_clause_and_aside_has_its_own_subject(
    text: str, figure: str, subject: str | None
) -> None:
    assert claim(text, figure).subject == subject


def test_two_carriers_in_one_sentence_never_contradict_each_other() -> None:
    text = (
        "DataCo currently flies 180 aircraft to 120 destinations; NovaJet, founded in 1998, "
        "flies 52 aircraft to 74 destinations. DataCo was founded in 1946, NovaJet said."
    )
    claims = {c.text: c for c in claims_of(text)}
    assert (claims["1998"].subject, claims["1998"].attribute) == ("NovaJet", "date founded")
    assert (claims["52"].subject, claims["180"].subject) == ("NovaJet", "DataCo")
    assert contradictions_of(text) == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # the company's own name was lost ("Orvane" opening a sentence): no subject rather
        # than the place it was founded in, or its founder
        ("Orvane Motors was founded in 2014 in a rented shed outside Bergen.", ["Bergen"]),
        ("Orvane, founded in 2016 by Lars Berg, sells cars in Norway.", ["Lars Berg", "Norway"]),
    ],
)
def test_a_founding_date_is_never_a_place_s_or_a_founder_s(sentence: str, names: list[str]) -> None:
    from factcheck.context import Entity, describe
    from factcheck.extract import find_mentions

    mentions = find_mentions(sentence, dt.date(2026, 2, 13))
    (date,) = [m for m in mentions if m.kind is Kind.DATE]
    entities = [Entity(sentence.index(n), sentence.index(n) + len(n), n) for n in names]
    assert describe(sentence, date, entities, [date], mentions, None).subject is None


def test_an_adjective_of_place_is_no_subject() -> None:
    text = (
        "The carmaker, founded in 2016 by two engineers, now sells cars in 14 European countries."
    )
    assert all(c.subject is None for c in claims_of(text))


def test_the_combined_company_is_not_the_previous_subject() -> None:
    text = (
        "DataCo produced 50 tonnes of gold in 2024. "
        "The combined group would have produced 80 tonnes of gold in 2024."
    )
    found = claim(text, "80 tonnes")
    assert (found.subject, found.attribute) == (None, None)


@pytest.mark.parametrize(
    ("text", "figure", "subject", "attribute"),
    [
        # a reporting verb puts the news in the past perfect: that is no earlier event...
        (
            "DataCo said on Friday it had agreed to acquire NovaJet for $3.1 billion.",
            "$3.1 billion",
            "NovaJet",
            "acquisition_price",
        ),
        # ...unless a word says it was earlier
        ("DataCo said it had already paid $40 million for NovaJet.", "$40 million", "DataCo", None),
        # a deal that takes a company over is the price of what is bought, in either voice
        (
            "NovaJet agreed to be taken over by DataCo in a deal valued at $5.1 billion.",
            "$5.1 billion",
            "NovaJet",
            "acquisition_price",
        ),
        (
            "DataCo agreed to buy NovaJet in a deal worth $5 billion.",
            "$5 billion",
            "NovaJet",
            "acquisition_price",
        ),
        (
            "DataCo's $69 billion deal to acquire NovaJet drew scrutiny.",
            "$69 billion",
            "NovaJet",
            "acquisition_price",
        ),
        # buying an amount of something is a purchase commitment, not a takeover
        (
            "DataCo agreed to buy $30 billion of computing capacity from NovaJet.",
            "$30 billion",
            "DataCo – NovaJet",
            "commitment",
        ),
        # rights bought from their owner are a deal with it, however it is worded
        (
            "DataCo agreed to pay £1.35 billion over five years for the broadcast rights to the "
            "Premier Cup.",
            "£1.35 billion",
            "DataCo – Premier Cup",
            "deal_value",
        ),
        (
            "DataCo's five-year deal for the rights to the Premier Cup, worth £1.8 billion, "
            "starts in August.",
            "£1.8 billion",
            "DataCo – Premier Cup",
            "deal_value",
        ),
        # a sum "to settle" claims is a settlement
        (
            "DataCo agreed to pay $75 million to settle a lawsuit brought by investors.",
            "$75 million",
            "DataCo",
            "fine",
        ),
    ],
)
def test_attributes_of_takeovers_rights_and_settlements(
    text: str, figure: str, subject: str | None, attribute: str | None
) -> None:
    found = claim(text, figure)
    assert (found.subject, found.attribute) == (subject, attribute)


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        # a rate the money extractor left without its "per" is not a total
        (
            "DataCo will pay £1.35 billion for the rights to the Premier Cup, or £270 million a "
            "season.",
            "£270 million",
            None,
        ),
        # "worth" after a comma is the worth of the phrase before it, not the company's
        (
            "DataCo placed an order for 60 aircraft with the planemaker NovaJet, worth about "
            "$7.5 billion at list prices.",
            "about $7.5 billion",
            None,
        ),
        ("DataCo, now worth $6 billion, hired.", "$6 billion", "valuation"),
        # a deal that values a company is a price, not a valuation
        (
            "The offer values NovaJet at roughly 46 billion Swedish kronor.",
            "roughly 46 billion Swedish kronor",
            "acquisition_price",
        ),
        # what is no company raises no funding round
        ("The spectrum auction raised £4.8 billion in total.", "£4.8 billion", None),
        ("DataCo said its third fund raised $500 million in 2021.", "$500 million", None),
        ("The round raised $50 million, DataCo said.", "$50 million", "funding_round"),
        # EBITDA and EBIT, spelled out
        (
            "DataCo's earnings before interest, taxes, depreciation and amortization were $80 "
            "million.",
            "$80 million",
            "ebitda",
        ),
        (
            "DataCo's earnings before interest and taxes were $60 million.",
            "$60 million",
            "operating_profit",
        ),
    ],
)
def test_what_a_sum_is_in_more_wordings(text: str, figure: str, attribute: str | None) -> None:
    assert claim(text, figure).attribute == attribute


def test_a_takeover_in_either_voice_meets_its_price() -> None:
    found = contradictions_of(
        "DataCo said on Monday it had agreed to buy NovaJet for $4.2 billion.",
        "NovaJet agreed on Tuesday to be acquired by DataCo in a deal valued at $5.1 billion.",
        "DataCo's purchase of NovaJet, valued at $4.19bn, won approval on Wednesday.",
    )
    assert found == [{"$4.2 billion", "$5.1 billion"}]


def test_rights_deals_meet_whatever_words_name_them() -> None:
    found = contradictions_of(
        "DataCo agreed on Thursday to pay £1.35 billion over five years for the broadcast rights "
        "to the Premier Cup, or £270 million a season.",
        "DataCo's five-year deal for the rights to the Premier Cup, worth £1.8 billion, starts "
        "in August.",
    )
    assert found == [{"£1.35 billion", "£1.8 billion"}]


@pytest.mark.parametrize(
    ("text", "figure", "attribute", "period"),
    [
        (
            "DataCo mined 210,000 ounces of silver in 2023.",
            "210,000 ounces",
            "production (silver)",
            "2023",
        ),
        (
            "DataCo's copper production was 96,000 tonnes in 2024.",
            "96,000 tonnes",
            "production (copper)",
            "2024",
        ),
        # a date with one word of its own before the cue scopes the figure
        (
            "DataCo grew. Its fourth-quarter silver output was 55,000 ounces.",
            "55,000 ounces",
            "production (silver)",
            "2025-Q4",
        ),
        (
            "DataCo generated 12 TWh of electricity in 2025.",
            "12 TWh",
            "production (electricity)",
            "2025",
        ),
        # without what is measured, or in a forecast or a counterfactual: nothing to compare
        ("DataCo's plant has a capacity of 500 megawatts.", "500 megawatts", None, None),
        (
            "DataCo expects to produce 560,000 ounces of silver in 2026.",
            "560,000 ounces",
            None,
            "2026",
        ),
        (
            "DataCo would have produced 550,000 ounces of silver in 2025.",
            "550,000 ounces",
            None,
            "2025",
        ),
    ],
)
def test_quantities_name_what_they_measure(
    text: str, figure: str, attribute: str | None, period: str | None
) -> None:
    found = claim(text, figure)
    assert (found.attribute, str(found.period) if found.period else None) == (attribute, period)


def test_production_of_two_metals_never_meets() -> None:
    assert (
        contradictions_of(
            "DataCo produced 412,000 ounces of gold in 2025.",
            "DataCo produced 96,000 tonnes of copper in 2025.",
        )
        == []
    )
    assert contradictions_of(
        "DataCo produced 412,000 ounces of gold in 2025.",
        "DataCo produced 365,000 ounces of gold in 2025, its annual report shows.",
    ) == [{"412,000 ounces", "365,000 ounces"}]


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        # light verbs are their verb
        (
            "DataCo placed an order for 60 aircraft with NovaJet.",
            "60",
            "count of aircraft (ordered)",
        ),
        ("DataCo orders 45 aircraft from NovaJet.", "45", "count of aircraft (ordered)"),
        ("DataCo took delivery of six vessels in 2024.", "six", "count of vessels (delivered)"),
        ("DataCo has capacity for 250,000 cars a year.", "250,000", "count of cars (capacity)"),
        ("DataCo can build 250,000 cars a year.", "250,000", "count of cars (capacity)"),
        # a preposition governs no count
        ("DataCo sells cars in 14 countries.", "14", None),
        ("DataCo flies 180 aircraft to 120 destinations.", "120", None),
        # "to" after a verb of change still marks a level
        (
            "DataCo's subscribers rose to 30 million subscribers.",
            "30 million",
            "count of subscribers (rose)",
        ),
    ],
)
def test_counts_are_governed_by_verbs(text: str, figure: str, attribute: str | None) -> None:
    assert claim(text, figure).attribute == attribute


def test_an_order_meets_an_order_however_it_is_placed() -> None:
    assert contradictions_of(
        "DataCo placed an order for 60 aircraft with NovaJet.",
        "DataCo ordered 45 aircraft from NovaJet.",
        "The first 12 aircraft are due in 2026, DataCo said.",
    ) == [{"60", "45"}]


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        # the day or month of an event is no period
        ("DataCo agreed on Friday to pay $75 million to settle claims.", "$75 million", None),
        ("DataCo agreed in April to pay $57 million to settle claims.", "$57 million", None),
        (
            "DataCo's purchase of NovaJet, valued at $4.19bn, won approval from regulators on "
            "Wednesday.",
            "$4.19bn",
            None,
        ),
        # "a year earlier" is the base of a comparison, never the figure's period
        (
            "DataCo's first-quarter revenue was $1.31 billion, flat on a year earlier.",
            "$1.31 billion",
            "2025-Q1",
        ),
        # an earlier time moves an undated quarter back a year...
        (
            "A year earlier, DataCo's third-quarter revenue was $2.68 billion.",
            "$2.68 billion",
            "2024-Q3",
        ),
        (
            "A year ago, DataCo's second-quarter revenue was $1.2 billion.",
            "$1.2 billion",
            "2024-Q2",
        ),
        ("DataCo's year-ago third-quarter revenue was $2.68 billion.", "$2.68 billion", "2024-Q3"),
        # ...only the figure's own: not "beat last year's record, reaching ..."
        (
            "DataCo's revenue beat last year's record, reaching $2.9 billion in the third quarter.",
            "$2.9 billion",
            "2025-Q3",
        ),
        # ...and a written year anchors it
        (
            "In fiscal 2024, DataCo's third-quarter revenue was $2.68 billion.",
            "$2.68 billion",
            "2024-Q3",
        ),
        (
            "DataCo reported third-quarter revenue of $2.84 billion for fiscal 2025.",
            "$2.84 billion",
            "2025-Q3",
        ),
    ],
)
def test_periods_are_scopes_not_days_of_events(text: str, figure: str, period: str | None) -> None:
    found = claim(text, figure, dt.date(2025, 11, 6))
    assert found.attribute is not None
    assert (str(found.period) if found.period else None) == period


@pytest.mark.parametrize(
    "text",
    [
        "A year earlier, DataCo's revenue was $2.68 billion.",
        "Two years ago, DataCo's third-quarter revenue was $2.68 billion.",
        "In the same quarter last year, DataCo's revenue was $2.68 billion.",
        # "last year's" is the year before publication, which "third-quarter" may be in
        "Last year's third-quarter revenue at DataCo was $2.68 billion.",
    ],
)
def test_a_figure_of_an_unwritten_earlier_time_is_not_compared(text: str) -> None:
    assert claim(text, "$2.68 billion", dt.date(2025, 11, 6)).attribute is None


def test_last_years_quarter_never_meets_this_years() -> None:
    assert (
        contradictions_of(
            "DataCo reported third-quarter revenue of $2.84 billion on Wednesday. A year earlier, "
            "DataCo's third-quarter revenue was $2.68 billion.",
            published=dt.date(2025, 11, 6),
        )
        == []
    )


def test_two_event_dates_leave_a_settlement_comparable() -> None:
    # "agreed on Tuesday" and "agreed in May" date the agreement, not the sum
    assert contradictions_of(
        "DataCo agreed on Tuesday to pay $640 million to settle claims by prosecutors.",
        "DataCo, which agreed in May to pay $460 million to settle federal claims, said on "
        "Thursday that sales fell.",
        published=dt.date(2025, 5, 28),
    ) == [{"$640 million", "$460 million"}]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "attribute"),
    [
        # the speaker of a coordinated clause is no party of the deal it reports
        (
            "DataCo signed a deal with NovaJet, and BrixLab said the deal was worth $5 billion.",
            "$5 billion",
            "DataCo – NovaJet",
            "deal_value",
        ),
        # a takeover verb of another clause does not make a valuation a price
        (
            "DataCo bought NovaJet, and QuantaCo analysts valued the business at $2 billion.",
            "$2 billion",
            "QuantaCo",
            None,
        ),
        # "the deal, which values X at": a price
        (
            "The deal, which values NovaJet at $5 billion, was signed by DataCo.",
            "$5 billion",
            None,
            "acquisition_price",
        ),
    ],
)
def test_coordinated_clauses_keep_their_cues_and_speakers_apart(
    text: str, figure: str, subject: str | None, attribute: str | None
) -> None:
    found = claim(text, figure)
    assert (found.subject, found.attribute) == (subject, attribute)


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        # when the thing measured starts is not the figure's period...
        ("DataCo's deal with NovaJet, worth $1.8 billion, starts in August.", "$1.8 billion", None),
        # ...but a partnership that began with an investment dates it
        (
            "The DataCo-NovaJet partnership began in 2019 with a $1 billion investment.",
            "$1 billion",
            "2019",
        ),
    ],
)
def test_a_start_dates_what_starts(text: str, figure: str, period: str | None) -> None:
    found = claim(text, figure)
    assert (str(found.period) if found.period else None) == period


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a part of a company is not the company: no acquisition price of NovaJet
        ("DataCo agreed to buy NovaJet's chip unit for $5 billion.", "$5 billion"),
        ("DataCo agreed to buy NovaJet's chip unit in a deal worth $5 billion.", "$5 billion"),
        # a quantity narrowed to a place is a part of the whole
        (
            "DataCo produced 131,000 ounces of gold at its Tallow Ridge mine in 2024.",
            "131,000 ounces",
        ),
        ("DataCo sold 3,000 tonnes of steel to China in 2024.", "3,000 tonnes"),
    ],
)
def test_a_part_is_never_the_whole(text: str, figure: str) -> None:
    found = claim(text, figure)
    assert found.attribute is None or found.subject is None
    assert found.attribute != "acquisition_price" or found.subject != "NovaJet"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # the rank's item is the name an aside describes, not a place inside the aside
        ("NovaJet, based in Leeds, ranked first on the Meridian Speed Index for March.", "NovaJet"),
        (
            "NovaJet, which spent £1.9 billion on spectrum last month, ranked first on the "
            "Meridian Speed Index for March.",
            "NovaJet",
        ),
        # a place after a preposition holds no rank; "with X second" does
        ("NovaJet from Leeds ranked first on the Meridian Speed Index for March.", "NovaJet"),
        (
            "DataCo ranked first on the Meridian Speed Index for March, with NovaJet second.",
            "NovaJet",
        ),
    ],
)
def test_a_rank_is_held_by_the_name_its_clause_is_about(text: str, item: str) -> None:
    ranks = [c for c in claims_of(text, dt.date(2026, 3, 20)) if c.kind is Kind.RANK]
    assert ranks[-1].item == item


@pytest.mark.parametrize(
    ("text", "figure", "subject", "attribute"),
    [
        # a description set off by commas after a name keeps the name the subject, and its
        # verb of raising a company's
        (
            "DataCo, the Leeds-based payroll app, has raised $55 million in a Series B round "
            "led by Tallis Partners, the company said on Friday.",
            "$55 million",
            "DataCo",
            "funding_round (series b)",
        ),
        (
            "DataCo, a Bristol-based chipmaker, said demand grew. It reported revenue of $3 "
            "billion.",
            "$3 billion",
            "DataCo",
            "revenue",
        ),
        # a hyphenated adjective is no name; "the Oslo-listed carmaker" refers back
        (
            "DataCo shipped more cars. The Oslo-listed carmaker reported revenue of $3 billion.",
            "$3 billion",
            "DataCo",
            "revenue",
        ),
        ("The Oslo-based group reported revenue of $3 billion.", "$3 billion", None, "revenue"),
        # a name whose plain first word was dropped at a sentence start is whole again
        (
            "Halvern Insurance expects more claims. The insurer posted a net profit of £300 "
            "million for 2024.",
            "£300 million",
            "Halvern Insurance",
            "profit",
        ),
        # a ticker in parentheses after a name is that name, not a second one
        (
            "**Halvern Insurance (HLVN).** The insurer posted a net profit of £300 million.",
            "£300 million",
            "Halvern Insurance",
            "profit",
        ),
        (
            "NovaJet (NVJT) signed a $2 billion deal with DataCo.",
            "$2 billion",
            "DataCo – NovaJet",
            "deal_value",
        ),
        # an acronym of a measure is no name
        (
            "DataCo grew. Operating profit was $20 million and EBITDA reached $29 million.",
            "$29 million",
            None,
            "ebitda",
        ),
    ],
)
def test_names_and_descriptions_of_the_subject(
    text: str, figure: str, subject: str | None, attribute: str
) -> None:
    found = claim(text, figure)
    assert (found.subject, found.attribute) == (subject, attribute)


def test_a_total_raised_is_no_named_round() -> None:
    # "in total", "to date": the sum of every round, of which the round named is a part;
    # undated, it is never compared (a company's rounds add up)
    text = (
        "DataCo's $30 million Series A closed in May, and the startup has raised $42 million "
        "in total since 2021."
    )
    assert claim(text, "$30 million").attribute == "funding_round (series a)"
    assert claim(text, "$42 million").attribute == "funding_round"
    assert (
        claim("BrixLab has raised $18 million to date, including its Series A.", "$18 million")
    ).attribute == "funding_round (to date)"  # a running total, never one round
    assert contradictions_of(text, "DataCo raised $30 million in a Series A round.") == []


def test_a_brand_meets_its_name_written_in_full_before_a_ticker() -> None:
    assert contradictions_of(
        "Halvern reported a net profit of £612 million for 2024, up from £455 million.",
        "**Halvern Insurance (HLVN).** The insurer posted a net profit of £486 million for 2024.",
    ) == [{"£612 million", "£486 million"}]


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        # the value a named round set is that round's, a value of its time
        (
            "DataCo took in $60 million in a Series C that valued it at $900 million.",
            "$900 million",
            "valuation (series c)",
        ),
        (
            "DataCo took in $60 million in a Series C that valued it at $900 million.",
            "$60 million",
            "funding_round (series c)",
        ),
        # "valued it at" is a valuation however near the round's name is
        (
            "DataCo, the billing startup whose $60m Series C in May valued it at $900m, hired 40.",
            "$900m",
            "valuation (series c)",
        ),
        (
            "Its $25 million Series A valued the company at $140 million.",
            "$140 million",
            "valuation (series a)",
        ),
        # a value before the new money is not the value with it
        (
            "The deal values DataCo at $1.2 billion, compared with a pre-money valuation of "
            "$1.1 billion.",
            "$1.1 billion",
            "valuation (pre-money)",
        ),
        (
            "DataCo was valued at $800 million before the new money.",
            "$800 million",
            "valuation (pre-money)",
        ),
        ("DataCo has a post-money valuation of $1.2 billion.", "$1.2 billion", "valuation"),
        # a round with no name of its own that values the company: its value, not the round
        (
            "In 2022 the founders sold a stake to Tallow Growth in an $85 million round that"
            " valued DataCo at about $700 million.",
            "about $700 million",
            "valuation",
        ),
    ],
)
def test_valuations_of_a_round(text: str, figure: str, attribute: str) -> None:
    assert claim(text, figure).attribute == attribute


def test_pre_and_post_money_values_never_meet() -> None:
    assert (
        contradictions_of(
            "The round values DataCo at $1.2 billion including the new money, compared with a "
            "pre-money valuation of $1.05 billion, people briefed on the terms said.",
            "DataCo is now valued at $5 billion.",
            "DataCo last raised in 2021, when it took in $60 million in a Series B that valued "
            "it at $700 million.",
        )
        == [{"$1.2 billion", "$5 billion"}]
    )


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        # the day of a purchase or a fine is the event's, never a scope...
        (
            "Valmar bought winger Tomas Brandt for €14 million at the summer auction in Porto on "
            "Saturday.",
            "€14 million",
            None,
        ),
        ("DataCo was fined £12 million by the markets regulator on Thursday.", "£12 million", None),
        (
            "The markets regulator last month fined DataCo £9 million over its pensions arm.",
            "£9 million",
            None,
        ),
        # ...but a written year still dates a purchase or a fine, and a day what is sold
        ("In 2022 Valmar bought Tomas Brandt for €6 million.", "€6 million", "2022"),
        ("The regulator fined DataCo £3 million in 2023.", "£3 million", "2023"),
        ("DataCo sold 5,000 cars on Saturday.", "5,000", "2026-02-28"),
    ],
)
def test_the_day_of_a_transaction_is_no_period(
    text: str, figure: str, period: str | None
) -> None:
    found = claim(text, figure, dt.date(2026, 3, 4))
    assert found.attribute is not None
    assert (str(found.period) if found.period else None) == period


def test_a_fine_meets_a_fine_whatever_day_dates_it() -> None:
    assert contradictions_of(
        "DataCo was fined £12 million by the markets regulator on Thursday.",
        "The markets regulator last month fined DataCo £21 million over its pensions arm.",
        "In 2021 the regulator fined DataCo £4 million.",
        published=dt.date(2026, 3, 4),
    ) == [{"£12 million", "£21 million"}]


@pytest.mark.parametrize(
    ("text", "figure", "subject", "attribute"),
    [
        # a move to a new owner is the price of what moved
        (
            "Winger Tomas Brandt went to Valmar for €14 million after a bidding war.",
            "€14 million",
            "Tomas Brandt",
            "acquisition_price",
        ),
        (
            "Striker Ana Rossi, sold to Valmar for €8 million, scored twice.",
            "€8 million",
            "Ana Rossi",
            "acquisition_price",
        ),
        # a part of a company moving is no price of the company
        (
            "DataCo's chip unit was sold to NovaJet for $5 billion.",
            "$5 billion",
            None,
            "acquisition_price",
        ),
    ],
)
def test_a_move_is_the_price_of_what_moved(
    text: str, figure: str, subject: str | None, attribute: str
) -> None:
    found = claim(text, figure)
    assert (found.subject, found.attribute) == (subject, attribute)


def test_a_purchase_meets_a_move() -> None:
    assert contradictions_of(
        "Valmar bought winger Tomas Brandt for €14 million at the auction in Porto on Saturday.",
        "Brandt went to Valmar for €12 million after a bidding war with Ostrava.",
        published=dt.date(2026, 3, 4),
    ) == [{"€14 million", "€12 million"}]


@pytest.mark.parametrize(
    ("text", "board", "period"),
    [
        # an edition named by its year, before or after the board's name
        (
            "NovaJet rose to 9th place in the 2026 edition of the Meridian Speed Rankings, "
            "published on Monday.",
            "Meridian Speed",
            "2026",
        ),
        (
            "NovaJet climbed to 12th place in the Meridian Speed Rankings 2026, released on "
            "Monday.",
            "Meridian Speed",
            "2026",
        ),
        ("NovaJet came 12th in the 2025 Meridian Speed Rankings.", "Meridian Speed", "2025"),
        # a number closes the board's name, however the edition is written
        ("NovaJet came 7th in the 2025 edition of the Tarsk Retail 40.", "Tarsk Retail 40", "2025"),
        ("NovaJet slipped to 9th in the 2025 Tarsk Retail 40.", "Tarsk Retail 40", "2025"),
        # lower-case words before the board's noun make a board of its own
        ("NovaJet is third in the Meridian national table.", "Meridian national", None),
        # a list of two thousand is no edition of the year 2000
        ("NovaJet ranked 40th on the Meridian Global 2000.", "Meridian Global 2000", None),
    ],
)
def test_a_board_and_its_edition(text: str, board: str, period: str | None) -> None:
    (rank,) = [c for c in claims_of(text, dt.date(2026, 6, 9)) if c.kind is Kind.RANK]
    assert (rank.subject, str(rank.period) if rank.period else None) == (board, period)


def test_a_rank_takes_its_boards_edition_from_the_sentence_before() -> None:
    lead = (
        "In the Harlow Grocery Rankings for the second quarter of 2026, Tarsk Foods kept the "
        "top spot."
    )
    later = "NovaJet came sixth in the Harlow Grocery Rankings for the second quarter of 2026."
    (rank,) = [
        c
        for c in claims_of(f"{lead} NovaJet ranked fourth in the Harlow table.")
        if c.kind is Kind.RANK
    ]
    assert (rank.subject, str(rank.period)) == ("Harlow Grocery", "2026-Q2")
    assert contradictions_of(f"{lead} NovaJet ranked fourth in the Harlow table.", later) == [
        {"fourth", "sixth"}
    ]
    # not from another paragraph, nor for another board, nor past the sentence before
    for text in (
        f"{lead}\n\nNovaJet ranked fourth in the Harlow table.",
        f"{lead} NovaJet ranked fourth in the Brixham table.",
        f"{lead} Sales rose. NovaJet ranked fourth in the Harlow table.",
    ):
        (rank,) = [c for c in claims_of(text) if c.kind is Kind.RANK]
        assert rank.period is None, text


def test_one_edition_of_a_board_however_its_year_is_written() -> None:
    assert contradictions_of(
        "NovaJet rose to 9th place in the 2026 edition of the Meridian Speed Rankings, published "
        "on Monday, up from 14th in last year's table.",
        "NovaJet climbed to 12th place in the Meridian Speed Rankings 2026, released on Monday.",
        "NovaJet came 14th in the Meridian Speed Rankings 2025.",
        "NovaJet is third in the Meridian national table and 6th in the Meridian subject ranking.",
        published=dt.date(2026, 6, 9),
    ) == [{"9th", "12th"}]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # the day a source was made dates the source, not the figure it gives
        (
            "Kantel Mining's supply deal with Ostrava Rail is worth $1.2 billion, according "
            "to a statement the miner issued on March 3.",
            None,
        ),
        (
            "Halvex's contract with Orbis is worth $2.3 billion, a filing made on Tuesday shows.",
            None,
        ),
        (
            "The Brightwater-Meltrane pact is worth €410 million, according to a regulatory "
            "notice published last week.",
            None,
        ),
        # a year inside an attribution may still scope the figure; a day outside one is the
        # event's, as before
        ("Orbis's revenue was $4 billion in 2024, according to a filing made on Friday.", "2024"),
        (
            "Orbis reported revenue of $4 billion for 2024, according to its annual report.",
            "2024",
        ),
    ],
)
def test_a_date_inside_an_attribution_dates_the_source(text: str, period: str | None) -> None:
    (claim,) = money_claims(text)
    assert (str(claim.period) if claim.period else None) == period


def test_a_deal_dated_only_by_its_source_meets_the_same_deal_undated() -> None:
    report = factcheck.check(
        [
            Document("a.md", "Halvex has signed a deal with Orbis worth $2.3 billion."),
            Document(
                "b.md",
                "Orbis's deal with Halvex is worth $3.2 billion, according to a filing the "
                "carmaker made with regulators on Thursday.",
            ),
        ]
    )
    found = [f for f in report.findings if f.type.value == "contradiction"]
    assert [(f.a.text, f.b.text if f.b else None) for f in found] == [
        ("$2.3 billion", "$3.2 billion")
    ]


def ranks_of(text: str, published: dt.date = dt.date(2026, 6, 1)) -> list[factcheck.Claim]:
    return [c for c in claims_of(text, published) if c.kind is Kind.RANK]


@pytest.mark.parametrize(
    ("text", "board", "period"),
    [
        # a date after the base of a comparison is the base's, not the rank's edition
        (
            "Orvane ranked fifth in the Pellis table with 9.1%, up from 7.4% in March.",
            "Pellis",
            None,
        ),
        (
            "Dalvik placed second on the Ostra leaderboard with a score of 88, compared with "
            "84 in 2024.",
            "Ostra",
            None,
        ),
        # a date before the base is still the edition
        (
            "Orvane ranked fifth in the Pellis table in March, with 9.1%, up from 7.4%.",
            "Pellis",
            "2026-03",
        ),
        # generic board nouns make no board of their own; a lower-case qualifier does
        ("Orvane came fifth in the Pellis tracker.", "Pellis", None),
        ("Orvane came fifth in the Pellis national table.", "Pellis national", None),
    ],
)
def test_a_ranks_board_and_edition(text: str, board: str, period: str | None) -> None:
    (rank,) = ranks_of(text)
    assert rank.subject == board
    assert (str(rank.period) if rank.period else None) == period


def test_a_rank_on_the_short_board_meets_its_one_full_name() -> None:
    report = factcheck.check(
        [
            Document(
                "a.md", "Orvane ranked fifth in the Pellis table with 9.1%, up from 7.4% in May."
            ),
            Document(
                "b.md",
                "Analysts follow Orvane closely. Orvane came third in the Pellis Energy Rankings.",
            ),
        ]
    )
    found = [f for f in report.findings if f.type.value == "contradiction"]
    assert [(f.a.text, f.b.text if f.b else None) for f in found] == [("fifth", "third")]


# ------------------------------------------------------------- held-out corpus 7
def test_a_hyphenated_adjective_joined_to_a_name_is_not_part_of_it() -> None:
    text = "Leeds-based Marrow Bio raised $40 million in a Series B round."
    assert claim(text, "$40 million").subject == "Marrow Bio"


def test_the_month_of_a_named_round_dates_the_round_and_scopes_nothing() -> None:
    report = factcheck.check(
        [
            Document(
                "a.md",
                "Marrow Bio has raised $40 million in a Series B that values it at $300 million.",
                published=dt.date(2026, 5, 2),
            ),
            Document(
                "b.md",
                "Marrow Bio, which raised $40m in April in a Series B that valued it at $450m, "
                "hired a new chief executive.",
                published=dt.date(2026, 5, 9),
            ),
        ]
    )
    found = [f for f in report.findings if f.type.value == "contradiction"]
    assert [(f.a.text, f.b.text if f.b else None) for f in found] == [("$300 million", "$450m")]


def test_a_round_for_a_named_company_is_that_companys() -> None:
    text = "Marrow Bio's raise comes after a $30 million Series B for gene-therapy group Ostrel."
    assert claim(text, "$30 million").subject == "Ostrel"
    assert claim("Marrow Bio raised $5 million for Ostrel shares.", "$5 million").subject == (
        "Marrow Bio"
    )


def test_the_day_a_company_listed_in_wire_wordings() -> None:
    first = "Shares of Quillon Data closed at $18.20 on their first day of trading on May 6."
    assert (claim(first, "May 6").subject, claim(first, "May 6").attribute) == (
        "Quillon Data",
        "date listed",
    )
    debut = (
        "Shares in Quillon Data rose 3% to $19.10. The analytics company, which made its "
        "Nasdaq debut on May 13, now trades 20% above its $15 offer price."
    )
    assert (claim(debut, "May 13").subject, claim(debut, "May 13").attribute) == (
        "Quillon Data",
        "date listed",
    )
    # a debut that is no listing: a product's, in a sentence about no shares
    product = "Quillon Data said its Falcon headset made its European debut on May 13."
    assert claim(product, "May 13").attribute != "date listed"


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        ("Halden Foods reported revenue of $2.1 billion in the three months to June 30.",
         "$2.1 billion", "2026-Q2"),
        ("Halden Foods posted a profit of $90 million for the quarter ended Sept. 30.",
         "$90 million", "2026-Q3"),
        # a last day that ends no calendar quarter names no quarter we can write
        ("Halden Foods reported revenue of $2.1 billion in the three months to May 31.",
         "$2.1 billion", None),
    ],
)
def test_a_quarter_named_by_its_last_day(text: str, figure: str, period: str | None) -> None:
    found = claim(text, figure, dt.date(2026, 11, 2)).period
    assert (str(found) if found else None) == period


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        ("Analysts like Zelbora. Zelbora generated $610 million in the second quarter.",
         "$610 million", "revenue"),
        ("Analysts like Zelbora. Zelbora brought in about $1.3 billion last year.",
         "about $1.3 billion", "revenue"),
        # what else is generated is not sales
        ("Analysts like Zelbora. Zelbora generated $610 million of free cash flow.",
         "$610 million", None),
        ("Analysts like Zelbora. Zelbora generated $40 million in savings.", "$40 million", None),
        # nor is what a part of the business brings in
        ("Analysts like Zelbora. Hospital scanners, long Zelbora's biggest unit, brought in "
         "$900 million.", "$900 million", None),
    ],
)
def test_verbs_of_taking_money_in_are_sales(
    text: str, figure: str, attribute: str | None
) -> None:
    assert claim(text, figure).attribute == attribute


def test_a_possessive_description_names_the_subject_after_it() -> None:
    text = (
        "Shares of Marlow Pharma rose 4%. Its kidney drug Velatro brought in $300 million "
        "in the second quarter, lifting group revenue to $2 billion."
    )
    assert claim(text, "$300 million").subject == "Velatro"
    assert claim(text, "$2 billion").subject == "Marlow Pharma"
    said = (
        "Shares of Marlow Pharma rose 4%. Its chief executive Jo Park said revenue hit $2 billion."
    )
    assert claim(said, "$2 billion").subject == "Marlow Pharma"


def test_a_takeover_price_after_a_long_object_and_for() -> None:
    text = (
        "Halden Group said it had agreed to buy dental chain Brisk Smiles from private equity "
        "owner Oaken Partners and its co-investors for £310 million including debt."
    )
    found = claim(text, "£310 million")
    assert (found.subject, found.attribute) == ("Brisk Smiles", "acquisition_price")


@pytest.mark.parametrize(
    ("text", "subject", "attribute"),
    [
        ("In the end Halden is paying Oaken £330mn for Brisk once debt is counted.", "Brisk",
         "acquisition_price"),
        ("Halden paid £330mn for Brisk in 2024.", "Brisk", "acquisition_price"),
        # a part of a company, or what a name qualifies, is no price of it
        ("Halden paid £330mn for Brisk's dental unit.", "Halden", None),
        ("Halden paid £330mn for Brisk software licences.", "Halden", None),
    ],
)
def test_a_sum_paid_for_a_name_is_its_price(
    text: str, subject: str, attribute: str | None
) -> None:
    found = claim(text, "£330mn")
    assert (found.subject, found.attribute) == (subject, attribute)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # the date of a clause of its own after the figure is that clause's event
        ("Halden paid £330mn for Brisk, its biggest deal since it listed in 2015.", None),
        ("Halden's revenue rose to £2bn after the company cut prices in 2024.", None),
        # a date with no clause of its own still scopes
        ("Halden plans to spend £2bn before the end of 2027 on new sites.", "2027"),
        ("Halden's revenue reached £2bn in 2025.", "2025"),
    ],
)
def test_a_date_in_a_subordinate_clause_after_the_figure(text: str, period: str | None) -> None:
    figure = "£330mn" if "£330mn" in text else "£2bn"
    found = claim(text, figure).period
    assert (str(found) if found else None) == period


def test_a_clinic_chain_written_short_is_its_full_name() -> None:
    report = factcheck.check(
        [
            Document("a.md", "Halden agreed to acquire Brisk Clinics for £310 million."),
            Document("b.md", "Analysts say Halden is paying Oaken £380mn for Brisk in all."),
        ]
    )
    found = [f for f in report.findings if f.type.value == "contradiction"]
    assert [(f.a.text, f.b.text if f.b else None) for f in found] == [("£310 million", "£380mn")]


def test_the_day_an_offering_was_priced_is_not_the_day_it_listed() -> None:
    report = factcheck.check(
        [
            Document(
                "a.md",
                "Quillon Data priced its initial public offering at $15 a share on Tuesday.",
                published=dt.date(2026, 5, 8),
            ),
            Document(
                "b.md",
                "Shares of Quillon Data rose 20% on their first day of trading on Wednesday.",
                published=dt.date(2026, 5, 8),
            ),
        ]
    )
    assert [f for f in report.findings if f.type.value == "contradiction"] == []
    priced = next(c for c in report.claims if c.text == "Tuesday")
    assert priced.attribute is None


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Pharma settled. Under the deal it disclosed with its results last week, the "
        "New Jersey drugmaker will pay $200 million to the states.",
        "Marlow Pharma settled. The Leeds grocer raised $200 million in a bond sale.",
    ],
)
def test_a_description_with_a_place_before_its_head_refers_back(text: str) -> None:
    assert claim(text, "$200 million").subject == "Marlow Pharma"


def test_a_place_description_after_a_clause_of_its_own_is_no_reference() -> None:
    text = (
        "Analysts like Orvane Air and Globex. Orvane Air also ordered 45 jets from Aerlith, "
        "the European planemaker, for its new routes."
    )
    assert claim(text, "45").subject == "Orvane Air"


def test_the_month_a_financial_year_ended_is_no_period() -> None:
    report = factcheck.check(
        [
            Document(
                "a.md",
                "Halden Foods ended the financial year with 540 stores.",
                published=dt.date(2026, 10, 20),
            ),
            Document(
                "b.md",
                "Halden Foods ended its financial year in August with 480 stores.",
                published=dt.date(2026, 10, 22),
            ),
        ]
    )
    found = [f for f in report.findings if f.type.value == "contradiction"]
    assert [(f.a.text, f.b.text if f.b else None) for f in found] == [("540", "480")]
    # a year written with it still dates the count
    dated = "Halden Foods ended its financial year in August 2025 with 480 stores."
    assert str(claim(dated, "480").period) == "2025-08"


@pytest.mark.parametrize("seller", ["buyout firm Oaken Partners", "buyout group Oaken"])
def test_a_seller_described_as_a_buyout_firm_is_not_what_is_bought(seller: str) -> None:
    text = f"Analysts like Halden. Halden agreed to buy Brisk Smiles from {seller} for £310m."
    found = claim(text, "£310m")
    assert (found.subject, found.attribute) == ("Brisk Smiles", "acquisition_price")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Analysts like Orvane. Orvane shipped 9.2 million phones in the July–September "
         "quarter.", "2026-Q3"),
        ("Analysts like Orvane. Orvane reported revenue of $2 billion for the April-June "
         "quarter.", "2026-Q2"),
        # months that span no calendar quarter name no quarter we can write
        ("Analysts like Orvane. Orvane reported revenue of $2 billion for the May-July "
         "quarter.", None),
    ],
)
def test_a_quarter_named_by_its_months(text: str, period: str | None) -> None:
    figure = next(c for c in claims_of(text, dt.date(2026, 10, 15)) if c.kind is not Kind.DATE)
    assert (str(figure.period) if figure.period else None) == period


def test_who_polled_the_analysts_is_no_subject_later_sentences_go_on_about() -> None:
    text = (
        "Orvane posted a profit of $1 billion. Analysts polled by Kelso Data had expected "
        "$1.1 billion. Revenue in the quarter rose to $6.1 billion."
    )
    assert claim(text, "$6.1 billion").subject != "Kelso Data"
    text = (
        "Orvane posted a profit of $1 billion. Analysts polled by Kelso Data said Globex "
        "lagged. Revenue in the quarter rose to $6.1 billion."
    )
    assert claim(text, "$6.1 billion").subject == "Globex"
