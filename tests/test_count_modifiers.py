"""Round counts: when a modifier before a counted noun narrows what is counted. A word
that only repeats what a verb of change says ("ordered 42 new trams") narrows nothing; a
party that "brings 19 clinics into" a combined group counts the estate it runs
(sentences written for these tests, in several domains). A modifier that says what the
subject is narrows nothing ("dialysis centres" of a company the corpus writes of only as
running "dialysis centres" and "centres", "coffee shops" of Hooli Coffee), while one that
may name a part ("franchised", "leased", a brand) keeps its count apart."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose
import pytest

PUBLISHED = dt.date(2025, 10, 7)


claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- a modifier that repeats what the verb says ----------------------------------------------


def test_new_after_a_verb_of_ordering_is_left_out() -> None:
    text = "Tramvik Transit ordered 42 new low-floor trams in 2024."
    assert claim(text, "42").attribute == "count of low-floor trams (ordered)"


def test_an_order_of_new_things_meets_the_order_written_without_new() -> None:
    found = contradictions(
        "Tramvik Transit ordered 42 new trams in 2024, the operator said.",
        "In 2024 Tramvik Transit ordered 36 trams from a Polish builder.",
    )
    assert found == [("42", "36")] or found == [("36", "42")]


def test_extra_after_a_verb_of_hiring_is_left_out() -> None:
    text = "Wexley Foods hired 230 extra packers for the harvest."
    assert claim(text, "230").attribute == "count of packers (hired)"


def test_new_still_narrows_a_stock() -> None:
    # new subscribers are a flow, not the subscribers a company has
    text = "Hooli Mobile has 2.1 million new subscribers."
    assert claim(text, "2.1 million").attribute == "count of new subscribers"


def test_new_subscribers_never_meet_the_subscriber_base() -> None:
    assert (
        contradictions(
            "Hooli Mobile has 2.1 million new subscribers this year.",
            "Hooli Mobile has 40 million subscribers this year.",
        )
        == []
    )


# -- an estate brought into a combination ----------------------------------------------------


def test_clinics_brought_into_a_group_are_the_clinics_run() -> None:
    text = "Marlow Care brings 19 clinics into the Initech network."
    assert claim(text, "19").attribute == "count of clinics (operates)"


def test_clinics_brought_in_meet_the_clinics_run() -> None:
    found = contradictions(
        "Marlow Care, which runs 14 clinics, agreed to the merger on Monday.",
        "Marlow Care brings 19 clinics into the Initech network.",
    )
    assert found in ([("14", "19")], [("19", "14")])


def test_jobs_brought_to_a_town_are_no_estate() -> None:
    text = "Marlow Care said the new site brings 300 jobs to the town."
    assert claim(text, "300").attribute != "count of jobs (operates)"


# -- a modifier that names what the subject is -----------------------------------------------


def test_a_modifier_the_corpus_writes_alone_with_the_bare_noun_narrows_nothing() -> None:
    # the corpus writes Marlow Care's centres only as "dialysis centres" and "centres"
    found = contradictions(
        "Marlow Care, which runs 14 dialysis centres, agreed to the merger on Monday.",
        "Marlow Care runs 19 centres across the region, its chief executive said.",
    )
    assert found in ([("14", "19")], [("19", "14")])


def test_another_modifier_of_the_same_noun_keeps_the_counts_apart() -> None:
    assert (
        contradictions(
            "Marlow Care, which runs 14 dialysis centres, agreed to the merger on Monday.",
            "Marlow Care runs 19 centres across the region, its chief executive said.",
            "Marlow Care also runs 5 paediatric centres in the north.",
        )
        == []
    )


def test_a_part_modifier_keeps_the_counts_apart() -> None:
    for part in ("franchised", "overseas", "full-time"):
        found = contradictions(
            f"Wexley Bakeries runs 300 {part} shops, the company said.",
            "Wexley Bakeries runs 820 shops, the company said.",
        )
        assert found == [], part


def test_a_participle_or_a_capitalised_modifier_keeps_the_counts_apart() -> None:
    for part in ("leased", "Skyline"):
        found = contradictions(
            f"Globex Air operates 40 {part} jets on its short routes.",
            "Globex Air operates 120 jets, the airline said.",
        )
        assert found == [], part


def test_a_modifier_in_the_subjects_name_narrows_nothing() -> None:
    # "franchised shops" is written too, so only the name says that coffee shops are all
    found = contradictions(
        "Hooli Coffee runs 980 coffee shops in nine countries.",
        "Hooli Coffee runs 1,140 shops, the chain said.",
        "Hooli Coffee runs 200 franchised shops in airports.",
    )
    assert found in ([("980", "1,140")], [("1,140", "980")])


# -- a stock at a period's end is the estate run, when the corpus says the subject runs it ----


def test_a_stock_at_the_end_of_a_year_meets_the_estate_run_then() -> None:
    found = contradictions(
        "Hooli Coffee ended 2024 with 1,140 shops across nine countries.",
        "By the end of 2024 Hooli Coffee was running 980 coffee shops.",
    )
    assert found in ([("1,140", "980")], [("980", "1,140")])


def test_a_stock_at_the_end_of_a_year_meets_the_estate_run_with_no_modifier_let_go() -> None:
    # no count of the corpus has a modifier to let go: the stock is still the estate run
    found = contradictions(
        "Wexley Tea ended 2024 with 610 shops.",
        "By the end of 2024 Wexley Tea was running 540 shops.",
    )
    assert found in ([("610", "540")], [("540", "610")])


def test_a_stock_at_the_end_of_a_month_of_what_is_not_run_stays_a_stock() -> None:
    # nobody "runs" subscribers: the count stays what the company has, and meets it
    found = contradictions(
        "Vandelay Streaming ended June with 486,000 subscribers.",
        "Vandelay Streaming had 512,000 subscribers at the end of June.",
    )
    assert found in ([("486,000", "512,000")], [("512,000", "486,000")])


def test_a_stock_told_at_the_end_of_a_month_after_its_count_is_the_estate_run() -> None:
    # "had N shops at the end of June" is the stock "ended June with" tells, and both are
    # the estate the corpus says Hooli Coffee runs
    found = contradictions(
        "Hooli Coffee ended June with 1,140 shops. In 2024 Hooli Coffee operated 1,210 shops.",
        "Hooli Coffee, which had 960 shops at the end of June, reports on Tuesday.",
    )
    assert found in ([("1,140", "960")], [("960", "1,140")])


def test_a_group_with_stores_is_no_estate_run() -> None:
    # "with" outside "ended ... with" keeps its stock apart from the estate run
    assert (
        contradictions(
            "Initech Retail runs 132 stores in the north.",
            "Initech Retail will become part of a group with more than 600 stores.",
        )
        == []
    )


def test_a_cluster_lets_the_same_modifiers_go() -> None:
    pytest.importorskip("distributed")
    pd = pytest.importorskip("pandas")
    import dask
    import dask.dataframe as dd

    import factcheck
    import factcheck.dask as fd

    texts = [
        "Marlow Care, which runs 14 dialysis centres, agreed to the merger on Monday.",
        "Marlow Care runs 19 centres across the region, its chief executive said.",
        "Hooli Coffee runs 980 coffee shops in nine countries.",
        "Hooli Coffee runs 1,140 shops, the chain said.",
        "Hooli Coffee runs 200 franchised shops in airports.",
        "Wexley Tea ended 2024 with 610 shops.",
        "By the end of 2024 Wexley Tea was running 540 shops.",
    ]
    frame = pd.DataFrame(
        {"text": texts, "published": [str(PUBLISHED)] * len(texts)},
        index=[f"d{i}.md" for i in range(len(texts))],
    )
    expected = factcheck.check(frame)
    assert len([f for f in expected.findings if f.b is not None]) == 3
    with dask.config.set(scheduler="synchronous"):
        got = fd.check(dd.from_pandas(frame, npartitions=3))
    assert got.findings == expected.findings
