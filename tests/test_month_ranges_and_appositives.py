"""Runs of months and a name described by its relation to the one before (sentences written
for these tests).

A run of months that makes up a calendar quarter ("the April-to-June period", "July-September
2025") is that quarter, and one that makes up a half ("January to June") is that half-year;
any other run ("January to September") stays its two months. A half-year is never compared
with its whole year, however it is written ("in H1 2025" too). "Altamira Re, its smaller
rival, reported ..." gives its figures to Altamira Re, while a later "Its" still goes on
about the one before."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose
import pytest

from factcheck.extract.dates import find_dates

PUBLISHED = dt.date(2025, 10, 7)

claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "written", "start", "end", "granularity"),
    [
        ("Acme lost $41 million in the April-to-June period.", "April-to-June",
         "2025-04-01", "2025-06-30", "quarter"),
        ("It ground 340,000 tonnes in July-September.", "July-September",
         "2025-07-01", "2025-09-30", "quarter"),
        ("Sales in Jan.-March 2024 fell.", "Jan.-March 2024", "2024-01-01", "2024-03-31",
         "quarter"),
        ("Its share was 21% over January to June.", "January to June", "2025-01-01",
         "2025-06-30", "year"),
        ("It sold 9,000 cars between July and December 2024.", "July and December 2024",
         "2024-07-01", "2024-12-31", "year"),
        ("Revenue in the April\u2013June quarter was $3 billion.", "April\u2013June",
         "2025-04-01", "2025-06-30", "quarter"),
        # a quarter still to come, in a clause about the future
        ("It will ship 40 units from October to December.", "October to December",
         "2025-10-01", "2025-12-31", "quarter"),
    ],
)
def test_a_run_of_months_is_its_quarter_or_half(
    text: str, written: str, start: str, end: str, granularity: str
) -> None:
    (date,) = find_dates(text, PUBLISHED)
    assert date.text == written
    assert (str(date.value.start), str(date.value.end)) == (start, end)
    assert date.value.granularity.value == granularity


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("January to September sales rose.", ["January", "September"]),
        ("It ran from May to June.", ["May", "June"]),
        ("It met in April and June.", ["April", "June"]),
        ("It runs from March 3 to June 5.", ["March 3", "June 5"]),
    ],
)
def test_any_other_run_of_months_stays_its_months(text: str, months: list[str]) -> None:
    assert [d.text for d in find_dates(text, PUBLISHED)] == months


def test_a_loss_for_a_run_of_months_is_that_quarters() -> None:
    found = claim("Acme lost $41 million in the April-to-June period.", "$41 million")
    assert str(found.period) == "2025-Q2"


def test_it_meets_the_quarter_written_as_a_quarter() -> None:
    one = "Acme lost $41 million in the April-to-June period."
    other = "Acme lost $58 million in the second quarter."
    assert contradictions(one, other) in (
        [("$41 million", "$58 million")],
        [("$58 million", "$41 million")],
    )


def test_a_half_written_as_months_is_a_half_year() -> None:
    found = claim("Acme's share of online betting was 21% over January to June.", "21%")
    assert found.attribute == "share of online betting (half-year)"


def test_a_half_year_written_h1_never_meets_its_whole_year() -> None:
    one = "Acme's revenue in H1 2025 was $3 billion."
    other = "Acme's revenue in 2025 was $6.2 billion."
    assert contradictions(one, other, published=dt.date(2026, 3, 1)) == []


def test_a_half_year_written_h1_meets_the_first_half_written_in_words() -> None:
    one = "Acme's revenue in H1 2025 was $3 billion."
    other = "Acme's revenue in the first half of 2025 was $4.1 billion."
    assert contradictions(one, other, published=dt.date(2026, 3, 1)) in (
        [("$3 billion", "$4.1 billion")],
        [("$4.1 billion", "$3 billion")],
    )


TOPIC = "Brannock Re was the most closely watched of the reinsurers this quarter."


def test_a_name_described_by_its_relation_to_the_one_before_holds_its_figures() -> None:
    text = (
        TOPIC + "\n\nAltamira Re, its smaller rival, reported net income of $190 million"
        " for the quarter."
    )
    assert claim(text, "$190 million").subject == "Altamira Re"


def test_a_later_its_still_goes_on_about_the_topic() -> None:
    text = (
        "Calder University is third in the Atlas national table. Hollins University, its"
        " neighbour across the river, was placed 22nd in the world table. Its engineering"
        " faculty employs 410 staff."
    )
    assert claim(text, "410").subject == "Calder University"


def test_an_opening_phrase_of_time_is_no_name() -> None:
    text = TOPIC + " In March, its biggest reinsurance unit, Vesta Re, lost $45 million."
    assert claim(text, "$45 million").subject != "In March"
