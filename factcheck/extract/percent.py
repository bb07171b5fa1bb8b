"""Percent mentions: "67%", "45 percent", "45 per cent", "3 percentage points".

The value is the number as written (67 for "67%"), unit "%" for a share or a relative
change and "pp" for percentage points ("3 percentage points", "3 pp", "fell 0.2 points to
4.1%"; a bare "points" needs a percent level after it: "the index fell 50 points" is not).
A rise or fall ("up 12%", "down 3%") keeps a positive value: the direction is context that
the attribute step reads, just like "loss" for money; only a written sign ("-3%", "minus five
percent") is negative. Basis points are converted to percentage points (25 bp -> 0.25 pp):
"cut by 25 basis points" and "cut by a quarter of a percentage point" state the same change
and must reconcile. (Some annotations keep the written 25; none of the public suites that
factcheck is measured on labels basis points, so correctness for comparison decides.)

**Fractions of a whole are not percents.** "nearly half of voters", "two-thirds of the staff"
are numbers with their fractional value (0.5, 0.667): the count finder reports them, as the
public extraction suites label them. A fraction *of a percentage unit* is a percent: "half a
percentage point" is 0.5 pp, "a quarter of a percent" 0.25%.
"""

from __future__ import annotations

import re

from factcheck.extract._numbers import (
    BETWEEN_BEFORE,
    RANGE_SEP,
    bound_after,
    find_numbers,
    hedge_before,
    is_change,
    with_plain_spaces,
)
from factcheck.model import Amount, Bound, Kind, Mention

__all__ = ["find_percent"]

