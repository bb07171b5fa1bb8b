"""Who a figure belongs to, where a clause stands between: a round raised after an aside
that holds parentheses; a headcount before "and, in December, ..." (the date opens the
next clause); a founding in an appositive that runs to the sentence's end; a rank given
by its maker in a relative clause ("X, which Verano Research ranked fifth"); a founding
told of a role's company ("Telmar's managing director, whose father founded the
business"); no rank lent a board for "Santiago-listed"; and a round named after its sum's
conversion ("38 billion won (about $26 million) in a Series B round") (sentences written
for these tests)."""

from __future__ import annotations

import datetime as dt

import factcheck
from factcheck import Document, Kind
from factcheck.backoff import ranking_cue

JANUARY = dt.date(2026, 1, 20)


def _claims(text: str, title: str | None = None) -> dict[str, factcheck.Claim]:
    report = factcheck.check([Document("a.md", text, title=title, published=JANUARY)])
    return {c.text: c for c in report.claims}


def test_a_round_raised_after_an_aside_with_parentheses() -> None:
    found = _claims(
        "Valparaíso-based Extrana SpA, which is developing a direct lithium extraction (DLE)"
        " process for high-altitude brines, has raised US$38 million in a Series B round led"
        " by Andes Peak Capital."
    )
    claim = found["US$38 million"]
    assert (claim.subject, claim.attribute) == ("Extrana SpA", "funding_round (series b)")


def test_a_date_after_and_comma_opens_the_next_clause() -> None:
    found = _claims(
        "The Bahía Azul refinery employs about 460 people and, in December, the board approved"
        " a US$240 million expansion."
    )
    assert found["about 460"].attribute == "count of staff (employs)"
    assert found["about 460"].period is None


def test_a_founding_in_an_appositive_to_the_sentences_end() -> None:
    found = _claims(
        "The pilot plant belongs to Extrana SpA, a Valparaíso start-up founded in 2019 by two"
        " chemical engineers."
    )
    assert (found["2019"].subject, found["2019"].attribute) == ("Extrana SpA", "date founded")


def test_a_rank_its_maker_gives_in_a_relative_clause() -> None:
    found = _claims(
        "Corlan Minerals, which Verano Research ranked fifth among Andean producers, paid"
        " royalties of US$58 million."
    )
    rank = found["fifth"]
    assert (rank.item, rank.subject) == ("Corlan Minerals", "Verano Research")
    assert rank.attribute == "rank"


def test_a_founding_told_of_a_roles_company() -> None:
    found = _claims(
        "Vardo Textiles Ltd has agreed to buy Telmar Denim for $42 million, Vardo said on"
        " Monday. Telmar's managing director, Ana Ruiz, whose father founded the business in"
        " 1987, will stay on.",
        title="Vardo Textiles to buy Telmar Denim",
    )
    assert (found["1987"].subject, found["1987"].attribute) == ("Telmar", "date founded")


def test_a_listed_company_is_no_word_of_ranking() -> None:
    # "its first foothold" beside "Santiago-listed" was lent the one board of the item
    found = _claims(
        "The deal, which gives Santiago-listed Corlan its first foothold outside Chile, values"
        " the project at US$637 million."
    )
    ranks = [c for c in found.values() if c.kind is Kind.RANK]
    assert ranks and not any(ranking_cue(c) for c in ranks)
    listed = _claims("Corlan Minerals was listed third by Verano Research.")
    assert ranking_cue(listed["third"])


def test_a_round_named_after_the_sums_conversion() -> None:
    found = _claims(
        "Lumenka Inc., a Seoul start-up, has raised 38 billion won (about $26 million) in a"
        " Series B round led by Namsan Partners."
    )
    assert found["38 billion won"].attribute == "funding_round (series b)"
