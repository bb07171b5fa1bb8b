"""When a facility opened, however the sentence names it, on our own sentences with
invented names (corpora 35, 58 and 64: "The Avonmouth roastery, which opened on 17 June"
against "opened its £38 million roastery in Avonmouth on Tuesday 6 May"; "The
180,000-square-foot shop opened in 2009" after a sentence naming the store; "Six weeks
after X threw open its doors on Aug. 29" read as a plan). The tests marked so fail on the
code before (ee24ec7); the others are guards."""

from __future__ import annotations

import prose
import pytest


@pytest.mark.parametrize(
    ("text", "written", "place"),
    [
        (
            "The Fenmouth roastery, which opened on 17 June, roasts 5,600 tonnes.",
            "17 June",
            "Fenmouth",
        ),
        ("The Fenmouth roastery opened on 17 June.", "17 June", "Fenmouth"),
        (
            "The Carrow Lane store, which first opened its doors in 2013, was refitted.",
            "2013",
            "Carrow Lane",
        ),
        (
            "Halden Coffee opened its £38 million roastery in Fenmouth on Tuesday 6 May.",
            "Tuesday 6 May",
            "Fenmouth",
        ),
        (
            "Marlow Arena hosted its first concert. The 17,500-seat venue first opened its "
            "doors on March 28.",
            "March 28",
            "Marlow Arena",
        ),
        (
            "Six weeks after Tallow Row threw open its doors on Aug. 29, it still draws lines.",
            "Aug. 29",
            "Tallow Row",
        ),
    ],
)
def test_the_opening_of_a_facility(text: str, written: str, place: str) -> None:  # fails before
    assert prose.reading(text, written)[:2] == (place, "date opened")


def test_a_store_opened_among_several_is_no_event() -> None:
    # "a new store in Leeds" may be one of several the company opened there
    assert prose.reading("Halden Retail opened a new store in Leeds in 2019.", "2019")[1] is None


def test_a_plant_opened_at_a_site_keeps_its_own_event() -> None:
    text = "Halden Motors opened its gigafactory at Tarnby on 3 May."
    assert prose.reading(text, "3 May")[:2] == ("Tarnby", "date plant opened")


def test_two_openings_of_one_facility_conflict() -> None:  # fails before
    found = prose.contradictions(
        "Halden Coffee opened its £38 million roastery in Fenmouth on Tuesday 6 May.",
        "The Fenmouth roastery, which opened on 17 June, roasts 5,600 tonnes a quarter.",
    )
    assert found == [("Tuesday 6 May", "17 June")]
