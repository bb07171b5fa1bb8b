"""Running totals and near-miss figures: a total told to date ("has sold 2.9 million
copies") only grows, so a larger one written later is the same count weeks on, and a
smaller one written later is an error; two exact figures 1.9% apart are a drift, not a
rounding (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose

OCTOBER = dt.date(2025, 10, 29)
DECEMBER = dt.date(2025, 12, 19)


_contradictions = prose.dated_contradictions


EARLY = "Ember Hollow, released on May 22, has sold 2.9 million copies, Brisk Games said."
LATE = "By Brisk Games' latest count, Ember Hollow has now sold more than 3 million copies."


def test_a_larger_running_total_written_later_is_growth() -> None:
    assert _contradictions((EARLY, OCTOBER), (LATE, DECEMBER)) == []


def test_a_larger_running_total_written_earlier_is_an_error() -> None:
    # the total "only grows": the later article cannot be the smaller one
    assert _contradictions((EARLY, DECEMBER), (LATE, OCTOBER)) != []


def test_running_totals_of_one_day_are_compared() -> None:
    assert _contradictions((EARLY, OCTOBER), (LATE, OCTOBER)) != []


def test_a_total_not_told_to_date_is_compared() -> None:
    plain = "Ember Hollow sold 2.9 million copies in its first month, Brisk Games said."
    later = "Ember Hollow sold more than 3 million copies in its first month, Brisk Games said."
    assert _contradictions((plain, OCTOBER), (later, DECEMBER)) != []


def test_a_total_so_far_is_a_running_total() -> None:
    early = "Brisk Games said Ember Hollow had 2.9 million players so far."
    late = "Brisk Games said Ember Hollow had 3.4 million players so far."
    assert _contradictions((early, OCTOBER), (late, DECEMBER)) == []


def test_exact_figures_two_per_cent_apart_disagree() -> None:
    one = "Kestrel Foods reported revenue of €742 million for 2025."
    other = "Kestrel Foods' 2025 revenue came in at €756 million."
    assert _contradictions((one, DECEMBER), (other, DECEMBER)) == [
        ("€742 million", "€756 million")
    ]


def test_a_restatement_to_fewer_figures_still_agrees() -> None:
    one = "Kestrel Foods reported revenue of €742 million for 2025."
    other = "Kestrel Foods' 2025 revenue came in at about €750 million."
    assert _contradictions((one, DECEMBER), (other, DECEMBER)) == []


def test_a_sum_raised_in_one_round_is_no_running_total() -> None:
    early = "Deskly has raised $42 million in a Series B round led by Kestrel Ventures."
    late = "Deskly has raised $48 million in a Series B round led by Kestrel Ventures."
    assert _contradictions((early, OCTOBER), (late, DECEMBER)) == [
        ("$42 million", "$48 million")
    ]
    # told to date, a sum is one
    early = "Deskly has raised $42 million to date, its founder said."
    late = "Deskly has raised $61 million to date, its founder said."
    assert _contradictions((early, OCTOBER), (late, DECEMBER)) == []
