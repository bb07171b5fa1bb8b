"""A rank's board and edition, read over the corpus (``factcheck.backoff.Ranker``): one
item's two positions on one list in one edition meet though the articles write the list in
other words, short, or not at all; a category list, a part of the field, an earlier edition
and a bare ordinal that is no position stay apart (sentences written for these tests)."""

from __future__ import annotations

import dataclasses

import prose

from factcheck import Document
from factcheck.backoff import Keys, Ranker, board_words, rank_rows

FULL = "Vandelay College climbed to 12th place in the 2025 Hooli Review Global MBA Ranking."
SHORT = "Vandelay College, which came 17th in Hooli Review's 2025 global MBA table, is hiring."
EXECUTIVE = "Vandelay College was placed ninth in Hooli Review's 2025 executive MBA ranking."
PART = "Vandelay College is ranked fourth among European schools in the Hooli Review ranking."

NAMED = (
    "Wexley Freight finished fifth in Globex Analytics' Harbour Reliability Index for 2025, "
    "its best showing yet."
)
BARE = "Wexley Freight placed second among the 30 large carriers, the group said on Monday."
UNDATED = "Wexley Freight ranked eighth in Globex Analytics' Harbour Reliability Index."
EARLIER = "Wexley Freight placed ninth a year earlier, the group said."
NO_POSITION = "The purchase is Wexley Freight's first since it bought a depot in 2019."
TWICE = (
    "Wexley Freight placed second among the 30 large carriers. "
    "On the rival Initech list, Wexley Freight ranked 14th."
)


def test_board_words_fold_the_edition_and_the_spelling() -> None:
    assert board_words("Acme's 2024 Health & Fitness ranking") == board_words(
        "the September edition of Acme's health-and-fitness chart"
    )
    assert board_words("Acme's overall chart") != board_words("Acme's health-and-fitness chart")


def test_a_board_written_short_by_its_owner_is_the_one_full_board() -> None:
    assert prose.contradictions(FULL, SHORT) == [("12th", "17th")]


def test_an_owners_other_list_stays_apart() -> None:
    assert prose.contradictions(FULL, EXECUTIVE) == []
    assert prose.contradictions(SHORT, EXECUTIVE) == []


def test_a_rank_within_a_part_of_the_field_stays_apart() -> None:
    assert prose.contradictions(FULL, PART) == []


def test_a_rank_with_no_board_takes_the_one_board_and_edition_of_its_item() -> None:
    assert prose.contradictions(NAMED, BARE) == [("fifth", "second")]


def test_a_rank_with_no_edition_takes_the_one_edition_of_its_board() -> None:
    assert prose.contradictions(NAMED, UNDATED) == [("fifth", "eighth")]


def test_an_earlier_edition_and_a_bare_ordinal_take_no_board() -> None:
    assert prose.contradictions(NAMED, EARLIER) == []
    assert prose.contradictions(NAMED, NO_POSITION) == []


def test_an_article_that_ranks_the_item_twice_lends_neither_rank_a_board() -> None:
    assert prose.contradictions(NAMED, TWICE) == []


def test_a_bare_board_noun_names_the_list_of_an_article_that_ranks_the_item_twice() -> None:
    table = (
        "Wexley Freight came in seventh in the table, the group said. On safety alone, "
        "Wexley Freight was ranked third."
    )
    assert prose.contradictions(NAMED, table) == [("fifth", "seventh")]


def test_a_field_counted_among_the_countrys_things_is_the_whole_field() -> None:
    whole = (
        "The Globex Analytics' Harbour Reliability Index ranked Wexley Freight eighth among "
        "the country's 30 carriers."
    )
    assert prose.contradictions(NAMED, whole) == [("fifth", "eighth")]


def test_two_boards_of_the_item_leave_a_bare_rank_alone() -> None:
    other = "Wexley Freight came third in the Hooli Port Speed Index for 2025."
    assert ("fifth", "second") not in prose.contradictions(NAMED, other, BARE)
    assert ("third", "second") not in prose.contradictions(NAMED, other, BARE)


