"""Group claims by what they are about and report the ones that cannot both be true.

Two figures are compared only when subject, attribute and period agree (and the unit is
comparable); a claim with an unclear subject or attribute is never compared. Values are
intervals (written precision, hedges, bounds), widened by a configurable tolerance, and
conflict only when the intervals do not overlap. Ranks conflict when one item holds two
positions, or one position is held by two items, on the same board.

Knows nothing of spaCy; never raises on data; output order is deterministic.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from factcheck.context import cumulative_attributes, default_attribute_rules
from factcheck.model import (
    INF,
    Amount,
    Bound,
    Claim,
    DateValue,
    Finding,
    FindingType,
    Granularity,
    Kind,
    Sourcing,
)
from factcheck.subjects import group_key, subject_key

NUMERIC = (Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.QUANTITY)


@dataclass(frozen=True)
class Tolerance:
    """How far apart two figures may be and still agree.

    ``relative`` widens every interval by that share of its value on each side (0.01:
    "$13.0B" and "$13.1B" agree); ``approx`` is the extra room a hedge ("about", "roughly")
    gives; ``rates`` converts currencies to a common one (``{"EUR": Decimal("1.08")}``
    means 1 EUR = 1.08 of the base currency), else different currencies are never compared.
    """

    relative: Decimal = Decimal("0.01")
    approx: Decimal = Decimal("0.10")
    rates: Mapping[str, Decimal] = field(default_factory=dict)


def interval(amount: Amount, tolerance: Tolerance) -> tuple[Decimal, Decimal]:
    """The interval a claim commits to, widened by the tolerance."""
    scale = abs(amount.high_value if amount.high_value is not None else amount.value)
    slack = tolerance.relative * scale
    if amount.bound is Bound.APPROX:
        slack += tolerance.approx * scale
    low, high = amount.low, amount.high
    return (low - slack if low != -INF else low, high + slack if high != INF else high)


def disagree(a: Amount, b: Amount, tolerance: Tolerance) -> bool:
    a_low, a_high = interval(a, tolerance)
    b_low, b_high = interval(b, tolerance)
    return max(a_low, b_low) > min(a_high, b_high)


def comparable_amount(claim: Claim, tolerance: Tolerance) -> tuple[str, Amount] | None:
    """(unit key, amount) in a unit shared by everything it may be compared with."""
    if not isinstance(claim.value, Amount):
        return None
    unit = claim.unit or ""
    if claim.kind is Kind.MONEY and tolerance.rates and unit in tolerance.rates:
        return "money:base", claim.value.scaled(tolerance.rates[unit])
    if claim.kind is Kind.QUANTITY and unit:
        from factcheck.units import parse_unit, ureg

        parsed = parse_unit(unit)
        if parsed is not None:
            try:
                factor = ureg.Quantity(1, parsed).to_base_units()
            except Exception:  # offset units such as °C have no simple factor
                return f"quantity:{unit}", claim.value
            return f"quantity:{factor.units}", claim.value.scaled(Decimal(str(factor.magnitude)))
    return f"{claim.kind}:{unit}", claim.value


def group_claims(
    claims: Iterable[Claim], cumulative: Collection[str] = ()
) -> dict[tuple[str, ...], list[Claim]]:
    """Numeric claims with a clear subject and attribute, by (subject, attribute, period).

    Undated figures of a ``cumulative`` attribute (investments add up over time) are left
    out: "invests $1B" and "invested $13 billion" may both be true.
    """
    groups: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind not in NUMERIC or not claim.subject or not claim.attribute:
            continue
        if claim.period is None and claim.attribute in cumulative:
            continue
        period = str(claim.period) if claim.period else ""
        groups[(group_key(claim.subject), claim.attribute, period, claim.kind.value)].append(claim)
    return groups


def reconcile(
    claims: Iterable[Claim],
    tolerance: Tolerance | None = None,
    cumulative: Collection[str] | None = None,
) -> list[Finding]:
    """Contradictions among ``claims``, ordered by subject, attribute and location.

    ``cumulative`` names attributes whose undated figures are never compared (default:
    those marked cumulative in the shipped attributes table).
    """
    tolerance = tolerance or Tolerance()
    if cumulative is None:
        cumulative = cumulative_attributes(default_attribute_rules())
    claims = sorted(claims, key=_order)
    findings = list(_numeric_conflicts(claims, tolerance, cumulative))
    findings.extend(_rank_conflicts(claims))
    findings.extend(_date_conflicts(claims))
    findings.sort(key=lambda f: (f.a.subject or "", f.a.attribute or "", _order(f.a), _order(f.b)))
    return findings


def unsourced(claims: Iterable[Claim]) -> list[Finding]:
    """A finding for every statistic stated without a source (or with a vague one)."""
    findings = []
    for claim in sorted(claims, key=_order):
        if claim.sourcing is Sourcing.UNSOURCED:
            why = "a statistic stated as fact with no attribution in its sentence or paragraph"
        elif claim.sourcing is Sourcing.WEAK:
            why = f"a statistic with only a vague attribution ({claim.source!r})"
        else:
            continue
        findings.append(Finding(FindingType.UNSOURCED, claim, None, why))
    return findings


def _order(claim: Claim | None) -> tuple[str, int, int]:
    if claim is None:
        return ("", 0, 0)
    return (claim.location.doc, claim.location.start, claim.location.end)


def _numeric_conflicts(
    claims: list[Claim], tolerance: Tolerance, cumulative: Collection[str]
) -> Iterator[Finding]:
    for _key, group in sorted(group_claims(claims, cumulative).items()):
        by_unit: dict[str, list[tuple[Claim, Amount]]] = defaultdict(list)
        for claim in group:
            converted = comparable_amount(claim, tolerance)
            if converted is not None:
                by_unit[converted[0]].append((claim, converted[1]))
        for _unit, members in sorted(by_unit.items()):
            clusters = _clusters(members, tolerance)
            for first, second in itertools.combinations(clusters, 2):
                if all(disagree(x, y, tolerance) for _, x in first for _, y in second):
                    yield _finding(first, second)


def _clusters(
    members: list[tuple[Claim, Amount]], tolerance: Tolerance
) -> list[list[tuple[Claim, Amount]]]:
    """Split claims into groups that agree with each other (every pair overlaps).

    Claims are visited in value order, so the grouping depends only on the set of claims,
    never on their input order; a restatement joins the group of the claim it restates,
    which is why restating a figure never adds a finding.
    """
    ordered = sorted(members, key=lambda m: (m[1].low, m[1].high, m[1].value, _order(m[0])))
    clusters: list[list[tuple[Claim, Amount]]] = []
    for claim, amount in ordered:
        for cluster in clusters:
            if not any(disagree(amount, other, tolerance) for _, other in cluster):
                cluster.append((claim, amount))
                break
        else:
            clusters.append([(claim, amount)])
    return clusters


def _finding(first: list[tuple[Claim, Amount]], second: list[tuple[Claim, Amount]]) -> Finding:
    """One finding per pair of disagreeing groups, shown through each group's first claim."""
    a, a_amount = min(first, key=lambda m: _order(m[0]))
    b, b_amount = min(second, key=lambda m: _order(m[0]))
    if _order(b) < _order(a):
        (a, a_amount, first), (b, b_amount, second) = (b, b_amount, second), (a, a_amount, first)
    why = explain(a, b, a_amount, b_amount)
    why += _also(a, first) + _also(b, second)
    return Finding(FindingType.CONTRADICTION, a, b, why)


