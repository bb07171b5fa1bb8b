"""A sum that moved a total ("currency movements knocked £2.1 million off the total") is no
one-time sum a corpus may lend its subject's takeover price; and an undated rank in an
article on one edition of a ranking is of that edition, not of the edition another
article ranks the item in (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import factcheck
from factcheck import Document, FindingType, Kind
from factcheck.context import figure_is_unqualified

# -- a sum that moved a total is never lent an attribute -----------------------------------

BOUGHT = "Halden Group agreed to buy Pradera Interpreting for an enterprise value of £340 million."


def _pairs(*texts: str, published: dt.date = dt.date(2026, 2, 10)) -> set[frozenset[str]]:
    documents = [Document(f"d{i}.md", t, published=published) for i, t in enumerate(texts)]
    return {
        frozenset({f.a.text, f.b.text})
        for f in factcheck.check(documents).findings
        if f.type is FindingType.CONTRADICTION and f.b is not None
    }


def test_a_sum_that_knocked_something_off_a_total_is_not_a_price() -> None:
    moved = (
        "Pradera Interpreting, the Leeds agency whose acquisition completed on 3 November, "
        "contributed £19.6 million, while currency movements knocked £2.1 million off the total."
    )
    assert _pairs(BOUGHT, moved) == set()


def test_a_bare_sum_of_what_was_bought_is_still_lent_its_price() -> None:
    bare = "Pradera Interpreting changes hands for £310 million, its founders said."
    assert frozenset({"£340 million", "£310 million"}) in _pairs(BOUGHT, bare)


def test_figure_is_unqualified_reads_a_sum_that_moved_a_total() -> None:
    def bare(sentence: str, written: str) -> bool:
        start = sentence.index(written)
        return figure_is_unqualified(sentence, start, start + len(written), Kind.MONEY)

    assert not bare("Currency movements knocked £2.1 million off the total.", "£2.1 million")
    assert not bare("The strike wiped about $40 million off its value.", "$40 million")
    assert not bare("The contract added €3 million to revenue.", "€3 million")
    # a verb of moving with no "off", "from" or "to" after the sum moves nothing
    assert bare("The bidder added €3 million, it said.", "€3 million")
    assert bare("Tarrow Rail will pay £12 million to settle the claims.", "£12 million")


# -- an undated rank is of its article's edition -------------------------------------------

ANNUAL = (
    "Halden Group has climbed three places to sixth in Corvane Research's annual ranking of "
    "the world's largest language-service providers, published on Tuesday.\n\n"
    "Further down the table, Madrid-based Pradera Media rose to 23rd from 26th, helped by "
    "demand for subtitles."
)
LAST_EDITION = (
    "Corvane Research's 2025 ranking of language-service providers placed Pradera Media 26th "
    "in the world."
)
THIS_EDITION = "Pradera Media came 21st in Corvane Research's annual ranking, published on Tuesday."


def test_an_undated_rank_in_another_edition_is_no_contradiction() -> None:
    # the 23rd is of the 2026 edition its article is on; the 26th of 2025's
    assert _pairs(ANNUAL, LAST_EDITION) == set()


def test_a_rank_in_the_same_edition_still_contradicts() -> None:
    assert frozenset({"23rd", "21st"}) in _pairs(ANNUAL, THIS_EDITION)
