"""All numeric mentions of a sentence: money, percent, quantity, rank and count.

Each finder looks at the same parsed numbers (see :mod:`factcheck.extract._numbers`, which
caches per text), so one number can be claimed by several finders: "$5" is money and "5" is
a count. Overlaps are resolved by keeping the longest span, and on equal length the most
specific kind (money, percent, quantity, rank, count), because a wider span has read more of
the context ("about $13 billion" beats "13 billion", and "5 km" beats "5").
"""

from __future__ import annotations

import dataclasses
import re
from importlib import resources

from factcheck.extract._numbers import has_number_hint, with_plain_spaces
from factcheck.extract.count import find_counts
from factcheck.extract.money import _A_NAME, find_money
from factcheck.extract.percent import find_percent
from factcheck.extract.quantity import _ARTICLE, find_quantities
from factcheck.extract.rank import find_ranks
from factcheck.model import Kind, Mention

__all__ = ["COUNTED_UNITS", "find_numeric"]


def _counted_units() -> dict[str, str]:
    """Spelt-out form (lower case) -> abbreviation, from ``data/counted_units.csv``."""
    data = resources.files("factcheck.data").joinpath("counted_units.csv").read_text("utf-8")
    table: dict[str, str] = {}
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            abbreviation, _, long_form = line.partition(",")
            table[long_form.strip().lower()] = abbreviation.strip()
    return table


_LONG_FORMS = _counted_units()
# The counted units' abbreviations, lower case: the unit of a count of them ("teu")
COUNTED_UNITS = frozenset(a.lower() for a in _LONG_FORMS.values())
# A spelt-out unit, with its abbreviation in parentheses after it or not
_LONG_FORM = re.compile(
    r"\b(?:"
    + "|".join(re.escape(f) for f in sorted(_LONG_FORMS, key=len, reverse=True))
    + r")\b(?:\s*\([A-Z]{2,5}\))?",
    re.IGNORECASE,
)
# The abbreviation right after a count ("1.21 million TEU", "TEUs")
_ABBREVIATION_AFTER = re.compile(
    r"\s+(?P<a>" + "|".join(sorted({re.escape(a) for a in _LONG_FORMS.values()})) + r")s?\b"
)

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
    text, spelt = _abbreviated(text)
    found: list[Mention] = [
        *_money(text),
        *_percent(text),
        *_quantities(text),
        *_ranks(text),
        *_counts(text),
    ]
    if spelt or _ABBREVIATION_AFTER.search(text):
        found = [_with_counted_unit(text, m) for m in found]
    return _resolve(found)


def _abbreviated(text: str) -> tuple[str, bool]:
    """``text`` with each spelt-out counted unit ("twenty-foot equivalent units (TEU)") written
    as its abbreviation padded to the same length, so that offsets stay: "twenty-foot" is
    no length and "1.42 million twenty-foot equivalent units" is a count of TEU, not a
    number of feet. Whether any was replaced."""
    if "equivalent" not in text.lower():
        return text, False  # every long form in the table says what it is equivalent to
    replaced = False

    def short(found: re.Match[str]) -> str:
        nonlocal replaced
        replaced = True
        long_form = re.sub(r"\s*\([A-Z]{2,5}\)$", "", found.group()).lower()
        abbreviation = _LONG_FORMS[" ".join(long_form.split())]
        return abbreviation + " " * (len(found.group()) - len(abbreviation))

    return _LONG_FORM.sub(short, text), replaced


def _with_counted_unit(text: str, mention: Mention) -> Mention:
    """A count right before a counted unit's abbreviation counts that unit ("teu"), unless
    the count extractor found a noun after it that it modifies ("2,200 TEU vessels")."""
    if mention.kind is not Kind.COUNT:
        return mention
    after = _ABBREVIATION_AFTER.match(text, mention.end)
    if after is None:
        return mention
    if mention.unit is not None and mention.unit.rstrip("s") != after.group("a").lower():
        return mention  # "2,200 TEU vessels": a size of the vessels counted
    return dataclasses.replace(mention, unit=after.group("a").lower())


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
