"""All numeric mentions of a sentence: money, percent, quantity, rank and count.

Each finder looks at the same parsed numbers (see :mod:`factcheck.extract._numbers`, which
caches per text), so one number can be claimed by several finders: "$5" is money and "5" is
a count. Overlaps are resolved by keeping the longest span, and on equal length the most
specific kind (money, percent, quantity, rank, count), because a wider span has read more of
the context ("about $13 billion" beats "13 billion", and "5 km" beats "5").
"""

from __future__ import annotations

from factcheck.extract._numbers import has_number_hint, with_plain_spaces
from factcheck.extract.count import find_counts
from factcheck.extract.money import _A_NAME, find_money
from factcheck.extract.percent import find_percent
from factcheck.extract.quantity import _ARTICLE, find_quantities
from factcheck.extract.rank import find_ranks
from factcheck.model import Kind, Mention

__all__ = ["find_numeric"]

_PRIORITY = {Kind.MONEY: 0, Kind.PERCENT: 1, Kind.QUANTITY: 2, Kind.RANK: 3, Kind.COUNT: 4}


# Each finder is wrapped in ``with_plain_spaces``; here the text is plain already (the
# function is idempotent), so the finders run unwrapped: one plain_spaces pass, not six.
_money = find_money.__wrapped__  # type: ignore[attr-defined]
_percent = find_percent.__wrapped__  # type: ignore[attr-defined]
_quantities = find_quantities.__wrapped__  # type: ignore[attr-defined]
_ranks = find_ranks.__wrapped__  # type: ignore[attr-defined]
_counts = find_counts.__wrapped__  # type: ignore[attr-defined]


@with_plain_spaces
def find_numeric(text: str) -> list[Mention]:
    """Money, percent, quantity, rank and count mentions in ``text``, sorted by start."""
    if not has_number_hint(text) and "fold" not in text:
        # Only "a dollar", "a liter", "#1" and the like can be left: skip the rest.
        if "#" in text:
            return _ranks(text)  # type: ignore[no-any-return]
        if _A_NAME.search(text) is None and _ARTICLE.search(text) is None and (
            "bsolute" not in text
        ):
            # Without a numeral, money finds only "a dollar" (_A_NAME) and quantities only
            # "a liter" (_ARTICLE) or "absolute zero": neither can find anything here.
            return []
        return _resolve([*_money(text), *_quantities(text)])
    found: list[Mention] = [
        *_money(text),
        *_percent(text),
        *_quantities(text),
        *_ranks(text),
        *_counts(text),
    ]
    return _resolve(found)


def _resolve(found: list[Mention]) -> list[Mention]:
    """Keep the longest (then most specific) of overlapping mentions."""
    found.sort(key=lambda m: (-(m.end - m.start), _PRIORITY[m.kind], m.start))
    kept: list[Mention] = []
    if not found:
        return kept
    taken = bytearray(max(m.end for m in found) + 1)
    for m in found:
        if any(taken[m.start:m.end]):
            continue
        kept.append(m)
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    kept.sort(key=lambda m: (m.start, m.end))
    return kept
