"""A brand of several words is short for the one longer name it makes before words that name
a kind of business ("Pell & Varga" of "Pell & Varga Brewing Group"), across a corpus and
within one article, as a one-word brand already is; a name written with a designator
("Quarrel Aero Ltd") is a company's, so its brand alone is short for it (sentences written
for these tests)."""

from __future__ import annotations

import prose

from factcheck.reconcile import corpus_short_names
from factcheck.subjects import brand_core, document_short_names, has_designator, short_names


def test_the_core_of_a_name_is_what_is_left_before_its_business_words() -> None:
    assert brand_core("pell & varga brewing") == "pell & varga"
    assert brand_core("tollan bay coffee") == "tollan bay"
    assert brand_core("pell & varga") is None  # nothing to strip
    assert brand_core("brewing") is None  # nothing would be left


def test_a_brand_of_several_words_is_short_for_its_one_business_name() -> None:
    keys = ["pell & varga", "pell & varga brewing"]
    assert short_names(keys) == {"pell & varga": "pell & varga brewing"}


def test_a_brand_of_several_words_stays_apart_beside_two_longer_names() -> None:
    # "Tollan Bay" may be the coffee chain or the hotel group: neither is chosen
    assert short_names(["tollan bay", "tollan bay coffee", "tollan bay hotels"]) == {}
    # and a longer name that is no business name keeps it apart as well
    assert short_names(["tollan bay", "tollan bay coffee", "tollan bay marathon"]) == {}


def test_an_article_writes_a_brand_of_several_words_after_its_full_name() -> None:
    names = ["Tollan Bay Coffee Co", "Ruth Amsel", "Tollan Bay"]
    assert document_short_names(names) == {"tollan bay": "tollan bay coffee"}
    # written alone first, it may be something else than the longer name that follows
    assert document_short_names(["Tollan Bay", "Tollan Bay Coffee Co", "Tollan Bay"]) == {}


def test_results_of_a_brand_written_in_full_and_short_are_compared() -> None:
    full = (
        "Pell & Varga Brewing Group reported pre-tax profit of £96 million for 2025, "
        "helped by a warm summer."
    )
    short = "Pell & Varga made a pre-tax profit of £118 million in 2025, its filing shows."
    assert prose.contradictions(full, short) == [("£96 million", "£118 million")]


def test_two_brands_that_share_a_first_word_are_not_merged() -> None:
    one = "Pell Harbour Foods reported revenue of £310 million for 2025."
    other = "Pell Varga posted revenue of £420 million in 2025."
    assert prose.contradictions(one, other) == []


def test_a_name_written_with_a_designator_is_a_companys() -> None:
    # "Quarrel Aero Ltd" is a company whatever its last plain word: "Quarrel" is short for
    # it, as "Quarrel" of "Quarrel Mining" would be
    assert has_designator("Quarrel Aero Ltd") and has_designator("Crestway Acceptance Corp")
    assert not has_designator("Quarrel Aero") and not has_designator("Ltd")
    pairs = [("Quarrel Aero Ltd", None), ("Quarrel", "rank"), ("Quarrel Aero", None)]
    assert corpus_short_names(pairs) == {"quarrel": "quarrel aero"}
    # without the designator nothing says "Quarrel Aero" is the company "Quarrel" names
    assert corpus_short_names([("Quarrel", "rank"), ("Quarrel Aero", None)]) == {}
    # two companies of the brand keep it apart
    two = [("Quarrel Aero Ltd", None), ("Quarrel Copper Ltd", None), ("Quarrel", None)]
    assert corpus_short_names(two) == {}
