"""What the stop-29 corpora 153-156 asked for, on sentences written for these tests with
invented names: a round's first close; damages beside a fine; who a court orders to pay;
a total of several parties' fines; a price paid for the equity; net debt; a round's
valuation told "after money"; recurring revenue; shares worth a sum; a deal's value; the
counts of a list; a year opening a sentence before "it".
"""

from __future__ import annotations

import datetime as dt

from prose import claim, contradictions, dated_contradictions, reading

import factcheck
from factcheck import Document, Kind
from factcheck.backoff import read_apart
from factcheck.context.ranks import article_board
from factcheck.context.reading import figure_is_unqualified
from factcheck.context.roles import written_basis
from factcheck.segment import sentences

DAY = dt.date(2026, 3, 5)


def _reading(text: str, figure: str) -> tuple[str | None, str | None, str | None]:
    return reading(text, figure, published=DAY)


def _contradictions(*texts: str) -> list[list[str]]:
    return sorted(sorted(pair) for pair in contradictions(*texts, published=DAY))


def test_a_first_close_is_not_the_whole_round() -> None:
    first = "Brisk Labs has completed a first close of CHF 30 million in its Series B."
    assert _reading(first, "CHF 30 million")[1] == "funding_round (series b) (first close)"
    whole = "Brisk Labs raised CHF 46 million in a Series B round led by Alpine Capital."
    assert _reading(whole, "CHF 46 million")[1] == "funding_round (series b)"
    assert _contradictions(first, whole) == []
    # two articles giving the whole round differently still disagree
    other = "Brisk Labs closed a CHF 42 million Series B on Tuesday."
    assert _contradictions(whole, other) == [["CHF 42 million", "CHF 46 million"]]


def test_damages_are_not_the_fine_and_the_party_ordered_to_pay_is_the_payer() -> None:
    fine = "The Oslo District Court ordered Norlift Oyj to pay a corporate fine of €240,000."
    assert _reading(fine, "€240,000")[:2] == ("Norlift Oyj", "fine")
    damages = "Norlift and two managers were ordered jointly to pay the worker €62,000 in damages."
    assert _reading(damages, "€62,000")[1] == "damages"
    awarded = "A Turin court ordered Falco Srl to pay Vento €2.35 million in damages."
    assert _reading(awarded, "€2.35 million")[:2] == ("Falco Srl", "damages")
    # a fine and the damages of one case never meet
    other = "Norlift was hit with a €290,000 corporate fine last week."
    assert _contradictions(damages, other) == []


def test_a_total_of_several_parties_fines_is_no_ones() -> None:
    text = (
        "The authority fined Banca Sora SpA, the lender that financed the plans, €400,000, "
        "bringing the total penalties in the case to €3.9 million."
    )
    assert _reading(text, "€400,000")[:2] == ("Banca Sora SpA", "fine")
    assert _reading(text, "€3.9 million")[1] is None
    start = text.index("€3.9")
    assert not figure_is_unqualified(text, start, start + len("€3.9 million"), Kind.MONEY)
    # a company's own running total is still its own
    raised = "The new funding brings the total Layla has raised to $22.5 million."
    assert _reading(raised, "$22.5 million")[1] == "funding_round"


def test_a_price_for_the_equity_is_an_equity_value_and_net_debt_no_price() -> None:
    text = "Larkmoor will pay about €780 million for Dentora's equity and assume its debt."
    start = text.index("about")
    assert written_basis(text, start, text.index(" for ")) == "equity"
    debt = "Dentora's own net debt before the deal was €366 million, or 4.3 times EBITDA."
    assert _reading(debt, "€366 million")[1] is None
    enterprise = "Dentora agreed to a deal valuing it at €1.15 billion including debt."
    assert _contradictions(text, enterprise) == []


def test_a_valuation_after_money_when_a_round_was_raised_is_that_rounds() -> None:
    text = "Lumex was valued at $390 million after money when it raised a $50 million Series B."
    assert _reading(text, "$390 million")[1] == "valuation (series b)"


def test_recurring_revenue_is_its_own_level() -> None:
    text = "Lumex raised money at a $1.1 billion post-money valuation on $52 million of ARR."
    assert _reading(text, "$1.1 billion")[1] == "valuation"
    assert _reading(text, "$52 million")[:2] == ("Lumex", "recurring_revenue")
    named = "Lumex's annual recurring revenue rose 80% to $52 million."
    assert _reading(named, "$52 million")[1] == "recurring_revenue"
    # a run rate moves: two undated figures told months apart are both true
    later = ("Lumex now has ARR of $80 million.", dt.date(2026, 11, 5))
    assert dated_contradictions((text, DAY), later) == []


def test_shares_worth_a_sum_and_a_deals_value_are_no_valuation() -> None:
    text = (
        "Orvo agreed to buy Nimba in cash and stock. The 2.89 million shares issued to "
        "Nimba's investors were worth about $439 million, valuing the whole transaction at "
        "about $1.32 billion."
    )
    assert _reading(text, "about $439 million")[1] is None
    assert _reading(text, "about $1.32 billion")[1] == "acquisition_price"
    round_value = "Nimba was valued at $780 million in a Series C round in March 2024."
    assert _contradictions(text, round_value) == []


