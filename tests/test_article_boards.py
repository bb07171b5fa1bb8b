"""Ranks on the board an article is about: a bare rank ("X slipped to seventh from
fourth") in an article whose title and lead name one board is a place on that board, in
its edition; "the brand, which fell to eighth place in last week's X Index" is held by the
brand the article is about, on the edition out now (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from prose import rank_readings

import factcheck
from factcheck import Document, FindingType
from factcheck.context import article_board

MARCH = dt.date(2026, 3, 17)
TITLE = "Lumora keeps top spot in 2026 Audio Brand Trust Index"
INDEX = (
    "Lumora has been named the most trusted audio brand, according to the 2026 Audio Brand"
    " Trust Index, published today by Pollux Research.\n\n"
    "Quenby Sound slipped to seventh from fourth, the biggest fall among last year's top 10."
)
RECALL = (
    "Quenby Sound has recalled 40,000 headsets.\n\n"
    "The recall compounds a difficult year for the brand, which fell to eighth place in last"
    " week's Audio Brand Trust Index."
)


def test_the_article_names_one_board() -> None:
    board = article_board([TITLE, INDEX.split("\n\n")[0]])
    assert board is not None and board[0] == "Audio Brand Trust"
    assert str(board[1]) == "2026"
    # two boards: none is the article's
    assert article_board(["The 2026 Audio Brand Trust Index", "the Pollux Value Index"]) is None


def test_a_bare_rank_is_on_the_articles_board() -> None:
    ranks = rank_readings(Document("index.md", INDEX, title=TITLE, published=MARCH))
    assert ("seventh", "Audio Brand Trust", "Quenby Sound", "2026") in ranks
    # the base it moved from stays nobody's
    assert ("fourth", None, None, None) in ranks


def test_a_bare_rank_in_an_article_on_no_board_stays_bare() -> None:
    text = INDEX.split("\n\n")[1]
    ranks = rank_readings(Document("other.md", text, title="Audio makers in 2026", published=MARCH))
    assert ("seventh", None, "Quenby Sound", None) in ranks


def test_a_rank_in_a_sentence_naming_another_list_stays_its_own() -> None:
    text = INDEX + " On the separate Pollux value ranking, Quenby Sound came first."
    ranks = rank_readings(Document("index.md", text, title=TITLE, published=MARCH))
    assert not any(r[0] == "first" and r[1] == "Audio Brand Trust" for r in ranks)


def test_a_description_a_relative_clause_ranks_holds_the_rank() -> None:
    ranks = rank_readings(Document("recall.md", RECALL, published=MARCH))
    [eighth] = [r for r in ranks if r[0] == "eighth"]
    assert eighth[1:3] == ("Audio Brand Trust", "Quenby Sound")


def test_the_two_articles_ranks_meet() -> None:
    documents = [
        Document("index.md", INDEX, title=TITLE, published=MARCH),
        Document("recall.md", RECALL, published=dt.date(2026, 3, 24)),
    ]
    found = [
        (f.a.text, f.b.text)
        for f in factcheck.check(documents).findings
        if f.type is FindingType.CONTRADICTION and f.b is not None
    ]
    assert found == [("seventh", "eighth")]