def test_the_ranker_reads_only_ranks_with_an_item() -> None:
    claims = prose.all_claims_of(NAMED + " " + BARE)
    ranker = Ranker(rank_rows(claims), Keys())
    bare = next(c for c in claims if c.text == "second")
    read = ranker.read(bare)
    assert read.subject is None  # the article ranks the item twice
    unranked = dataclasses.replace(bare, item=None)
    assert ranker.read(unranked) is unranked


def test_ranks_are_read_the_same_way_on_dask() -> None:
    import dask
    import dask.bag as db

    import factcheck
    import factcheck.dask as fd

    docs = [
        Document(f"d{i}.md", t, published=prose.PUBLISHED)
        for i, t in enumerate((FULL, SHORT, EXECUTIVE, NAMED, BARE))
    ]
    expected = factcheck.check(docs)
    assert sum(f.b is not None for f in expected.findings) == 2
    with dask.config.set(scheduler="synchronous"):
        got = fd.check(db.from_sequence(docs, npartitions=3))
    assert sorted(map(repr, got.findings)) == sorted(map(repr, expected.findings))


# the sentence's own reading of a rank's board and item (``factcheck.context``)

AMONG = (
    "Lorvania climbed to 21st place among 139 economies in the Hooli Trade Council's 2024 "
    "Freight Speed Index, published on Monday."
)
COUNTRY = (
    "Lorvania's transport ministry unveiled a rail plan. The country, ranked 34th in the Hooli "
    "Trade Council's 2024 Freight Speed Index last month, wants faster customs."
)
PLACED_CITY = (
    "Port Wexmouth has become one of the most expensive cities in the world. The 2026 edition "
    "of the Globex Living Costs Index placed the city 14th out of 180 cities surveyed."
)
CITY_NAMED = "Port Wexmouth ranked 21st in the Globex Living Costs Index for 2026."


def test_a_board_past_a_field_among_things_carries_its_year_after_the_owner() -> None:
    rank = prose.claim(AMONG, "21st")
    assert rank.subject == "Hooli Trade Council's 2024 Freight Speed"
    assert str(rank.period) == "2024"


def test_a_place_opening_a_sentence_with_its_rank_in_an_aside_holds_the_rank() -> None:
    assert prose.claim(COUNTRY, "34th").item == "Lorvania"


def test_an_index_placing_a_described_place_is_no_item_the_place_is() -> None:
    rank = prose.claim(PLACED_CITY, "14th")
    assert rank.item is not None and "Index" not in rank.item
    assert rank.item == prose.claim(CITY_NAMED, "21st").item
    assert prose.contradictions(PLACED_CITY, CITY_NAMED) == [("14th", "21st")]


def test_a_participle_of_ranking_is_held_by_the_sentences_subject() -> None:
    tier = (
        "Vandelay Tractor Works has broken into the top tier of the Globex Dealers Council's "
        "annual Dealer Satisfaction Index, finishing third in the 2026 edition."
    )
    placed = (
        "Vandelay Tractor Works placed fifth out of 11 brands in the Globex Dealers Council's "
        "2026 Dealer Satisfaction Index, released last month."
    )
    assert prose.claim(tier, "third").item == prose.claim(placed, "fifth").item
    assert prose.contradictions(tier, placed) == [("third", "fifth")]


def test_a_rank_overall_in_a_months_edition_of_a_leaderboard_is_on_that_board() -> None:
    overall = (
        "Hooli Labs' Orbit-3 model placed fourth overall in the October edition of the Initech "
        "Arena leaderboard, the lab said."
    )
    named = (
        "Orbit-3 sits at No. 2 on Initech Arena's October overall table. It also took first "
        "place on the Arena's separate coding board."
    )
    assert prose.claim(overall, "fourth").subject == "Initech Arena"
    assert prose.contradictions(overall, named) == [("fourth", "No. 2")]


def test_a_capitalised_word_of_a_longer_board_names_another_list() -> None:
    # "the Hooli Index" is no short form of "the Hooli Innovation Index", while "Initech
    # Arena" is one of "Initech Arena's October overall table" (see above)
    innovation = "Wexley Freight ranked fourth in the Hooli Innovation Index for 2025."
    plain = "Wexley Freight ranked seventh in the Hooli Index for 2025."
    assert prose.contradictions(innovation, plain) == []
