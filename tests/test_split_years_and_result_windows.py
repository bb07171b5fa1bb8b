"""Seasons and financial years written across two calendar years ("the 2024/25 season"),
results stories a quarter apart, a financial year lent only to articles written after it
ended, and a few readings of names and deals (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose

# ---- split years


def test_a_split_year_is_one_period_of_its_own() -> None:
    text = "Tarvello Agro crushed 24.6 million tonnes of cane in the 2024/25 season."
    assert prose.reading(text, "24.6 million tonnes")[2] == "2024/25"
    dashed = "Tarvello Agro's revenue in fiscal 2024-25 was £4.1 billion."
    assert prose.reading(dashed, "£4.1 billion")[2] == "2024/25"


def test_a_split_year_reads_the_words_after_it() -> None:
    text = "Net debt was 1.7 times Tarvello Agro's 2024/25 adjusted EBITDA of R$3.7 billion."
    assert prose.reading(text, "R$3.7 billion")[1:] == ("ebitda (adjusted)", "2024/25")


def test_a_range_of_years_is_no_split_year() -> None:
    # years that do not follow each other are a range: no season, and no one year either
    text = "Tarvello Agro crushed 24.6 million tonnes of cane in 2019-25."
    assert prose.reading(text, "24.6 million tonnes")[2] is None
    single = "Tarvello Agro crushed 24.6 million tonnes of cane in 2019."
    assert prose.reading(single, "24.6 million tonnes")[2] == "2019"


def test_two_seasons_are_never_compared_and_one_season_is() -> None:
    one = "Tarvello Agro crushed 24.6 million tonnes of cane in the 2024/25 season."
    next_season = "Tarvello Agro crushed 21.2 million tonnes of cane in the 2025/26 season."
    same_season = "Tarvello Agro crushed 26.4 million tonnes of cane in the 2024/25 season."
    assert prose.contradictions(one, next_season) == []
    found = prose.contradictions(one, same_season)
    assert found == [("24.6 million tonnes", "26.4 million tonnes")]


def test_adjusted_results_take_the_year_before_them() -> None:
    text = "Tarvello Agro's 2024 adjusted EBITDA was R$3.7 billion."
    assert prose.reading(text, "R$3.7 billion")[1:] == ("ebitda (adjusted)", "2024")
    # a past verb still ends the phrase: "in 2024 and reported revenue of" is no 2024 revenue
    reported = "Tarvello Agro listed in 2024 and reported revenue of R$3.7 billion."
    assert prose.reading(reported, "R$3.7 billion")[2] is None


# ---- an undated metric is nobody's subject


def test_an_opening_modifier_and_a_metric_name_no_subject() -> None:
    text = (
        "Tarvello Agro reported its results on Tuesday.\n\n"
        "Adjusted EBITDA came in at R$3.71 billion, giving a margin of 37.7%."
    )
    assert prose.reading(text, "R$3.71 billion")[:2] == ("Tarvello Agro", "ebitda (adjusted)")


# ---- results stories a quarter apart

ANNUAL = (
    "Tarvello Agro earned R$1.12 billion in the twelve months to March 31. Net revenue rose "
    "6.2% to R$9.84 billion."
)
QUARTER = "Tarvello Agro processed more cane. Net revenue rose 4.5% to R$2.31 billion."


def test_undated_results_a_quarter_apart_are_two_reports() -> None:
    # the full year's results in May, the first quarter's in August: 84 days apart
    annual, quarter = (ANNUAL, dt.date(2025, 5, 20)), (QUARTER, dt.date(2025, 8, 12))
    assert prose.dated_contradictions(annual, quarter) == []


def test_undated_results_weeks_apart_are_one_report() -> None:
    annual, quarter = (ANNUAL, dt.date(2025, 5, 20)), (QUARTER, dt.date(2025, 6, 10))
    found = prose.dated_contradictions(annual, quarter)
    assert ("6.2%", "4.5%") in found


# ---- a financial year is lent only to the articles that can report it

LATER_YEAR = "Tarvello Agro's net revenue for the twelve months to March 31 rose to R$11.6 billion."
BARE = "Tarvello Agro's net revenue was R$9.84 billion, it said."


def test_a_financial_year_is_not_lent_before_it_ended() -> None:
    # the year to March 2026, named in May 2026; the bare figure was written in May 2025
    later = (LATER_YEAR, dt.date(2026, 5, 19))
    assert prose.dated_contradictions(later, (BARE, dt.date(2025, 5, 20))) == []


def test_a_financial_year_is_lent_to_an_article_written_after_it() -> None:
    later = (LATER_YEAR, dt.date(2026, 5, 19))
    found = prose.dated_contradictions(later, (BARE, dt.date(2026, 6, 2)))
    assert found == [("R$11.6 billion", "R$9.84 billion")]


# ---- names and deals


def test_a_nordic_company_form_is_part_of_the_name() -> None:
    text = "Baltora Line AB agreed to buy the routes of Danish rival Vesterhav Shipping A/S."
    names = {c.subject for c in prose.all_claims_of(text + " It paid SEK 4.2 billion.")}
    assert "S" not in names
    one = "Vesterhav Shipping A/S employs 1,150 seafarers."
    other = "Vesterhav Shipping employs 1,510 seafarers."
    assert prose.contradictions(one, other) == [("1,150", "1,510")]


def test_a_count_on_a_combined_basis_is_the_combinations() -> None:
    text = (
        "Because Hallbrook completed its Ashvale takeover last month, the two are listed "
        "apart; on a combined basis they conducted 94,900 funerals."
    )
    assert prose.reading(text, "94,900")[1].endswith("(combined)")


def test_completing_a_priced_takeover_dates_its_completion() -> None:
    text = (
        "Hallbrook Group rose 1.2% after completing its £288m takeover of Ashvale Partners "
        "on Monday."
    )
    subject, attribute, _ = prose.reading(text, "Monday")
    assert (subject, attribute) == ("Ashvale Partners", "date acquired (completed)")


def test_a_review_of_a_takeover_dates_no_purchase() -> None:
    text = (
        "The Competition and Markets Authority launched its Phase 1 review of Hallbrook's "
        "takeover of Ashvale Partners on 9 October."
    )
    assert prose.reading(text, "9 October")[1] is None
