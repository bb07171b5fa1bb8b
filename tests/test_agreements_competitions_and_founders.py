"""Dates of agreements and approvals, enterprise values told after a deal's noun, places
won at a competition, founders' employers, and sums in won (sentences written for these
tests, with invented names)."""

from __future__ import annotations

import datetime as dt

import prose

JANUARY = dt.date(2026, 1, 23)


def test_an_agreement_to_be_bought_and_an_approval_date_no_purchase() -> None:
    agreed = "Vaalbeek Cocoa, which agreed last month to be bought by Marzell, runs three plants."
    approved = "The European Commission on Monday approved Marzell's takeover of Vaalbeek Cocoa."
    assert prose.claim(agreed, "last month").attribute is None
    assert prose.claim(approved, "Monday").attribute is None
    assert prose.dated_contradictions((agreed, dt.date(2025, 10, 1)), (approved, JANUARY)) == []
    # the completion is still the day it was bought
    completed = "Marzell completed its takeover of Vaalbeek Cocoa on Monday."
    assert prose.claim(completed, "Monday").attribute == "date acquired (completed)"


def test_a_deal_including_debt_is_its_enterprise_value() -> None:
    enterprise = (
        "Brussels on Monday approved Marzell's takeover of Vaalbeek Cocoa, removing the last"
        " hurdle for the roughly €2.1 billion deal, including debt."
    )
    equity = (
        "Marzell agreed to buy Vaalbeek Cocoa in a deal that valued Vaalbeek Cocoa's equity at"
        " €1.54 billion."
    )
    assert prose.contradictions(enterprise, equity) == []
    other_equity = equity.replace("€1.54 billion", "€1.45 billion")
    assert prose.contradictions(equity, other_equity) == [("€1.54 billion", "€1.45 billion")]


def test_a_place_won_at_a_competition_is_on_its_board() -> None:
    text = "Pulse Nine's Jade Run squad finished second at the Jade Run Masters in Shanghai."
    rank = prose.claim(text, "second")
    assert (rank.subject, rank.item) == ("Jade Run Masters", "Jade Run")
    chart = "Lingxi's Jade Run held third place on the Korea Mobile Grossing chart."
    assert prose.contradictions(text, chart) == []
    # "at" a name that is no competition names no board
    assert prose.claim("Acme ranked second at Amazon.", "second").subject is None


def test_a_founders_employer_is_not_the_company_founded() -> None:
    text = (
        "Founded in 2021 by Choi Min-jae, a former server engineer at Haneul Games, and Priya"
        " Raman, who worked at a US payments company, Fathomline started out by analysing"
        " match data."
    )
    assert prose.claim(text, "2021").subject == "Fathomline"
    short = "Founded in 2016 by Ana Lind and Tom Rek, two former bankers, Payvik started small."
    assert prose.claim(short, "2016").subject == "Payvik"


def test_a_sum_in_won_is_no_verb_between_a_date_and_a_figure() -> None:
    text = (
        "Last year Haneul Games booked 1.08 trillion won in revenue at an operating margin of"
        " about 13%."
    )
    assert prose.reading(text, "about 13%", published=dt.date(2026, 5, 20))[1:] == (
        "margin (operating)",
        "2025",
    )
    # a verb "won" between still dates an event, not the figure
    contract = "In 2019 Haneul Games won a contract and its operating margin was 13%."
    assert prose.reading(contract, "13%", published=dt.date(2026, 5, 20))[2] is None


def test_a_cue_word_in_a_companys_name_is_no_cue() -> None:
    price = "Banksford Royalties slipped 1.1% to A$3.61 after going ex-dividend."
    assert prose.reading(price, "A$3.61")[1] is None
    fee = "Banksford paid royalties of A$3.6 million."
    assert prose.reading(fee, "A$3.6 million")[1] == "fee (paid)"
    # a headline capitalises every word: its cue is still a cue
    headline = "Corvane Systems Revenue Hits $4.2 Billion"
    assert prose.reading(headline, "$4.2 Billion")[1] == "revenue"
    # a round is written "Series C" in any prose, after any capitalised word
    round_ = "Quillford, which Harbourline's April-led Series C priced at $1.5 billion, grew."
    assert prose.reading(round_, "$1.5 billion")[1] == "valuation (series c)"


def test_a_named_business_of_the_company_is_a_part() -> None:
    aside = (
        "Meridor's own signalling unit, built up since 2019, had revenue of CHF 410 million"
        " in 2024."
    )
    relative = (
        "Lumera's Austrian level-crossing business, which had sales of about €38 million last"
        " year, overlaps with a rival's."
    )
    assert prose.reading(aside, "CHF 410 million")[0] is None
    assert prose.reading(relative, "about €38 million")[0] is None
    whole = "Meridor's business had revenue of CHF 4.8 billion in 2024."
    assert prose.reading(whole, "CHF 4.8 billion")[0] == "Meridor"


def test_a_portion_of_a_fine_and_revenue_a_cut_costs_are_no_figures_of_their_own() -> None:
    portion = "Imvana said it had paid the R30 million portion of the regulator's fine."
    assert prose.reading(portion, "R30 million")[1] is None
    cost = "Savanta estimates the cuts will cost it roughly KSh 3 billion in annual revenue."
    assert prose.reading(cost, "roughly KSh 3 billion")[1] is None
    revenue = "Savanta booked roughly KSh 3 billion in annual revenue."
    assert prose.reading(revenue, "roughly KSh 3 billion")[1] is not None


def test_a_hedged_restatement_of_a_sum_is_never_lent_a_price() -> None:
    price = "Obodo Market has agreed to buy Nairobi start-up Tembra Logistics for $58 million."
    revenue = (
        "Against Tembra Logistics' 2025 revenue of KSh 3.9 billion, about $30 million, the"
        " price works out at roughly two times sales."
    )
    assert prose.contradictions(price, revenue) == []