def explain(a: Claim, b: Claim, a_amount: Amount, b_amount: Amount) -> str:
    """Why the two claims are about the same thing, and how far apart they are."""
    period = f", period {a.period}" if a.period else ", no period given in either"
    same = f"same subject ({a.subject}), attribute ({a.attribute}){period}"
    small, large = sorted((abs(a_amount.value), abs(b_amount.value)))
    if small > 0:
        gap = f"the larger is {large / small:.2f}x the smaller"
    else:
        gap = f"they differ by {large - small:,}"
    return (
        f"{same}: {a.text!r} vs {b.text!r} do not overlap even allowing for rounding and "
        f"hedges; {gap}"
    )


def _also(shown: Claim, cluster: list[tuple[Claim, Amount]]) -> str:
    docs = sorted({c.location.doc for c, _ in cluster} - {shown.location.doc})
    return f"; {shown.text!r} is also stated in {', '.join(docs)}" if docs else ""


def _rank_conflicts(claims: list[Claim]) -> Iterator[Finding]:
    """One item in two positions, or two items in one position, on one board and period.

    Restatements of the same (item, position) are one entry, shown by their first claim.
    """
    boards: dict[tuple[str, str], dict[tuple[str, Decimal], list[Claim]]] = defaultdict(dict)
    for claim in claims:
        if (
            claim.kind is Kind.RANK
            and claim.subject
            and claim.item
            and isinstance(claim.value, Amount)
        ):
            period = str(claim.period) if claim.period else ""
            entries = boards[(subject_key(claim.subject), period)]
            entries.setdefault((subject_key(claim.item), claim.value.value), []).append(claim)
    for _key, entries in sorted(boards.items()):
        for (a_item, a_pos), (b_item, b_pos) in itertools.combinations(sorted(entries), 2):
            if (a_item == b_item) == (a_pos == b_pos):
                continue
            a = min(entries[(a_item, a_pos)], key=_order)
            b = min(entries[(b_item, b_pos)], key=_order)
            if _order(b) < _order(a):
                a, b = b, a
            if a_item == b_item:
                why = (
                    f"{a.item} is ranked {a.text!r} and {b.text!r} on the same board ({a.subject})"
                )
            else:
                why = (
                    f"the same position on the same board ({a.subject}) is given to "
                    f"{a.item} ({a.text!r}) and to {b.item} ({b.text!r})"
                )
            yield Finding(FindingType.CONTRADICTION, a, b, why)


