"""A division named in lower case or with "and" ("Its automotive segment booked revenue
of", "X's IT and TV segment ... on revenue of") is the division's; a count of months or
years is a span, never a count; a site's workforce is the site's; "It now runs six shafts
and has about 28,000 employees" is a level of its day (sentences written for these
tests)."""

from __future__ import annotations

import datetime as dt

import prose
import pytest

from factcheck import Document, check

PUBLISHED = dt.date(2025, 6, 4)


def _attribute(text: str, written: str) -> str | None:
    return prose.claim(text, written, published=PUBLISHED).attribute


@pytest.mark.parametrize(
    ("text", "written", "division"),
    [
        (
            "Kiryu Display said its automotive segment booked revenue of ¥184.3 billion in the"
            " year.",
            "¥184.3 billion",
            "automotive segment",
        ),
        (
            "Kiryu Display's IT and TV segment, of which Himeji is by far the largest part,"
            " posted an operating loss of ¥29.6 billion in the year ended March 31 on revenue of"
            " ¥241.9 billion.",
            "¥241.9 billion",
            "IT and TV segment",
        ),
    ],
)
def test_a_division_named_in_lower_case_or_with_and_is_the_divisions(
    text: str, written: str, division: str
) -> None:
    attribute = _attribute(text, written)
    assert attribute is not None and f"({division})" in attribute


def test_the_companys_own_revenue_has_no_division() -> None:
    text = "Kiryu Display reported revenue of ¥1.27 trillion in the year to March 2025."
    assert _attribute(text, "¥1.27 trillion") == "revenue"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Kiryu Display reported an operating profit for the six months to September.", "six"),
        ("Kiryu Display will invest ¥18 billion at the site over two years.", "over two"),
    ],
)
def test_a_count_of_units_of_time_is_a_span(text: str, written: str) -> None:
    assert _attribute(text, written) is None


def test_a_sites_workforce_is_the_sites() -> None:
    site = (
        "Kiryu Display has hired 420 people, taking the Nomi site's total workforce to about"
        " 1,100."
    )
    whole = "Kiryu Display employs about 18,400 people worldwide."
    assert _attribute(site, "about 1,100") == "count of staff (employs) (Nomi site)"
    assert prose.contradictions(site, whole, published=PUBLISHED) == []


def test_a_level_told_now_with_a_second_verb_is_of_its_day() -> None:
    then = "Tlou Platinum had 21,400 employees and 5,900 contractors at 30 June."
    now = "Tlou Platinum grew. It now runs six shafts and has about 28,000 employees."
    documents = [(then, dt.date(2025, 9, 2)), (now, dt.date(2026, 1, 25))]
    found = prose.findings_of(*[t for t, _ in documents], published=dt.date(2025, 9, 2))
    assert found, "told on the same day, the two levels disagree"
    report = check([Document(f"d{i}.md", t, published=d) for i, (t, d) in enumerate(documents)])
    assert not [f for f in report.findings if f.b is not None]
