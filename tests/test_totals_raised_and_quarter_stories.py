""""The Series B brings X's total funding to £53m" is every round's total, not the Series
B; an undated result in a story on a quarter of its subject is never lent the financial
year another article dates a result by (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose

from factcheck import Document, check

PUBLISHED = dt.date(2025, 11, 20)


def test_a_total_brought_to_is_no_round() -> None:
    total = "The Series B brings Harlyn's total funding to £53m, including a £12m Series A."
    round_ = "Harlyn, the online broker, raised a £38m Series B in November."
    assert prose.claim(total, "£53m", published=PUBLISHED).attribute == "funding_round"
    assert prose.contradictions(total, round_, published=PUBLISHED) == []


def test_two_sizes_of_one_round_still_contradict() -> None:
    one = "Harlyn Mortgages Ltd raised a £38m Series B in November."
    other = "Harlyn Mortgages Ltd raised a £33m Series B in November."
    pairs = prose.contradictions(one, other, published=PUBLISHED)
    assert ("£38m", "£33m") in pairs or ("£33m", "£38m") in pairs


YEAR = (
    "In the year to March 2025, Kiryu Display reported a net loss of ¥52.7 billion on revenue"
    " of ¥1.27 trillion."
)
QUARTER = (
    "Kiryu Display reported on Thursday an operating profit of ¥4.1 billion for its fiscal "
    "first quarter, compared with a loss a year earlier.\n\n"
    "Kiryu Display's net loss narrowed to ¥1.9 billion from ¥11.4 billion."
)


def _findings(*texts: str) -> list[tuple[str, str]]:
    documents = [
        Document(f"d{i}.md", t, published=dt.date(2025, 8, 1)) for i, t in enumerate(texts)
    ]
    return [(f.a.text, f.b.text) for f in check(documents).findings if f.b is not None]


def test_a_quarters_result_is_never_lent_the_financial_year() -> None:
    assert _findings(YEAR, QUARTER) == []


def test_a_plain_result_is_still_lent_the_financial_year() -> None:
    plain = "Kiryu Display's net loss was ¥61.2 billion, it said."
    assert _findings(YEAR, plain)