def test_every_count_of_a_list_is_governed_as_the_first() -> None:
    text = "The chain ended the year with 312 clinics, 1,870 dental chairs and 1,460 dentists."
    assert _reading(text, "1,460")[1] == "count of dentists"
    assert _reading(text, "1,870")[1] == "count of dental chairs"
    listed = "Globex runs 40 stores, 12 depots and about 900 staff."
    assert claim(listed, "12", published=DAY).attribute == "count of depots (operates)"


def test_a_year_opening_a_sentence_before_it_dates_every_clause() -> None:
    text = "By the end of 2024 it had 330 shops, along with 14 lounges and about 6,800 employees."
    assert (_reading(text, "about 6,800")[2] or "").endswith("2024")


def test_a_plants_staff_and_a_share_of_it_are_no_companys_figures() -> None:
    text = (
        "Windmere Energie signed a pay deal at its Husum plant. "
        "It covers the plant's 1,350 employees."
    )
    assert _reading(text, "1,350")[0] is None
    share = "Totopo buys 95,000 tonnes of corn a year, around 40% of it from growers in Puebla."
    assert _reading(share, "around 40%")[1] is None


def test_a_sectors_size_is_never_lent_a_companys_fine() -> None:
    fined = "Corrella Care has been ordered to pay a A$2.4 million penalty."
    sector = "Aged care in Australia is a A$30 billion-plus sector still run on paper."
    assert _contradictions(fined, sector) == []
    start = sector.index("A$")
    assert not figure_is_unqualified(sector, start, start + len("A$30 billion"), Kind.MONEY)


def test_some_of_the_counted_is_no_total_but_some_of_its_is() -> None:
    text = (
        "Corrella held exemptions at three of the 11 homes. "
        "Only four of its 21 campuses are open."
    )
    assert _reading(text, "11")[1] is None
    assert _reading(text, "21")[1] == "count of campuses"


def test_a_group_a_deal_makes_and_a_price_for_the_shares() -> None:
    grown = (
        "Harbourview agreed to buy Rimu Glen. "
        "Harbourview becomes a trans-Tasman group with close to 70 villages."
    )
    assert _reading(grown, "close to 70")[1] == "count of villages (combined)"
    shares = "Ravelo completed its purchase of Brandt AB, paying SEK 3.79 billion for the shares."
    start = shares.index("SEK")
    assert written_basis(shares, start, start + len("SEK 3.79 billion")) == "equity"


def test_a_sum_held_in_escrow_is_not_the_fine_it_covers() -> None:
    escrow = (
        "Under the deal the sellers bear the cost of any penalty in the Tarn case, and SEK 25 "
        "million of the price is held in escrow for 18 months to cover it."
    )
    fine = "The Tarn case ended in December with a SEK 2.3 million corporate fine."
    assert _reading(escrow, "SEK 25 million")[1] is None
    assert _contradictions(escrow, fine) == []


def test_who_overtook_a_rival_for_a_place_holds_it_not_the_rival() -> None:
    text = "The Esbjerg company connected 3.6 GW last year and overtook Windmere for second place."
    assert claim(text, "second", published=DAY).item is None
    fell = "Windmere Energie fell two places to seventh."
    assert claim(fell, "seventh", published=DAY).item == "Windmere Energie"


def test_a_name_goes_on_through_a_lower_case_particle() -> None:
    text = "Tostadas del Monte employs 1,900 people. Banco de la Plata has 400 branches."
    assert _reading(text, "1,900")[0] == "Tostadas del Monte"
    assert _reading(text, "400")[0] == "Banco de la Plata"


def test_one_of_a_countrys_largest_operators_is_not_the_country() -> None:
    text = "One of Australia's largest care operators was ordered to pay a A$2.4 million penalty."
    assert _reading(text, "A$2.4 million")[:2] == (None, "fine")


def test_a_currencys_letters_end_a_name() -> None:
    text = (
        "Savanna Telecom reported results on Thursday. Service revenue rose 9% to KSh 388.1 "
        "billion. Earnings per share came in at KSh 2.15."
    )
    assert _reading(text, "KSh 2.15")[0] != "KSh"
    fined = "The largest fine, Rs 318.6 crore, falls on Meridian. Sahyadri was fined Rs 142 crore."
    assert _reading(fined, "Rs 142 crore")[0] != "Rs 318.6"


def test_the_party_right_before_was_fined_is_fined() -> None:
    text = (
        "The largest penalty falls on Mumbai-based Meridian Tyre & Rubber Ltd. "
        "Pune-based Sahyadri Tyres Ltd was fined Rs 142.3 crore."
    )
    assert _reading(text, "Rs 142.3 crore")[:2] == ("Sahyadri Tyres Ltd", "fine")