_SIGN = r"[ \t]*(?:-[ \t]*)?"
_PCT_AFTER = re.compile(
    _SIGN + r"(?:(?P<pp>percentage[ \t-]+points?|pp|ppts?|pct[ \t]+pts?|points?)"
    r"|(?P<bp>basis[ \t-]+points?|bps?)"
    r"|(?P<pct>%|\uff05|percents?|per[ \t]+cent|pct\.?|(?<=\d)pc|percentage(?![ \t-]+points?)))"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
# "fell 0.2 points to 4.1%": bare points are percentage points when a percent level follows.
_PCT_LEVEL_AFTER = re.compile(
    r"[^.;:%]{0,30}?\b(?:to|at|from|of)[ \t]+(?:about[ \t]+|around[ \t]+)?-?\.?\d[\d.,]*[ \t]*"
    r"(?:%|percent|per[ \t]+cent|pct)",
    re.IGNORECASE,
)
_PCT_OF = re.compile(r"(?P<w>percents?|per[ \t]+cent)[ \t]+of[ \t]+\Z", re.IGNORECASE)
# "half a percentage point", "a quarter of a percent": a fraction of one percentage unit.
_FRACTION_OF_ONE = re.compile(r"(?:[ \t]+of)?[ \t]+an?(?=[ \t])", re.IGNORECASE)
_CHANGE_VERB = re.compile(
    r"(?<![\w])(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|gained|gains|"
    r"gain|lost|lose|loses|dropped|drop|drops|climbed|climb|climbs|jumped|jump|jumps|"
    r"slipped|slip|slips|declined|decline|declines|increased|decreased|slid|tumbled|"
    r"surged|soared|sank|up|down|higher|lower|cut|cuts|raised|raises|lowered|reduced|trimmed|"
    r"slashed|hiked|lifted|eased|narrowed|widened|shed|added|advanced|retreated|"
    r"plunged|plummeted|rallied|rebounded|edged|moved)[ \t]+(?:by[ \t]+)?"
    r"(?:about[ \t]+|nearly[ \t]+|almost[ \t]+|more than[ \t]+|over[ \t]+|some[ \t]+)?\Z",
    re.IGNORECASE,
)
# Substrings one of which every percent mention contains (a cheap precheck).
_KEYS = ("%", "\uff05", "pc", "percent", "per cent", "pct", "point", "bp", "pp")


@with_plain_spaces
def find_percent(text: str) -> list[Mention]:
    """Percent mentions in ``text``, sorted by start."""
    low = text.lower()
    if not any(k in low for k in _KEYS):
        return []
    nums = [n for n in find_numbers(text) if n.kind != "ordinal"]
    has_pct_word = "percent" in low or "per cent" in low
    out: list[Mention] = []
    skip_until = -1
    for idx, n in enumerate(nums):
        if n.start < skip_until:
            continue
        m = _PCT_AFTER.match(text, n.end)
        if m is None and n.kind == "fraction" and 0 < n.value < 1:
            fm = _FRACTION_OF_ONE.match(text, n.end)
            m = _PCT_AFTER.match(text, fm.end()) if fm is not None else None
        if m is not None and not n.scaled:
            unit = "%"
            if m.group("pp") or m.group("bp"):
                word = (m.group("pp") or "").lower()
                if word.startswith("point") and not (_CHANGE_VERB.search(
                    text, max(0, n.start - 40), n.start
                ) and _PCT_LEVEL_AFTER.match(text, m.end())):
                    continue  # "the index fell 50 points": index points, not percentage points
                unit = "pp"
            value, precision = n.value, n.precision
            if m.group("bp"):
                value, precision = value / 100, precision / 100
            start, end = n.start, m.end()
            bound = Bound.EXACT
            high = None
            # Range whose first end has no sign: "10-15%", "between 10 and 15 percent".
            prev = nums[idx - 1] if idx > 0 else None
            if prev is not None and out and out[-1].end > prev.start:
                prev = None
            if prev is not None and not prev.scaled and prev.kind in {"numeral", "words"}:
                rng = RANGE_SEP.match(text, prev.end)
                if rng is not None and rng.end() == n.start and prev.value < n.value:
                    between = BETWEEN_BEFORE.search(text, max(0, prev.start - 12), prev.start)
                    sep = rng.group().strip().lower()
                    first = prev.value if unit != "pp" or not m.group("bp") else prev.value / 100
                    if is_change(text, prev.start, first, value, sep, False):
                        # "rose from 5 to 8 percent": the old level shares the unit.
                        ps, pe, pb = _hedges(text, prev.start, prev.end)
                        out.append(Mention(Kind.PERCENT, ps, pe, text[ps:pe],
                                           Amount(first, pb, prev.precision), unit))
                    elif sep != "and" or between is not None:
                        high = value
                        value = first
                        start = between.start() if between is not None else prev.start
                        bound = Bound.RANGE
            # Range with the sign on both ends: "10% to 15%".
            if bound is Bound.EXACT and idx + 1 < len(nums):
                rng = RANGE_SEP.match(text, end)
                nxt = nums[idx + 1]
                sep = rng.group().strip().lower() if rng is not None else ""
                dash = sep in {"-", "\u2013", "\u2014", "to"}
                if rng is not None and rng.end() == nxt.start and (dash or (
                    sep == "and" and BETWEEN_BEFORE.search(text, max(0, start - 12), start)
                )):
                    m2 = _PCT_AFTER.match(text, nxt.end)
                    if m2 is not None and m2.group("pct") and unit == "%" and (
                        n.value < nxt.value
                    ) and not is_change(text, start, n.value, nxt.value, sep, True):
                        high = nxt.value
                        end = m2.end()
                        bound = Bound.RANGE
                        skip_until = end
                        between = BETWEEN_BEFORE.search(text, max(0, start - 12), start)
                        if between is not None:
                            start = between.start()
            if bound is Bound.EXACT:
                start, end, bound = _hedges(text, start, end)
            amount = Amount(value, bound, precision, high)
            out.append(Mention(Kind.PERCENT, start, end, text[start:end], amount, unit))
            continue
        # "percent of 10": the number after the word.
        pm = _PCT_OF.search(text, max(0, n.start - 16), n.start) if has_pct_word else None
        if pm is not None and n.kind in {"numeral", "words"} and not n.scaled:
            before = text[max(0, pm.start() - 12):pm.start()]
            if not re.search(r"\d[ \t]*\Z", before):
                out.append(Mention(Kind.PERCENT, pm.start(), n.end, text[pm.start():n.end],
                                   Amount(n.value, Bound.EXACT, n.precision), "%"))
                continue
    return out


def _hedges(text: str, start: int, end: int) -> tuple[int, int, Bound]:
    bound = Bound.EXACT
    hb = hedge_before(text, start)
    if hb is not None:
        start, bound = hb
    ba = bound_after(text, end)
    if ba is not None and bound is Bound.EXACT:
        end, bound = ba
    return start, end, bound

