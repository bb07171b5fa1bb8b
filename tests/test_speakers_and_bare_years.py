"""A person who tells a figure is not what it is about, and a bare year after a results
noun scopes the figure, on our own sentences with invented names (corpora 40 and 48:
"Chief Executive Jo Park said revenue rose ..." read as Park's revenue; "Sales last year
totalled €342 million" read undated). The tests marked so fail on the code before
(7ed9701); the others are guards."""

from __future__ import annotations

import prose
import pytest

LEAD = "Vantor Widgets makes pumps in Ohio. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Chief executive Jo Park said revenue rose to $3 billion.",
        "Chief Executive Jo Park said revenue rose to $3 billion.",
        "Analyst Hugo Vance said revenue rose to $3 billion.",
        "Jo Park, chief executive, said revenue rose to $3 billion.",
        "Revenue rose to $3 billion, said chief executive Jo Park.",
    ],
)
def test_the_speaker_is_not_the_subject(sentence: str) -> None:  # fails before
    assert prose.reading(LEAD + sentence, "$3 billion")[:2] == ("Vantor Widgets", "revenue")


def test_a_role_before_a_name_is_no_part_of_it() -> None:  # fails before
    text = LEAD + "Chief Executive Jo Park owns 12% of Vantor Widgets."
    subjects = {c.subject for c in prose.all_claims_of(text)}
    assert "Chief Executive Jo Park" not in subjects and "Chief" not in subjects


def test_a_person_who_does_not_speak_keeps_the_figure() -> None:
    text = LEAD + "Jo Park, a director, owns 12% of the company."
    assert prose.reading(text, "12%")[0] == "Jo Park"


def test_the_next_sentence_goes_on_about_the_company() -> None:  # fails before
    text = (
        "Vantor Widgets makes pumps in Ohio and employs 900 people. Chief executive Jo Park "
        "said the outlook was good. Sales last year totalled €342 million."
    )
    assert prose.reading(text, "€342 million") == ("Vantor Widgets", "revenue", "2024")


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Vantor Widgets' sales last year totalled €342 million.", "2024"),
        ("Vantor Widgets' revenue this year rose to €342 million.", "2025"),
        ("Sales last year were €342 million at Vantor Widgets.", "2024"),
    ],
)
def test_a_bare_year_after_results_scopes(sentence: str, period: str) -> None:  # fails before
    assert prose.reading(sentence, "€342 million")[2] == period


def test_a_bare_year_after_another_noun_does_not() -> None:
    text = "Vantor Widgets' staff last year voted for a pay deal worth €342 million."
    assert prose.reading(text, "€342 million")[2] is None
