"""Extractors: text in, ``Mention``s out, one module per kind of figure.

``find_mentions`` runs them all on one sentence and settles overlaps: a date beats a bare
number or ordinal inside it ("June 2nd", "in 2019"), and money, percentages and
quantities keep their own spans (the date extractor never claims "$2,019").
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.extract import dates as _dates
from factcheck.extract.dates import find_dates
from factcheck.extract.numeric import find_numeric
from factcheck.model import Kind, Mention

_DATE_BEATS = frozenset({Kind.COUNT, Kind.RANK})

# The date extractor runs its rules only in windows around its anchors: a digit, or a word
# of its own trigger table (the second word of a two-word holiday name is in it too, which
# covers the pairs it anchors on). A text with none of them has no date, so most sentences of
# an article skip it. Tokens are found exactly as the extractor finds them (ASCII letters).
_DATE_WORDS = frozenset(_dates._TRIGGERS) | {second for _, second in _dates._HOLIDAY_BIGRAMS}
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[A-Za-z]+")


def may_hold_date(text: str) -> bool:
    """False only if ``find_dates(text)`` is surely empty (it has none of the date
    extractor's anchors)."""
    if _DIGIT.search(text) is not None:
        return True
    return not _DATE_WORDS.isdisjoint(word.lower() for word in _LETTERS.findall(text))


def find_mentions(text: str, published: dt.date | None = None) -> list[Mention]:
    """Every figure and date in ``text``, sorted by position, without overlaps."""
    numeric = find_numeric(text)
    dates = find_dates(text, published) if may_hold_date(text) else []
    if not dates:
        return sorted(numeric, key=lambda m: (m.start, m.end))
    kept_dates = [
        d
        for d in dates
        if not any(
            m.kind not in _DATE_BEATS and m.start < d.end and d.start < m.end for m in numeric
        )
    ]
    kept = [
        m
        for m in numeric
        if m.kind not in _DATE_BEATS
        or not any(d.start < m.end and m.start < d.end for d in kept_dates)
    ]
    return sorted(kept + kept_dates, key=lambda m: (m.start, m.end))


__all__ = ["find_dates", "find_mentions", "find_numeric", "may_hold_date"]
