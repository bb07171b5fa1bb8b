"""False alarms of the first readings of corpora 19-28, each fixed by a general rule:
figures are compared across articles, a sum listed among a total's parts is no whole, "as
of" a date scopes a count, a deal paid per year is still a deal between its parties, an
adjective such as "long-established" dates nothing, a date after "announced" is the
announcement's, a description of a team never means the team's sponsor, a year before a
noun for results ("posted 2025 revenue") dates them, a name of several words that acts as
one keeps its first word, and a rival named after a possessive description is the
subject (sentences written for these tests, in other domains)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

import prose
import pytest

import factcheck
from factcheck.cli import main

PUBLISHED = dt.date(2026, 3, 6)

claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- one article that gives two figures for one thing tells of two things -----------------

SEGMENT = (
    "Orlen Textiles said revenue rose to $4.2 billion in 2025.\n\n"
    "Its knitwear arm, the largest of its units, brought in revenue of $1.9 billion in 2025."
)


def test_two_figures_of_one_article_are_never_set_against_each_other() -> None:
    assert claim(SEGMENT, "$4.2 billion").attribute == claim(SEGMENT, "$1.9 billion").attribute
    assert contradictions(SEGMENT) == []


def test_two_articles_that_disagree_are_still_reported() -> None:
    assert contradictions(
        "Orlen Textiles said revenue rose to $4.2 billion in 2025.",
        "Orlen Textiles booked revenue of $5.6 billion in 2025, the company said.",
    ) == [("$4.2 billion", "$5.6 billion")]


def test_a_restatement_elsewhere_of_one_of_them_is_not_set_against_the_other() -> None:
    # the second article restates the first article's whole; the first article's part is
    # no contradiction of it, in either article
    assert (
        contradictions(SEGMENT, "Orlen Textiles said revenue reached $4.2 billion in 2025.") == []
    )


def test_ranks_in_one_article_are_still_compared() -> None:
    text = (
        "Tarnby Labs' Wren-3 model ranked third on the Quillmark leaderboard this week.\n\n"
        "Later in the week Wren-3.5 ranked third on the Quillmark leaderboard, the lab said."
    )
    assert contradictions(text) == [("third", "third")]


# -- the parts a total is made of -----------------------------------------------------------

PARTS = (
    "Halvey Bank will pay £185 million to end the inquiry. The total is made up of a £120 "
    "million financial penalty and £65 million in redress to customers."
)


def test_a_sum_listed_among_the_parts_of_a_total_is_not_compared() -> None:
    assert claim(PARTS, "£120 million").attribute is None
    assert claim(PARTS, "£65 million").attribute is None
    assert claim("The regulator fined Halvey Bank £120 million.", "£120 million").attribute == (
        "fine"
    )


def test_a_part_never_contradicts_the_whole_in_another_article() -> None:
    # the parts are never compared; the total itself ("will pay £185 million") may be, as
    # the bank's one settlement in the corpus (``backoff.Lender``)
    found = contradictions(
        PARTS, "Halvey Bank agreed to hand over £240 million to settle the regulator's case."
    )
    assert not any(part in pair for pair in found for part in ("£120 million", "£65 million"))


# -- "as of" a date is when a count was taken ------------------------------------------------


def test_as_of_a_day_scopes_a_count_after_a_verb_of_telling() -> None:
    found = claim(
        "Tavistock Mutual said it had received 16,200 claims as of March 5 after the floods.",
        "16,200",
    )
    assert found.period is not None
    assert (found.period.relation, found.period.date.start) == ("by", dt.date(2026, 3, 5))


def test_a_count_as_of_a_day_never_meets_a_later_undated_one() -> None:
    assert (
        contradictions(
            "Tavistock Mutual said it had received 16,200 claims as of March 5 after the floods.",
            "Tavistock Mutual has received more than 18,000 claims from flooded customers.",
        )
        == []
    )


def test_a_date_after_said_without_as_of_is_still_the_day_it_was_told() -> None:
    found = claim("Tavistock Mutual said it had received 16,200 claims on March 5.", "16,200")
    assert found.period is None


# -- a deal paid per year --------------------------------------------------------------------


def test_a_sponsorship_paid_per_year_is_a_deal_between_its_parties() -> None:
    found = claim(
        "Carrow United signed a shirt sponsorship with Pellam Tyres worth £1.8 million a year.",
        "£1.8 million a year",
    )
    assert found.attribute == "deal_value per year"
    assert found.subject is not None and "Pellam Tyres" in found.subject


def test_deals_per_year_with_two_partners_are_not_compared() -> None:
    assert (
        contradictions(
            "Carrow United signed a shirt sponsorship with Pellam Tyres worth £1.8 million a year.",
            "Carrow United agreed a kit deal with Stellan Sport worth £4.5 million a year.",
        )
        == []
    )


def test_one_deal_per_year_written_twice_is_compared() -> None:
    assert contradictions(
        "Carrow United signed a shirt sponsorship with Pellam Tyres worth £1.8 million a year.",
        "Pellam Tyres' sponsorship deal with Carrow United is worth £2.6 million a year.",
    ) == [("£1.8 million a year", "£2.6 million a year")]


def test_a_rate_never_meets_the_deal_total() -> None:
    assert (
        contradictions(
            "Carrow United signed a shirt sponsorship with Pellam Tyres worth £1.8 million a year.",
            "Carrow United's sponsorship deal with Pellam Tyres is worth £9 million in total.",
        )
        == []
    )


def test_within_documents_compares_one_article_s_amounts_when_asked() -> None:
    docs = [factcheck.Document("d0.md", SEGMENT, published=PUBLISHED)]
    report = factcheck.check(docs, within_documents=True)
    assert [(f.a.text, f.b.text) for f in report.findings if f.b is not None] == [
        ("$4.2 billion", "$1.9 billion")
    ]
    assert factcheck.check(docs).findings == ()


def test_the_command_line_takes_within_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.md").write_text(
        f"---\npublished: {PUBLISHED}\n---\n{SEGMENT}\n", encoding="utf-8"
    )
    assert main(["check", str(tmp_path), "--no-progress"]) == 0
    # one article alone: the summary says how to check it against itself
    assert "--within-documents compares them inside one" in capsys.readouterr().out
    assert main(["check", str(tmp_path), "--no-progress", "--within-documents"]) == 1
    out = capsys.readouterr().out
    assert "$1.9 billion" in out
    assert "--within-documents compares" not in out


# -- events: adjectives and announcements ----------------------------------------------------


def test_an_adjective_made_of_an_event_participle_dates_nothing() -> None:
    text = (
        "Tarrow Home makes smart radiators.\n\n"
        "Tarrow Home held 18% of the radiator market in the third quarter, second behind a "
        "long-established heating brand."
    )
    assert claim(text, "the third quarter").attribute is None
    co_founded = (
        "Tarrow Home makes smart radiators. Tarrow Home was co-founded in 2014 by two engineers."
    )
    assert claim(co_founded, "2014").attribute == "date founded"


def test_a_date_after_announced_is_not_the_day_of_the_takeover() -> None:
    text = (
        "Brenmoor Capital makes funds.\n\n"
        "Brenmoor Capital's agreed takeover of Yarrow Asset Management, announced on March 11, "
        "surprised the industry."
    )
    assert claim(text, "March 11").attribute is None
    assert (
        contradictions(
            text,
            "Brenmoor Capital completed its takeover of Yarrow Asset Management on September 30.",
        )
        == []
    )


# -- a description's kind is also in the longer name a short one stands for ----------------


def test_a_team_described_after_its_sponsor_is_never_the_sponsor() -> None:
    text = (
        "Kessel Racing said on Monday that Dunhope Insurance will become its title sponsor.\n\n"
        "With Dunhope's money, the budget should reach €31 million.\n\n"
        "The team currently sits 12th in this year's Velo Grand Series team rankings."
    )
    assert claim(text, "12th").item != "Dunhope"


# -- corpora 25-28: whose results, and of which year ---------------------------------------


def test_a_year_before_a_noun_for_results_dates_them() -> None:
    text = "Wendmoor Cables posted 2025 revenue of $1.3 billion, ahead of forecasts."
    assert str(claim(text, "$1.3 billion").period) == "2025"
    later = "Wendmoor Cables reported 2024 pre-tax profit of $96 million."
    assert str(claim(later, "$96 million").period) == "2024"


def test_a_year_before_other_words_is_still_a_count() -> None:
    def years(text: str) -> list[str]:
        return [c.text for c in prose.all_claims_of(text) if c.kind is factcheck.Kind.DATE]

    assert years("Wendmoor had 2025 customers by May.") == ["May"]
    # a results noun that only starts a compound ("results-based") dates nothing
    assert years("Wendmoor sold 2025 results-based notes worth $40 million.") == []


def test_results_of_two_years_written_before_their_nouns_are_not_compared() -> None:
    one = "Wendmoor Cables posted 2025 revenue of $1.3 billion."
    other = "Wendmoor Cables reported 2024 revenue of $1.1 billion."
    assert contradictions(one, other) == []


def test_a_name_of_several_words_that_reports_keeps_its_first_word() -> None:
    text = "Heron Fasteners reported 2025 revenue of $410 million."
    assert claim(text, "$410 million").subject == "Heron Fasteners"


def test_a_rival_named_after_a_possessive_description_is_the_subject() -> None:
    text = (
        "Wendmoor's closest South American competitor, Heron Fasteners, reported 2025 "
        "revenue of $410 million."
    )
    assert claim(text, "$410 million").subject == "Heron Fasteners"


def test_a_figure_of_an_unnamed_part_is_not_the_companys() -> None:
    route = "Wendmoor Air's new Tarrow-Bergen route has carried 18,000 passengers since May."
    assert claim(route, "18,000").subject is None
    busiest = "Wendmoor Air's busiest route carried 290,000 passengers in 2025."
    whole = "Wendmoor Air carried 2.9 million passengers in 2025, the airline said."
    assert contradictions(busiest, whole) == []
    unit = "Heron Fasteners' aerospace unit earned revenue of $90 million in 2025."
    assert claim(unit, "$90 million").subject is None


def test_a_part_of_another_owner_leaves_the_subject_alone() -> None:
    # the count is read as the maker's order, whoever's arm placed it
    text = (
        "Tarrow Coachworks rose 4% after Wendmoor Group's bus arm confirmed an order for 40 "
        "electric buses."
    )
    subject = claim(text, "40").subject
    assert subject is not None and subject.endswith("Coachworks")


# -- corpora 29-32: a relative clause's date, a statistic of a class --------------------


def test_a_date_in_a_relative_clause_dates_that_clause_only() -> None:
    text = "Heron Labs, which raised $90 million in May, released Ostra-2 on Sept. 24."
    assert claim(text, "May").attribute is None
    assert claim(text, "Sept. 24").attribute == "date released"
    # an aside that holds the event's own cue still dates it
    founded = "Analysts said Heron Labs, which was founded in 2011, employs 300 people."
    assert claim(founded, "2011").attribute == "date founded"


def test_a_median_of_a_class_is_no_subjects_figure() -> None:
    text = (
        "Tarrow Skin closed a $21 million Series A.\n\n"
        "According to Cobalt Data, the median beauty Series A so far this year is "
        "$9.5 million, about half the size of Tarrow Skin's."
    )
    assert claim(text, "$9.5 million").attribute is None
    other = "Tarrow Skin raised $21 million in a Series A round led by Wexley Capital."
    assert contradictions(text, other) == []