_GRANULARITY_ORDER = (Granularity.YEAR, Granularity.QUARTER, Granularity.MONTH, Granularity.DAY)


def dates_disagree(a: DateValue, b: DateValue) -> bool:
    """Two dates of one event conflict only at the coarser of their granularities: "2024"
    agrees with "January 31, 2024"; "January 28, 2024" does not."""
    coarse = min(a.granularity, b.granularity, key=_GRANULARITY_ORDER.index)
    return _truncate(a.start, coarse) != _truncate(b.start, coarse)


def _truncate(day: dt.date, granularity: Granularity) -> tuple[int, ...]:
    if granularity is Granularity.YEAR:
        return (day.year,)
    if granularity is Granularity.QUARTER:
        return (day.year, (day.month - 1) // 3)
    if granularity is Granularity.MONTH:
        return (day.year, day.month)
    return (day.year, day.month, day.day)


def _date_conflicts(claims: list[Claim]) -> Iterator[Finding]:
    """Dates of one-time events ("date founded", "date acquired") that cannot both hold."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind is Kind.DATE and claim.subject and claim.attribute:
            groups[(group_key(claim.subject), claim.attribute)].append(claim)
    for _key, group in sorted(groups.items()):
        clusters: list[list[Claim]] = []
        for claim in sorted(group, key=lambda c: (_date_of(c).start, _date_of(c).end, _order(c))):
            for cluster in clusters:
                if not any(dates_disagree(_date_of(claim), _date_of(o)) for o in cluster):
                    cluster.append(claim)
                    break
            else:
                clusters.append([claim])
        for first, second in itertools.combinations(clusters, 2):
            if all(dates_disagree(_date_of(x), _date_of(y)) for x in first for y in second):
                a, b = sorted((min(first, key=_order), min(second, key=_order)), key=_order)
                why = (
                    f"same subject ({a.subject}) and event ({a.attribute}): {a.text!r} and "
                    f"{b.text!r} differ even at the coarser precision"
                )
                yield Finding(FindingType.CONTRADICTION, a, b, why)


def _date_of(claim: Claim) -> DateValue:
    assert isinstance(claim.value, DateValue)
    return claim.value