def test_an_interim_dividend_is_not_the_final_one() -> None:
    final = "The board of Savanna Telecom recommended a final dividend of KSh 1.35 per share."
    interim = "Savanna Telecom's board declared an interim dividend of KSh 0.60 per share."
    assert _reading(final, "KSh 1.35 per share")[1] == "dividend per share (final)"
    assert _contradictions(final, interim) == []


def test_a_rank_is_not_dated_by_the_financial_year_of_its_measure() -> None:
    text = "Vardana Tyres moves up to No. 14, on revenue of $2.9bn for the year to March 2025."
    assert claim(text, "No. 14", published=DAY).period is None


def test_a_list_named_by_its_size_is_a_board_with_its_years_edition() -> None:
    board = article_board(
        [
            "Trail Tyre 40, 2025 edition: Vardana edges up",
            "The 40 largest makers grew, according to Tread Weekly's annual Trail Tyre 40 ranking.",
        ]
    )
    assert board is not None and board[0] == "Trail Tyre 40"
    assert board[1] is not None and str(board[1]) == "2025"


def test_a_row_of_a_list_is_held_by_the_name_after_its_place() -> None:
    rows = "- **No. 11 - Orvane Tyres Ltd**, $3.7bn.\n- **No. 14 - Vardana Tyres Ltd**, $2.9bn."
    assert [s.text[:12] for s in sentences(rows)] == ["- **No. 11 -", "- **No. 14 -"]
    assert claim(rows, "No. 14", published=DAY).item == "Vardana Tyres Ltd"


def test_a_sized_lists_ranks_meet_across_owner_names_and_month_editions() -> None:
    ranking = (
        "Trail Tyre 40, 2025 edition: Vardana edges up",
        "The 40 largest makers grew, according to Tread Weekly's annual Trail Tyre 40 ranking.",
        "- **No. 14 - Vardana Tyres Ltd**, $2.9 billion.",
    )
    body = "\n\n".join(ranking[1:])
    docs = [
        Document("a.md", body, title=ranking[0], published=dt.date(2025, 12, 16)),
        Document(
            "b.md",
            "Vardana Tyres, placed 17th in Tread Weekly's Trail Tyre 40 ranking published in "
            "December, is among the few Indian makers with a plant abroad.",
            published=dt.date(2026, 1, 20),
        ),
    ]
    found = [(f.a.text, f.b.text) for f in factcheck.check(docs).findings if f.b is not None]
    assert found == [("No. 14", "17th")]


def test_a_ranking_within_one_measure_of_the_field_is_read_apart() -> None:
    text = "Among producers measured only on their Norwegian harvest, Nordvik ranks seventh."
    assert read_apart(claim(text, "seventh", published=DAY))


def test_a_since_year_gives_no_year_to_a_month() -> None:
    text = (
        "The chain, which completed its C$1.9 billion takeover of Aspen Vale in January, has "
        "run a delivery pilot since 2023."
    )
    assert reading(text, "C$1.9 billion", published=dt.date(2026, 3, 10))[2] == "2026-01"


def test_what_a_deal_turns_a_buyer_into_is_combined() -> None:
    text = "The takeover turns Egeo into a two-country operator with 23 vessels and 29 routes."
    assert _reading(text, "23")[1] == "count of vessels (combined)"


def test_a_count_each_and_a_count_of_whom_are_parts() -> None:
    each = "The terminal takes two turnarounds a day of ships carrying up to 6,000 guests each."
    assert _reading(each, "up to 6,000")[1] is None
    part = "Kordo carried 1.42 million passengers in 2025, of whom about 780,000 came via Izmir."
    assert _reading(part, "about 780,000")[1] is None
    assert _reading(part, "1.42 million")[1] == "count of passengers (carried)"


def test_a_company_reporting_at_the_end_of_the_sentence_owns_its_figures() -> None:
    text = "Revenue rose 11.4% to €612 million in 2025, Grupo Dentora SA said on Wednesday."
    assert _reading(text, "€612 million")[:2] == ("Grupo Dentora SA", "revenue")
    analyst = "Sales rose 4% to $2 billion, analyst Jo Park said."
    assert _reading(analyst, "$2 billion")[0] is None


def test_a_quarters_margin_keeps_a_financial_year_off_the_articles_revenue() -> None:
    annual = (
        "Meridia Tyres said the penalty is about 1% of its revenue of Rs 31,240 crore in the "
        "year to March 2025."
    )
    quarter = (
        "Meridia Tyres fell 1.2% after its third-quarter EBITDA margin slipped to 15.2% from "
        "15.9% a year earlier.\n\nRevenue rose 6.1% to Rs 8,120 crore, but the company said "
        "higher spending had weighed on profit."
    )
    days = (dt.date(2025, 12, 10), dt.date(2026, 2, 5))
    assert dated_contradictions((annual, days[0]), (quarter, days[1])) == []


def test_an_opening_span_scopes_a_figure_whose_clause_is_the_sentence() -> None:
    text = (
        "In its result for the six months to September 30, released on Thursday, Rimu Vale "
        "reported underlying profit of NZ$58.2 million."
    )
    assert _reading(text, "NZ$58.2 million")[1] == "profit (underlying) (half-year)"
