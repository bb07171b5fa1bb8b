"""A takeover's premium is the target's figure: "a premium of 34% to X's closing price" and "a
43 per cent premium over X's closing price" are one measure of X's offer, whatever day the
base price was taken; a premium to an average price is measured on another base (sentences
written for these tests)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose
import pytest

PUBLISHED = dt.date(2025, 3, 12)

claim = partial(prose.claim, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "written", "subject", "attribute"),
    [
        ("The offer represents a premium of 34% to Glacier Crest's closing price on Friday.",
         "34%", "Glacier Crest", "premium"),
        ("Kestrel Peak's offer amounted to a 43 per cent premium over Glacier Crest's closing"
         " price.", "43 per cent", "Glacier Crest", "premium"),
        ("Marlowe will pay $40 in cash for each Baltrea share, a premium of 31% to Friday's"
         " closing price.", "31%", "Baltrea", "premium"),
        ("Marlowe offered a premium of 31% to Baltrea's average price over the past 30 trading"
         " days.", "31%", "Baltrea", "premium (to average price)"),
        # whose stock is unsaid: the premium is nobody's rather than the bidder's
        ("Brightwater's cash offer represents a premium of about 24% to the stock's"
         " undisturbed price.", "about 24%", None, "premium"),
    ],
)
def test_a_premium_is_the_targets(
    text: str, written: str, subject: str | None, attribute: str
) -> None:
    found = claim(text, written)
    assert (found.subject, found.attribute, found.period) == (subject, attribute, None)


def test_two_premiums_on_one_target_meet_whatever_day_their_base_was_taken() -> None:
    one = "The offer represents a premium of 34% to Glacier Crest's closing price on Friday."
    other = (
        "Kestrel Peak's offer amounted to a 43 per cent premium over Glacier Crest's closing"
        " price on the previous Friday."
    )
    found = prose.contradictions(one, other, published=PUBLISHED)
    assert found in ([("34%", "43 per cent")], [("43 per cent", "34%")])


def test_a_premium_to_an_average_never_meets_one_to_a_closing_price() -> None:
    one = "The offer represents a premium of 34% to Glacier Crest's closing price on Friday."
    other = "The offer is a premium of 41% to Glacier Crest's 30-day average share price."
    assert prose.contradictions(one, other, published=PUBLISHED) == []

