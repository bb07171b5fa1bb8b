"""Extractors: text in, ``Mention``s out, one module per kind of figure.

``find_mentions`` runs them all on one sentence and settles overlaps: a date beats a bare
number or ordinal inside it ("June 2nd", "in 2019"), and money, percentages and
quantities keep their own spans (the date extractor never claims "$2,019").
"""

from __future__ import annotations

import datetime as dt

from factcheck.extract.dates import find_dates
from factcheck.extract.numeric import find_numeric
from factcheck.model import Kind, Mention

_DATE_BEATS = frozenset({Kind.COUNT, Kind.RANK})


def find_mentions(text: str, published: dt.date | None = None) -> list[Mention]:
    """Every figure and date in ``text``, sorted by position, without overlaps."""
    numeric = find_numeric(text)
    dates = find_dates(text, published)
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


__all__ = ["find_dates", "find_mentions", "find_numeric"]
