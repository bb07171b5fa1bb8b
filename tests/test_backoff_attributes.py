"""Round attr: a figure with a subject but no attribute, or a qualifier that splits one
attribute. A bare sum takes its subject's one one-time sum in the corpus (a fine, a
takeover price, a fee), and a bare quantity its subject's one capacity in that unit, when
nothing says it is something else; a verb that presents a
results figure ("the accounts showed pre-tax profit of ...") names no part of the
business; a rate written once ("annually") is one qualifier, not a rate and a span
(sentences written for these tests, in several domains)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose
import pytest

from factcheck import Kind
from factcheck.context import figure_is_unqualified

PUBLISHED = dt.date(2025, 9, 12)


claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- a verb of showing before a results cue is no part of the business ---------------------


def test_results_that_showed_a_profit_are_the_profit_not_a_part() -> None:
    text = "Orrin Textiles said its accounts showed pre-tax profit of £31 million."
    assert claim(text, "£31 million").attribute == "pretax_profit"


def test_figures_that_reveal_revenue_are_the_revenue() -> None:
    text = "Filings for Talmor Freight reveal revenue of $640 million."
    assert claim(text, "$640 million").attribute == "revenue"


def test_a_part_of_the_business_before_the_cue_still_names_it() -> None:
    text = "Orrin Textiles said its accounts showed retail revenue of £88 million."
    assert claim(text, "£88 million").attribute == "revenue (retail)"


def test_a_profit_that_results_showed_meets_the_same_profit_stated_plainly() -> None:
    one = "Halberd Glassworks said its accounts showed pre-tax profit of £52 million."
    other = "Halberd Glassworks made a pre-tax profit of £67 million."
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"£52 million", "£67 million"}) in pairs


# -- a rate of time written once is one qualifier -------------------------------------------


def test_a_quantity_written_annually_is_one_rate() -> None:
    text = "The Brackwater refinery will process about 4 million tonnes of crude annually."
    attribute = claim(text, "about 4 million tonnes").attribute
    assert attribute is not None and attribute.endswith("(per year)")
    assert "(annual)" not in attribute


def test_a_quantity_annually_meets_the_same_quantity_a_year() -> None:
    one = "Corriemoor Creamery will collect around 900 million litres of milk annually."
    other = "Corriemoor Creamery collects roughly 650 million litres of milk a year."
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"around 900 million litres", "roughly 650 million litres"}) in pairs


# -- a bare sum lent its subject's one one-time sum ----------------------------------------

FINED = "The water regulator fined Drayfield Water £55 million over sewage spills."


def test_a_bare_sum_takes_the_one_fine_of_its_subject() -> None:
    bare = "Drayfield Water will pay £42 million to end the inquiry into its sewage spills."
    pairs = {frozenset(pair) for pair in contradictions(FINED, bare)}
    assert frozenset({"£55 million", "£42 million"}) in pairs


def test_a_bare_price_takes_the_one_takeover_price_of_what_was_bought() -> None:
    bought = "Ostrava Foods agreed to buy Kelmscott Bakeries for €610 million."
    bare = "Kelmscott Bakeries changes hands for €540 million, its owners said."
    pairs = {frozenset(pair) for pair in contradictions(bought, bare)}
    assert frozenset({"€610 million", "€540 million"}) in pairs


def test_no_sum_is_lent_when_its_subject_has_two_attributes() -> None:
    fined = FINED + " Drayfield Water made a pre-tax profit of £210 million."
    bare = "Drayfield Water will pay £42 million to end the inquiry into its sewage spills."
    assert contradictions(fined, bare) == []


def test_no_sum_is_lent_in_an_article_that_names_another_sum_of_its_subject() -> None:
    # the second article names the fine: its other sum of the water company is another thing
    told = (
        "The regulator's £55 million fine on Drayfield Water stands. Drayfield Water has "
        "£300 million in cash."
    )
    bare = "Drayfield Water will pay £42 million to end the inquiry into its sewage spills."
    pairs = contradictions(FINED, told, bare)
    assert not any("£300 million" in pair for pair in pairs)


def test_results_are_never_lent() -> None:
    told = "Pellmont Glass reported revenue of $880 million."
    bare = "Pellmont Glass put the figure at $640 million."
    assert contradictions(told, bare) == []


def test_a_share_price_level_is_never_lent_a_fine() -> None:
    bare = "Drayfield Water shares fell 2.4% to 388p after the ruling."
    assert contradictions(FINED, bare) == []


def test_an_estimate_is_never_lent_a_fine() -> None:
    bare = "Drayfield Water kept its estimate of the clean-up bill at £90 million."
    assert contradictions(FINED, bare) == []


def test_a_base_of_a_comparison_is_never_lent_a_fine() -> None:
    bare = "Drayfield Water will pay £42 million, up from £30 million offered in March."
    pairs = {frozenset(pair) for pair in contradictions(FINED, bare)}
    assert not any("£30 million" in pair for pair in pairs)


def test_figure_is_unqualified_reads_the_cues_describe_reads() -> None:
    def bare(sentence: str, written: str) -> bool:
        start = sentence.index(written)
        return figure_is_unqualified(sentence, start, start + len(written), Kind.MONEY)

    assert bare("Tarrow Rail will pay £12 million to settle the claims.", "£12 million")
    assert not bare("Tarrow Rail expects to pay £12 million next year.", "£12 million")
    assert not bare("Tarrow Rail shares rose 3.1% to 212p.", "212p")
    assert not bare("Tarrow Rail estimates the bill at £12 million.", "£12 million")
    assert not bare("It will pay £14 million, up from £12 million.", "£12 million")
    # a markets table's price with its day's move
    assert not bare("**Tarrow Rail Co. (KOSDAQ): 23,450 won, +3.4%**", "23,450 won")
    assert not bare("Tarrow Rail (NYSE): $3,450 (-2.1%)", "$3,450")


# -- a bare quantity takes its subject's one capacity -------------------------------------

CAPACITY = "Orbal Data has 180 MW of critical IT capacity at its Wexmoor campus."


def test_a_bare_quantity_takes_the_one_capacity_of_its_subject() -> None:
    bare = "Orbal Data will draw 240 megawatts from the grid, the company said."
    assert contradictions(CAPACITY, bare) == [("180 MW", "240 megawatts")]


def test_a_projected_quantity_is_never_lent_a_capacity() -> None:
    bare = "Orbal Data expects to draw 240 megawatts by 2028."
    assert contradictions(CAPACITY, bare) == []


def test_a_quantity_in_another_unit_is_never_lent_a_capacity() -> None:
    bare = "Orbal Data will use 240 gigawatt hours of power this year."
    assert contradictions(CAPACITY, bare) == []


@pytest.mark.parametrize(
    "texts",
    [
        (FINED, "Drayfield Water will pay £42 million to end the inquiry into its spills."),
        (CAPACITY, "Orbal Data will draw 240 megawatts from the grid, the company said."),
    ],
)
def test_a_lent_attribute_is_lent_the_same_way_by_dask(texts: tuple[str, str]) -> None:
    import dask
    import dask.bag as db

    import factcheck
    import factcheck.dask as fd
    from factcheck import Document

    docs = [Document(f"d{i}.md", t, published=PUBLISHED) for i, t in enumerate(texts)]
    expected = factcheck.check(docs)
    assert any(f.b is not None for f in expected.findings)
    with dask.config.set(scheduler="synchronous"):
        got = fd.check(db.from_sequence(docs, npartitions=2))
    assert sorted(map(repr, got.findings)) == sorted(map(repr, expected.findings))
