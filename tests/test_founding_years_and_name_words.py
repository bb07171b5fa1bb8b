"""A year before "by workers at ..." is a year, not a count of workers; "founded the
company in 1921" dates the founding of the company the article is about, whoever founded
it; a participle capitalised in a title ("Chief Operating Officer") makes no name of a
sentence's first word ("Operating income rose"); and a hyphenated word of a name
("Co-operative") is no adjective to strip from it; a founding by the man a company is named
after is that company's; and a family is no person when the title names its company
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from prose import claims_of, reading

import factcheck
from factcheck import Document, Kind
from factcheck.subjects import corpus_names

MARCH = dt.date(2026, 3, 6)


def test_a_year_before_its_founders_is_a_year() -> None:
    text = "Harlow Vale was founded in 1889 by workers at a Sheffield steelworks."
    assert reading(text, "1889", published=MARCH)[:2] == ("Harlow Vale", "date founded")
    aside = "Harlow Vale said attendance rose. Harlow Vale, founded in 1898 by workers at a" \
        " steelworks, has played at Brook Lane for a century."
    assert reading(aside, "1898", published=MARCH)[:2] == ("Harlow Vale", "date founded")
    # a four-digit number before a noun of people counted is still a count, not a year
    counted = "Harlow Vale hired 2019 new workers last year."
    assert not [c for c in claims_of(counted, Kind.DATE, published=MARCH) if c.text == "2019"]


def test_founding_the_company_is_the_articles_company() -> None:
    text = (
        "Brellow Coatings agreed to buy a resin maker on Monday.\n\n"
        "Samuel Brellow, a Welsh-born cabinetmaker, founded the company in 1921 as a varnish"
        " shop, with four employees."
    )
    dates = claims_of(text, Kind.DATE, title="Brellow Coatings buys resin maker", published=MARCH)
    founded = [c for c in dates if c.text == "1921"]
    assert [(c.subject, c.attribute) for c in founded] == [("Brellow Coatings", "date founded")]


def test_a_participle_in_a_title_is_no_name() -> None:
    assert "operating" not in corpus_names(
        ["Chief Operating Officer Luis Arrieta said the operating margin rose."]
    )
    # a name's own word, written capitalised mid-sentence and never in lower case, still is
    assert "halvard" in corpus_names(["Shares of Halvard rose after the market opened."])
    results = (
        "Merrow Air reported record revenue of $812 million for the quarter. Operating income"
        " climbed to $76.3 million, lifting the operating margin to 9.4%."
    )
    feature = "\"We took minutes out,\" Chief Operating Officer Luis Arrieta said."
    report = factcheck.check(
        [
            Document("a.md", results, title="Merrow Air posts record quarter", published=MARCH),
            Document("b.md", feature, published=MARCH),
        ]
    )
    margin = next(c for c in report.claims if c.text == "9.4%")
    assert margin.subject == "Merrow Air"


def test_a_hyphenated_word_of_a_name_is_the_names() -> None:
    text = (
        "Tarrant Pasture Co-operative Group lifted first-half earnings by 11% to NZ$318"
        " million and tightened its forecast."
    )
    assert reading(text, "NZ$318 million", published=MARCH)[0] == (
        "Tarrant Pasture Co-operative Group"
    )
    # a hyphenated adjective before a name is still no part of it
    listed = "Frankfurt-listed Globex Steel paid $4 million for the site."
    assert reading(listed, "$4 million", published=MARCH)[0] == "Globex Steel"


def _all(text: str, title: str | None = None) -> dict[str, factcheck.Claim]:
    report = factcheck.check([Document("a.md", text, title=title, published=MARCH)])
    return {c.text: c for c in report.claims}


def test_a_founding_by_the_man_a_company_is_named_after_is_that_companys() -> None:
    # corpus 131: the buyer named in the sentence before is not the company founded
    text = (
        "Gruppo Talvani SpA agreed to buy Maison Brevard SA for €46 a share. The Brevard"
        " family, which owns 61.7%, will tender its stake, and Talvani expects to close the"
        " deal this year.\n\nFounded in 1928 by the Paris saddler Émile Brevard, the company"
        " makes handbags in four workshops."
    )
    found = _all(text)["1928"]
    assert (found.subject, found.attribute) == ("Maison Brevard SA", "date founded")


def test_a_founding_by_a_person_of_the_same_surname_stays_the_companys() -> None:
    # the control: a daughter who shares the founder's surname is no company he founded
    text = (
        "Miriam Holtby runs Larkhill Books. Larkhill Books was founded in 1984 by Harold"
        " Holtby with a single shop."
    )
    assert _all(text)["1984"].subject == "Larkhill Books"


def test_a_family_is_no_person_when_the_title_names_its_company() -> None:
    text = (
        "Talvani raised its offer for Maison Brevard on Monday. Together with the Brevard"
        " family's 61.7%, Talvani has 68.9% of the capital.\n\nBrevard, which had sales of"
        " €481 million last year, said revenue rose 3.4% in the first half."
    )
    found = _all(text, title="Talvani raises Brevard bid to €48.50 a share")["€481 million"]
    assert (found.subject, found.attribute) == ("Brevard", "revenue")
    untitled = _all(text, title="Leather deal goes through")["€481 million"]
    assert untitled.subject is None  # the control: a family is people


def test_a_place_compounded_with_founded_dates_no_founding() -> None:
    # corpus 139: "the Bogotá-founded cargo airline that last week raised ..." was read as
    # founded last week; "co-founded" stays a founding
    text = (
        "Veloxa Cargo flies flowers to Quito. Veloxa Cargo, the Quito-founded freight airline"
        " that last week raised $48 million, is building a warehouse."
    )
    assert _all(text)["last week"].attribute is None
    founded = _all("Veloxa Cargo, which Ana Ruiz co-founded in 2020, flies flowers to Quito.")
    assert founded["2020"].attribute == "date founded"
