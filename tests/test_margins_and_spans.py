"""Margins, spans and the other readings added after corpora 81-84's first readings
(sentences written for these tests): "an underlying EBITDA margin of 24.1%" is a margin,
read as a result is; "£208.9m in the six months to 30 June" is a half-year's, and so are
the results of the sentences that go on about it; a trust's "operating surplus" is its
operating profit; "will move on site" prices nothing; a company's value at its closing
price is its market value and a portfolio valued is the portfolio's; a provision is no
fine; a fine told on a dateline is of its month; a description that a name follows is
that name; a city before a hyphenated base is no subject; operating, running and a
network count one estate; "founded the company" founds the article's company."""

from __future__ import annotations

import datetime as dt

import prose

import factcheck
from factcheck import Document

PUBLISHED = dt.date(2026, 3, 5)


def _read(text: str, written: str) -> tuple[str | None, str | None, str | None]:
    return prose.reading(text, written, published=PUBLISHED)


def test_a_margin_is_read_with_the_result_it_is_of() -> None:
    text = "Kelvin Ferries reported an underlying EBITDA margin of 24.1% for 2025."
    assert _read(text, "24.1%") == ("Kelvin Ferries", "margin (underlying ebitda)", "2025")
    text = "Kelvin Ferries posted a 12% operating margin."
    assert _read(text, "12%")[1] == "margin (operating)"
    # "profit" adds nothing: the operating profit margin is the operating margin
    text = "Kelvin Ferries' operating profit margin was 12.2%."
    assert _read(text, "12.2%")[1] == "margin (operating)"


def test_a_sentence_opening_with_a_margin_goes_on_about_the_company() -> None:
    text = (
        "Kelvin Ferries' revenue rose 5% to £412.6m in 2025. The underlying EBITDA margin"
        " widened to 21.4% from 20.2% a year earlier, an improvement of 1.2 percentage points."
    )
    assert _read(text, "21.4%") == ("Kelvin Ferries", "margin (underlying ebitda)", "2025")
    # the base and the change in points are no margin of the year
    assert _read(text, "20.2%")[1] is None
    assert _read(text, "1.2 percentage points")[1] is None


def test_other_margins_are_not_margins() -> None:
    assert _read("Kelvin Ferries keeps a margin of safety of 30%.", "30%")[1] is None


def test_margins_of_other_results_do_not_meet() -> None:
    one = "Kelvin Ferries reported an underlying EBITDA margin of 24.1% for 2025."
    other = "Kelvin Ferries reported an operating margin of 12.4% for 2025."
    assert prose.contradictions(one, other) == []
    again = "Kelvin Ferries reported an underlying EBITDA margin of 21.4% for 2025."
    assert prose.contradictions(one, again) == [("24.1%", "21.4%")]


def test_six_months_after_a_figure_is_its_span() -> None:
    text = "Kelvin Ferries said revenue rose 6.5% to £208.9m in the six months to 30 June."
    assert _read(text, "£208.9m")[1] == "revenue (half-year)"
    text = "Kelvin Ferries' revenue rose to £412.6m in the twelve months to December 31."
    assert _read(text, "£412.6m")[1:] == ("revenue", "2025")


def test_the_next_sentence_takes_the_span() -> None:
    text = (
        "Kelvin Ferries made a pre-tax profit of £18.7m in the six months to 31 December."
        " Revenue rose 5.8% to £312.4m, and like-for-like sales increased 3.1%."
    )
    assert _read(text, "£312.4m")[1] == "revenue (half-year)"
    assert _read(text, "3.1%")[1] == "growth of revenue (like-for-like) (half-year)"
    annual = "Kelvin Ferries' revenue for 2025 was £412.6m, its highest yet."
    assert prose.contradictions(text, annual) == []


def test_an_operating_surplus_is_an_operating_profit() -> None:
    text = "The Clyde Port Trust's operating surplus rose to £12.8 million from £11.9 million."
    assert _read(text, "£12.8 million")[1] == "operating_profit"


