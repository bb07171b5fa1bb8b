"""The day a purchase was completed and the day one was only announced: "completed its
purchase of X on D" is the day X was acquired, as "completed the acquisition of X on D"
is; "announced the acquisition of X on Monday" or "agreed the purchase of X" dates a plan,
not the purchase (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose
import pytest

PUBLISHED = dt.date(2026, 2, 4)


def _event(text: str, written: str) -> tuple[str | None, str | None]:
    found = prose.claim(text, written, published=PUBLISHED)
    return found.subject, found.attribute


@pytest.mark.parametrize(
    "text",
    [
        "Tallis Motors completed its purchase of Harlow Auto on Jan. 30.",
        "The depot opens during a busy stretch for Tallis Motors, which completed its purchase"
        " of Phoenix-based Harlow Auto on Jan. 30, giving it 196 dealerships.",
        "Two months after completing the takeover of Harlow Auto on Jan. 30, Tallis Motors is"
        " closing stores.",
        # a city and its region before a base adjective: the comma opens no clause
        "Tallis Motors completed its acquisition of Oakland, California-based Harlow Auto on"
        " Jan. 30, after clearing antitrust review.",
    ],
)
def test_a_completed_purchase_dates_what_was_bought(text: str) -> None:
    assert _event(text, "Jan. 30") == ("Harlow Auto", "date acquired (completed)")


@pytest.mark.parametrize(
    "text",
    [
        "Tallis Motors announced the acquisition of Harlow Auto on Monday.",
        "Tallis Motors agreed the purchase of Harlow Auto on Monday.",
        "Tallis Motors, which announced a proposed takeover of Harlow Auto on Monday, fell 3%.",
    ],
)
def test_an_announced_purchase_is_no_date_of_purchase(text: str) -> None:
    assert _event(text, "Monday") == (None, None)


def test_a_purchase_told_plainly_is_still_dated() -> None:
    assert _event("Tallis Motors acquired Harlow Auto in 2019.", "2019") == (
        "Harlow Auto",
        "date acquired",
    )


def test_two_completion_days_of_one_purchase_contradict() -> None:
    pairs = prose.contradictions(
        "Tallis Motors completed the acquisition of Harlow Auto on Jan. 30.",
        "Tallis Motors, which completed its purchase of Harlow Auto on Feb. 2, opened a depot.",
        published=PUBLISHED,
    )
    assert ("Jan. 30", "Feb. 2") in pairs or ("Feb. 2", "Jan. 30") in pairs
