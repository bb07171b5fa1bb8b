"""Round r17a: counted things and physical quantities, and their periods: a span written
"over the whole of 2024", a count and its noun before "in total last year", a description
opening a sentence after a phrase of time, a pronoun after a long opening phrase ("With
about 1,400 employees, most of them in A, B and C, it ..."), and a figure in a relative
clause on a possessed description (sentences written for these tests, in several domains).
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 11, 4)


claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


def _year(found: prose.Claim) -> int | None:
    return found.period.date.start.year if found.period is not None else None


# -- periods -----------------------------------------------------------------------------


def test_over_the_whole_of_a_year_scopes_the_figure() -> None:
    text = "Over the whole of 2024 Brantmoor Rail hauled 12.5 million tonnes of grain."
    assert _year(claim(text, "12.5 million tonnes")) == 2024


def test_for_the_entire_year_scopes_a_count() -> None:
    text = "Airline Pellow Air flew 4.1 million passengers throughout the whole of 2023."
    assert _year(claim(text, "4.1 million")) == 2023


def test_a_count_and_its_spelt_out_unit_before_in_total_last_year() -> None:
    text = "Brantmoor Rail moved 3.9 million twenty-foot equivalent units in total last year."
    assert _year(claim(text, "3.9 million")) == 2024


def test_a_quantity_in_all_last_year() -> None:
    text = "Ferrow Copper shipped 210,000 tonnes of concentrate in all last year."
    assert _year(claim(text, "210,000 tonnes")) == 2024


def test_a_clause_between_the_count_and_the_date_keeps_it_undated() -> None:
    text = "Ferrow Copper employs 2,300 people and it expects to hire more in 2026."
    assert claim(text, "2,300").period is None


# -- subjects ----------------------------------------------------------------------------


def test_a_description_after_a_phrase_of_time_refers_back() -> None:
    text = (
        "On Monday, Brantmoor Lines said it carried 1.2 million TEU in the first quarter.\n\n"
        "Brantmoor Lines is the region's third-largest carrier. The results extend a "
        "recovery. Over the whole of 2024 the carrier handled 4.6 million TEU."
    )
    found = claim(text, "4.6 million")
    assert found.subject is not None and "Brantmoor" in found.subject
    assert _year(found) == 2024


def test_a_pronoun_after_a_long_opening_phrase_refers_back() -> None:
    text = (
        "Quillon Analytics is a small business. With about 1,400 employees, most of them "
        "engineers in Porto, Lyon and Leeds, it is a fraction of the size of its buyer."
    )
    found = claim(text, "about 1,400")
    assert found.subject == "Quillon Analytics"
    assert found.attribute == "count of staff (employs)"


def test_a_number_with_a_comma_in_a_short_opening_phrase() -> None:
    text = "Quillon Analytics is growing. With 2,250 staff, it has doubled in three years."
    assert claim(text, "2,250").subject == "Quillon Analytics"


def test_a_figure_in_a_relative_clause_on_a_possessed_description_is_not_the_subjects() -> None:
    text = (
        "Quillon Analytics is a small business. With 640 staff, it is a fraction of the "
        "size of its buyer, which employs around 9,800 people."
    )
    assert claim(text, "around 9,800").subject is None
    assert claim(text, "640").subject == "Quillon Analytics"


def test_a_headcount_behind_a_long_opening_phrase_meets_another_article() -> None:
    one = (
        "Quillon Analytics is a small business. With about 1,400 employees, most of them "
        "engineers in Porto, Lyon and Leeds, it is a fraction of the size of its buyer."
    )
    other = "Quillon Analytics employs some 2,100 staff across three design centres."
    pairs = {frozenset(p) for p in contradictions(one, other)}
    assert frozenset({"about 1,400", "some 2,100"}) in pairs


# -- what a count counts, and its verb ----------------------------------------------------


def test_a_phrasal_verb_of_making_is_production() -> None:
    text = "Corlan Print's presses turn out about 90,000 books a week."
    assert claim(text, "about 90,000").attribute == "count of books (produced) (per week)"


def test_verbs_of_one_class_key_one_count() -> None:
    one = "Mendal Bakeries shed 1,200 jobs, the company said."
    other = "Mendal Bakeries laid off 900 jobs, the company said."
    assert claim(one, "1,200").attribute == claim(other, "900").attribute == "count of jobs (cut)"
    pairs = {frozenset(p) for p in contradictions(one, other)}
    assert frozenset({"1,200", "900"}) in pairs


def test_verbs_of_different_classes_keep_counts_apart() -> None:
    one = "Mendal Bakeries opened 18 shops, the company said."
    other = "Mendal Bakeries closed 12 shops, the company said."
    assert claim(one, "18").attribute != claim(other, "12").attribute
    assert contradictions(one, other) == []


def test_a_basis_modifier_is_no_part_of_what_is_counted() -> None:
    one = "Tessaly Glass's furnaces are now producing 52,000 panel-equivalent sheets a month."
    other = "Tessaly Glass produces about 44,000 sheets a month, the company said."
    assert claim(one, "52,000").attribute == "count of sheets (produced) (per month)"
    pairs = {frozenset(p) for p in contradictions(one, other)}
    assert frozenset({"52,000", "about 44,000"}) in pairs


def test_a_monthly_rate_never_meets_an_annual_total() -> None:
    one = "Tessaly Glass produces about 44,000 sheets monthly, the company said."
    other = "Tessaly Glass produced 510,000 sheets, the company said."
    assert claim(one, "about 44,000").attribute == "count of sheets (produced) (per month)"
    assert contradictions(one, other) == []


def test_a_rate_after_a_conversion_in_parentheses_still_counts() -> None:
    text = "Orrin Mills turns out 3,000 bales (about 20 lorries) per day."
    assert claim(text, "3,000").attribute.endswith("(per day)")


def test_capacity_is_a_rate_already() -> None:
    text = "Tessaly Glass can make 60,000 sheets a month."
    assert claim(text, "60,000").attribute == "count of sheets (capacity)"


def test_containers_handled_are_containers_carried() -> None:
    one = "Over the whole of 2024 the shipping group Oskarlund Line handled 2.2 million TEU."
    other = "Oskarlund Line moved 2.6 million twenty-foot equivalent units in total last year."
    assert claim(one, "2.2 million").attribute == "count of teu (carried)"
    pairs = {frozenset(p) for p in contradictions(one, other)}
    assert frozenset({"2.2 million", "2.6 million"}) in pairs


def test_a_foundry_written_alone_is_the_corpus_one_foundry_of_that_name() -> None:
    one = "Dravo Foundry produced 80,000 wafers a month, the chipmaker said."
    other = "That matters to Dravo, whose fabs are producing 95,000 wafers a month."
    pairs = {frozenset(p) for p in contradictions(one, other)}
    assert frozenset({"80,000", "95,000"}) in pairs


def test_a_sum_for_a_name_before_last_year_is_last_years() -> None:
    text = "Its kidney drug Renvexa brought in $1.52bn for Halmont Bio last year."
    assert _year(claim(text, "$1.52bn")) == 2024


def test_a_workforce_of_n_is_the_headcount() -> None:
    one = "Pomela Foods has a global workforce of about 2,300, most of them in Spain."
    other = "Pomela Foods employs 3,400 people, the company said."
    assert claim(one, "about 2,300").attribute == "count of staff (employs)"
    pairs = {frozenset(p) for p in contradictions(one, other)}
    assert frozenset({"about 2,300", "3,400"}) in pairs


def test_a_cut_to_the_workforce_is_no_headcount() -> None:
    text = "Pomela Foods cut its workforce by 300 last year."
    assert claim(text, "300").attribute is None


def test_throughout_a_year_dates_and_scopes() -> None:
    text = "Brisco Ferries carried 2.1 million passengers throughout 2023."
    assert _year(claim(text, "2.1 million")) == 2023


def test_a_record_is_no_verb_of_a_count() -> None:
    one = "Brisco Ferries carried a record 2.4 million passengers in 2024."
    other = "Brisco Ferries carried 2.9 million passengers last year, the operator said."
    assert claim(one, "2.4 million").attribute == "count of passengers (carried)"
    pairs = {frozenset(p) for p in contradictions(one, other)}
    assert frozenset({"2.4 million", "2.9 million"}) in pairs


def test_a_fleet_of_n_is_what_the_company_operates() -> None:
    one = "Brisco Ferries has a fleet of 14 vessels, the operator said."
    other = "Brisco Ferries operates 19 vessels, according to its annual report."
    assert claim(one, "14").attribute == "count of vessels (operates)"
    pairs = {frozenset(p) for p in contradictions(one, other)}
    assert frozenset({"14", "19"}) in pairs


def test_a_month_after_what_is_measured_is_no_place() -> None:
    one = "Arvelo Mining produced 41,000 ounces of gold in January."
    other = "Arvelo Mining produced 52,000 ounces of gold in January, the miner said."
    assert claim(one, "41,000 ounces").attribute == "production (gold)"
    pairs = {frozenset(p) for p in contradictions(one, other)}
    assert frozenset({"41,000 ounces", "52,000 ounces"}) in pairs


def test_a_quarter_after_what_is_measured_is_no_place() -> None:
    text = "Arvelo Mining produced 120,000 ounces of gold in Q1 2024."
    assert claim(text, "120,000 ounces").attribute == "production (gold)"


def test_a_place_after_what_is_measured_still_narrows_it() -> None:
    text = "Arvelo Mining produced 120,000 ounces of gold at its Kilder mine."
    assert claim(text, "120,000 ounces").attribute is None


def test_a_year_opening_the_sentence_scopes_it() -> None:
    text = "Last year, Mirela Cinemas sold 43 million tickets across its sites."
    assert _year(claim(text, "43 million")) == 2024


def test_a_year_opening_the_sentence_without_a_comma_scopes_it() -> None:
    text = "Mirela Cinemas is a chain. Last year Mirela Cinemas sold 43 million tickets."
    assert _year(claim(text, "43 million")) == 2024


def test_a_description_after_an_opening_time_word_refers_back() -> None:
    text = (
        "On Monday, Mirela Cinemas said it was growing. Today the chain operates 161 cinemas "
        "across Norway and Sweden."
    )
    assert claim(text, "161").subject == "Mirela Cinemas"


def test_a_year_modifying_an_opening_noun_is_no_scope_of_the_sentence() -> None:
    text = "The 2024 refit was costly: Mirela Cinemas sold 44 million tickets."
    assert claim(text, "44 million").period is None


def test_a_possessive_before_an_attribute_and_of_owns_the_figure() -> None:
    text = (
        "Pomela Foods agreed to buy Quartex. At $14.50 a share, the buyer is paying four "
        "times Quartex's trailing sales of roughly $290m."
    )
    assert claim(text, "roughly $290m").subject == "Quartex"


def test_a_range_of_years_after_the_count_is_no_adjacent_year() -> None:
    text = "The regulator said Harlow Bank had opened 18,400 accounts between 2017 and 2021."
    assert claim(text, "18,400").period is None or claim(text, "18,400").attribute is None