def test_moving_on_site_prices_nothing() -> None:
    text = (
        "The Clyde Port Trust says contractors will move on site at Largs next month to start"
        " its £74m charging programme."
    )
    assert _read(text, "£74m")[1] != "acquisition_price"
    transfer = "Rossi completed his move to Harrowgate Athletic for £18m."
    assert _read(transfer, "£18m")[1] == "acquisition_price"


def test_a_forecast_margin_is_no_margin_of_the_year() -> None:
    text = (
        "For 2026, Brandmoor expects revenue growth of 3% to 5% and an adjusted EBIT margin"
        " of 10% to 10.5%."
    )
    assert _read(text, "10% to 10.5%")[1] is None


def test_a_provision_is_not_the_fine_it_covers() -> None:
    text = (
        "Carrow said the penalty and costs were fully covered by a £2m provision booked in"
        " its accounts for the year to March 2025."
    )
    assert _read(text, "£2m")[1] is None


def test_a_description_then_its_name_is_the_name() -> None:
    text = (
        "Carrow was fined £1.8 million in March. The principal contractor on the site,"
        " Irwell Living Construction, was fined £450,000."
    )
    assert _read(text, "£450,000")[:2] == ("Irwell Living Construction", "fine")
    # a description alone still refers back
    alone = "Carrow was fined £1.8 million in March. The contractor was also fined £450,000."
    assert _read(alone, "£450,000")[0] == "Carrow"


def test_a_companys_value_at_its_closing_price_is_its_market_value() -> None:
    text = "Carrow itself closed down 2.1% at 402p, valuing the landlord at roughly £2.1bn."
    assert _read(text, "roughly £2.1bn")[1] == "market_value"


def test_a_portfolio_valued_is_not_the_companys_valuation() -> None:
    text = "Carrow Estates said the portfolio was valued at £4.82bn at the year-end."
    assert _read(text, "£4.82bn")[1] == "valuation (portfolio)"
    round_ = "Carrow's Series B valued it at £2.1bn."
    assert _read(round_, "£2.1bn")[1] == "valuation (series b)"


def test_a_fine_the_regulator_tells_on_the_dateline_is_of_its_month() -> None:
    text = (
        "ROME, Nov 18 (Euro Wire) - Italy's consumer authority said on Tuesday it had fined"
        " Lingvo Inc. €4.2 million for unfair renewals."
    )
    found = prose.claim(text, "€4.2 million", published=dt.date(2025, 11, 18))
    assert (found.attribute, str(found.period)) == ("fine", "2025-11")


def test_a_city_before_a_hyphenated_base_is_no_subject() -> None:
    text = "Oakland, California-based Baymoor operates 118 branches across five states."
    assert _read(text, "118") == ("Baymoor", "count of branches (operates)", None)


def test_operating_running_and_a_network_count_one_estate() -> None:
    one = "Baymoor operates 118 branches across five states."
    other = "Baymoor's network of 128 branches fills the biggest hole on the map."
    assert prose.contradictions(one, other) == [("118", "128")]
    runs = "Baymoor runs 118 branches across five states."
    assert prose.contradictions(one, runs) == []
    assert _read(runs, "118")[1] == "count of branches (operates)"


def test_the_company_its_founders_founded_is_the_articles() -> None:
    text = (
        "Vantmoor Furniture Group makes office desks in Grand Rapids. Walter and Emil"
        " Vantorsky built the first cabinet in 1931, the year they founded the company."
    )
    document = Document("d.md", text, title="Vantmoor Furniture Group at 95", published=PUBLISHED)
    [found] = [c for c in factcheck.check([document]).claims if c.text == "1931"]
    assert found.attribute == "date founded"
    assert found.subject is not None and found.subject.startswith("Vantmoor")


def test_a_margin_a_result_lifts_is_the_companys() -> None:
    text = (
        "Brandmoor's revenue rose to €4.8 billion in 2025. Adjusted earnings before interest"
        " and taxes rose to €472 million, lifting the adjusted EBIT margin to 9.8% from 9.1%"
        " a year earlier."
    )
    assert _read(text, "9.8%") == ("Brandmoor", "margin (adjusted ebit)", "2025")
