"""A million claims for the reconciler, built directly as ``Claim`` objects.

The mix imitates what the extractor produces on a news archive: most figures have a
subject and an attribute, a third of subjects are a pair of parties (deals), a third of
figures carry a period, and groups are small (a story restated by a handful of outlets)
with a long tail of big ones (the one deal everybody covers). Some claims have no subject
or attribute (never compared), some are ranks, dates and quantities, currencies are mixed,
and about one restatement in thirty is wrong (a contradiction to find).

Values are drawn from pools of shared immutable objects, so a million claims build in
seconds and the benchmark measures the reconciler, not this generator.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from factcheck.model import (
    Amount,
    Bound,
    Claim,
    DateValue,
    Granularity,
    Kind,
    Location,
    Period,
    Sourcing,
)

ATTRIBUTES = (
    "deal_value",
    "valuation",
    "revenue",
    "profit",
    "funding_round",
    "market_value",
    "fee",
    "commitment",
    "share of backlog",
    "count of employees",
    "market_size",
)
_BOUNDS = (Bound.EXACT,) * 6 + (Bound.APPROX, Bound.AT_LEAST, Bound.AT_MOST, Bound.RANGE)
_UNITS = ("USD",) * 6 + ("EUR", "GBP")
_QUANTITY_UNITS = ("MW", "GW", "km", "mile", "tonne", "kg")
_FACTORS = ("1",) * 24 + ("1.01", "0.99", "1.004", "1.2", "0.8", "3")


def _periods() -> list[Period | None]:
    years = [
        Period(DateValue(dt.date(y, 1, 1), dt.date(y, 12, 31), Granularity.YEAR), rel)
        for y in range(2015, 2027)
        for rel in ("in", "by")
    ]
    return [None] * len(years) * 2 + years  # two thirds undated


def _amounts(base: Decimal) -> list[tuple[Amount, str]]:
    """Every way the pool writes a figure near ``base``: restatements, hedges, errors."""
    out = []
    for factor in dict.fromkeys(_FACTORS):
        for bound in dict.fromkeys(_BOUNDS):
            v = base * Decimal(factor)
            high = v * Decimal("1.2") if bound is Bound.RANGE else None
            out.append((Amount(v, bound, v / 200, high), f"{bound.value} {v:.4g}"))
    return out


def claims(n: int = 1_000_000, *, subjects: int = 100_000, seed: int = 1) -> list[Claim]:
    """``n`` claims about ``subjects`` names; deterministic for a seed."""
    rng = random.Random(seed)
    names = [f"Company{i:06d}" for i in range(subjects)]
    periods = _periods()
    sentences = [f"Sentence {i} of a synthetic article." for i in range(1000)]
    money = [_amounts(Decimal((k + 1) * 10**8)) for k in range(97)]
    percent = [_amounts(Decimal(k + 5)) for k in range(60)]
    counts = [_amounts(Decimal((k + 1) * 1000)) for k in range(50)]
    quantities = [_amounts(Decimal(k + 1)) for k in range(40)]
    ranks = [(Amount(Decimal(k)), f"No. {k}") for k in range(1, 11)]
    years = [
        (DateValue(dt.date(y, 1, 1), dt.date(y, 12, 31), Granularity.YEAR), str(y))
        for y in range(2015, 2027)
    ]
    weights = [1.0 / (1 + k) ** 0.8 for k in range(subjects)]  # a few subjects are everywhere
    picks = rng.choices(range(subjects), weights=weights, k=n)
    out: list[Claim] = []
    for i, s in enumerate(picks):
        subject: str | None = names[s]
        if s % 3 == 0:  # a deal: two parties, named in either order
            other = names[(s * 7 + 1) % subjects]
            subject = f"{subject} – {other}" if rng.random() < 0.5 else f"{other} – {subject}"
        roll = rng.random()
        attribute: str | None = ATTRIBUTES[(s + int(roll * 3)) % len(ATTRIBUTES)]
        if roll < 0.1:
            subject = None
        elif roll < 0.15:
            attribute = None
        kind_roll = rng.random()
        item = None
        value: Amount | DateValue
        unit: str | None
        if kind_roll < 0.62:
            kind, unit = Kind.MONEY, _UNITS[(s + i) % len(_UNITS) if s % 5 == 0 else 0]
            value, text = rng.choice(money[s % 97])
        elif kind_roll < 0.80:
            kind, unit = Kind.PERCENT, "%"
            value, text = rng.choice(percent[s % 60])
        elif kind_roll < 0.88:
            kind, unit = Kind.COUNT, "employees"
            value, text = rng.choice(counts[s % 50])
        elif kind_roll < 0.93:
            kind, unit = Kind.QUANTITY, _QUANTITY_UNITS[s % len(_QUANTITY_UNITS)]
            value, text = rng.choice(quantities[s % 40])
        elif kind_roll < 0.97:
            kind, unit, attribute = Kind.RANK, "world ranking", "rank"
            value, text = ranks[(s + (i % 7 == 0)) % 10]
            item = names[(s * 13) % subjects]
        else:
            kind, unit = Kind.DATE, None
            value, text = years[(s + (i % 11 == 0)) % len(years)]
            attribute = "date founded"
        start = (i % 12) * 180
        out.append(
            Claim(
                kind=kind,
                value=value,
                unit=unit,
                text=text,
                location=Location(
                    f"doc{i // 12:06d}.md", start, start + 8, sentences[i % 1000], start
                ),
                subject=subject,
                attribute=attribute,
                period=periods[(s + i % 3) % len(periods)],
                sourcing=Sourcing.SOURCED if i % 5 else Sourcing.UNSOURCED,
                item=item,
            )
        )
    return out
