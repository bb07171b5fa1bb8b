"""Group claims by what they are about and report the ones that cannot both be true.

Two figures are compared only when subject, attribute and period agree (and the unit is
comparable); a claim with an unclear subject or attribute is never compared. Values are
intervals (written precision, hedges, bounds), widened by a configurable tolerance, and
conflict only when the intervals do not overlap. Ranks conflict when one item holds two
positions, or one position is held by two items, on the same board.

Knows nothing of spaCy; never raises on data; output order is deterministic.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import gc
import itertools
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from factcheck.backoff import Keys, read_corpus
from factcheck.context import (
    cumulative_attributes,
    default_attribute_rules,
    is_level,
    is_quoted_price,
    is_result,
    written_basis,
)
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
from factcheck.subjects import (
    document_short_names,
    has_designator,
    name_brands,
    relation_parties,
    short_names,
    subject_key,
)

NUMERIC = (Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.QUANTITY)


@dataclass(frozen=True)
class Tolerance:
    """How figures are compared: how far apart two may be and still agree, and which.

    ``relative`` widens every interval by that share of its value on each side (0.005:
    "$13.0B" and "$13.1B" agree, written precision already lets them touch; "€742 million"
    and "€756 million", 1.9% apart and neither hedged, do not: at 0.01 they did, and two
    exact figures that far apart are a drift, not a rounding); ``approx`` is the extra
    room a hedge ("about", "roughly") gives; ``rates`` converts currencies to a common one
    (``{"EUR": Decimal("1.08")}`` means 1 EUR = 1.08 of the base currency), else different
    currencies are never compared.
    ``within_documents`` also sets the amounts of one article against each other (by
    default only articles against articles: see ``_one_document_says_both``).
    ``level_window`` is how many days apart two articles may appear and still have their
    undated levels compared (see ``_levels_apart``); None compares them whenever written.
    ``result_window`` is the same for undated results (revenue, profits and their changes),
    which an article gives for the span it reports on: a quarter's, or a span it does not
    name; a half-year's are compared twice as long and a year's four times.
    """

    relative: Decimal = Decimal("0.005")
    approx: Decimal = Decimal("0.05")
    rates: Mapping[str, Decimal] = field(default_factory=dict)
    within_documents: bool = False
    level_window: int | None = 183
    result_window: int | None = 60


def interval(amount: Amount, tolerance: Tolerance) -> tuple[Decimal, Decimal]:
    """The interval a claim commits to, widened by the tolerance."""
    return _widen(amount, amount.low, amount.high, tolerance.relative, tolerance.approx)


def _widen(
    amount: Amount, low: Decimal, high: Decimal, relative: Decimal, approx: Decimal
) -> tuple[Decimal, Decimal]:
    """``amount``'s interval ``low``..``high`` widened by ``relative`` of its value, and
    ``approx`` more when hedged (see ``Tolerance``)."""
    scale = abs(amount.high_value if amount.high_value is not None else amount.value)
    slack = relative * scale
    if amount.bound is Bound.APPROX:
        slack += approx * scale
    return (low - slack if low != -INF else low, high + slack if high != INF else high)


@functools.lru_cache(maxsize=1 << 16)
def _bounds(
    amount: Amount, relative: Decimal, approx: Decimal
) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """``amount``'s interval as written (``low``, ``high``) and as widened (``interval``),
    for the tolerance's ``relative`` and ``approx``. Cached: an archive restates the same
    figures over and over ("$2 billion" in every article on a deal), and the Decimal
    arithmetic of one interval costs more than looking it up. Only compared, never shown,
    so an equal amount written another way ("2.0" for "2") may share its bounds."""
    low, high = amount.low, amount.high
    return (low, high, *_widen(amount, low, high, relative, approx))


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
        key, factor = _quantity_base(unit)
        return key, claim.value if factor is None else claim.value.scaled(factor)
    if claim.kind is Kind.COUNT and claim.attribute:
        # the attribute names what is counted, in one form for two wordings ("count of
        # mobile subscribers" is also "9.6 million mobile customers"): the unit adds nothing
        return "count:", claim.value
    return f"{_NAME[claim.kind]}:{unit}", claim.value  # the same text, without Enum.__format__


@functools.lru_cache(maxsize=4096)
def _quantity_base(unit: str) -> tuple[str, Decimal | None]:
    """(unit key, factor to base units) of a quantity unit; no factor when it has none.

    Cached because pint takes tens of microseconds per conversion and an archive writes
    the same few dozen units a million times.
    """
    from factcheck.units import parse_unit, ureg

    parsed = parse_unit(unit)
    if parsed is None:
        return f"{Kind.QUANTITY}:{unit}", None
    try:
        factor = ureg.Quantity(1, parsed).to_base_units()
    except Exception:  # offset units such as °C have no simple factor
        return f"quantity:{unit}", None
    return f"quantity:{factor.units}", Decimal(str(factor.magnitude))


GroupKey = tuple[str, str, str, str]
"""(subject key, attribute, period, kind): the claims one comparison looks at together."""

_FAMILY = {Kind.RANK.value: 1, Kind.DATE.value: 2}  # numeric groups first, then ranks, dates
_NAME = {kind: kind.value for kind in Kind}  # plain strings for keys (``.value`` is slow)


# Attributes only an organisation has: a name with one of them is a company's name, so
# the brand alone is short for it ("Skyreach Launch, founded in 2014" and "Skyreach").
_COMPANY_ATTRIBUTES = ("date founded", "date listed", "funding_round")


def is_company_attribute(attribute: str | None) -> bool:
    """True for an attribute only an organisation has (founded, listed, raised a round)."""
    return attribute is not None and attribute.startswith(_COMPANY_ATTRIBUTES)


def corpus_short_names(pairs: Iterable[tuple[str | None, str | None]]) -> dict[str, str]:
    """Short names that the subjects of a corpus also write in full ("Acme" and
    "Acme Therapeutics"), as ``subjects.short_names`` maps them, from the (subject,
    attribute) of every claim: every party of a deal counts, and a subject with an
    attribute only a company has (``is_company_attribute``), or written with a designator
    (``has_designator``: "Crestline Acceptance Corp"), is a company's name. One pass
    over the distinct subjects (a subject comes with several attributes); pass the result
    to ``claim_group``."""
    subjects: set[str] = set()
    founded: set[str] = set()  # subjects with an attribute only a company has
    for subject, attribute in set(pairs):
        if subject:
            subjects.add(subject)
            if is_company_attribute(attribute):
                founded.add(subject)
    keys: set[str] = set()
    companies: set[str] = set()
    for subject in subjects:  # each distinct subject once, whatever its attributes
        parties = relation_parties(subject)
        if len(parties) == 1 and subject in founded:
            companies.add(subject_key(subject))
        for party in parties:
            key = subject_key(party)
            keys.add(key)
            # a party written with a designator ("Crestline Acceptance Corp") is a company too
            if has_designator(party):
                companies.add(key)
    return short_names(keys, companies)


# (document, subject, where the subject's first claim is): what ``written_short`` reads
NamePlace = tuple[str, str, int]


def name_places(claims: Iterable[Claim]) -> Iterator[NamePlace]:
    """Each party a claim is about, with its document and place (see ``written_short``)."""
    parties: dict[str, tuple[str, ...]] = {}  # split once per distinct subject, not per claim
    for claim in claims:
        subject = claim.subject
        if subject and claim.kind is not Kind.RANK:
            split = parties.get(subject)
            if split is None:
                split = parties[subject] = relation_parties(subject)
            for party in split:
                yield claim.location.doc, party, claim.location.start


def written_short(places: Iterable[NamePlace]) -> dict[str, str]:
    """Brands that documents write alone after one longer name for them ("Vandelay Chemicals
    ... Vandelay was fined"), as ``subjects.document_short_names`` finds them in each
    document's subjects in reading order: {"vandelay": "vandelay chemicals"}. Kept only when
    every document that shortens the brand shortens the same name."""
    # the brands first, from the names alone: most corpora write none, and a million
    # places need not be ordered to learn it
    places = list(places)
    brands = _brand_names({name for _, name, _ in places})
    if not brands:
        return {}
    # a document shortens only a brand it also writes alone: the others are not read
    docs = {doc for doc, name, _ in places if name in brands}
    first: dict[tuple[str, str], int] = {}
    for doc, name, start in places:
        if doc in docs:
            key = (doc, name)
            if start < first.get(key, start + 1):
                first[key] = start
    by_doc: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for (doc, name), start in first.items():
        by_doc[doc].append((start, name))
    found: dict[str, set[str]] = defaultdict(set)
    for names in by_doc.values():
        for brand, full in document_short_names(n for _, n in sorted(names)).items():
            found[brand].add(full)
    return {brand: next(iter(full)) for brand, full in found.items() if len(full) == 1}


def _brand_names(names: Collection[str]) -> set[str]:
    """The names whose key is a brand of some name of the corpus (``subjects.name_brands``):
    a document that writes none of them has no short name for ``document_short_names`` to
    find, and most documents write none."""
    read = [(name, *name_brands(name)) for name in names]
    brands = {
        brand for _, _, tail, found in read for brand in (found if tail is None else (tail,))
    }
    return {name for name, key, _, _ in read if key in brands}


def merged_short_names(corpus: Mapping[str, str], written: Mapping[str, str]) -> dict[str, str]:
    """Short names of the corpus (``corpus_short_names``), then those its documents write
    short (``written_short``) where the corpus gives none."""
    return {**written, **corpus}


def claim_group(
    claim: Claim,
    cumulative: Collection[str] = (),
    keys: Keys | None = None,
    short: Mapping[str, str] | None = None,
) -> GroupKey | None:
    """The group a claim is compared within, or None when it is never compared.

    Numeric figures group by (subject, attribute, period, kind); ranks by (board, period),
    whatever their attribute; dates of events by (subject, attribute). Undated figures of
    a ``cumulative`` attribute (investments add up over time) are never compared: "invests
    $1B" and "invested $13 billion" may both be true. This is the key a distributed
    engine shuffles on (see ``factcheck.dask``); ``group_findings`` does the rest.
    """
    keys = keys or Keys(short)
    kind = claim.kind
    if not claim.subject:
        return None
    if kind in NUMERIC:
        if not claim.attribute or (claim.period is None and claim.attribute in cumulative):
            return None
        return (keys.group(claim.subject), claim.attribute, keys.period(claim.period), _NAME[kind])
    if kind is Kind.RANK:
        if not claim.item or not isinstance(claim.value, Amount):
            return None
        # a board written short is its one full name ("the Apex table", "the Apex Energy
        # Rankings"), as for subjects
        return (keys.group(claim.subject), "", keys.period(claim.period), _NAME[kind])
    if kind is Kind.DATE and claim.attribute:
        return (keys.group(claim.subject), claim.attribute, "", _NAME[kind])
    return None


def claim_groups(
    claims: Iterable[Claim], cumulative: Collection[str] = ()
) -> dict[GroupKey, list[Claim]]:
    """Every claim that is compared with others, by ``claim_group``, with short names
    merged into the full names the same claims also use (``corpus_short_names``)."""
    claims = list(claims)
    keys = Keys(
        merged_short_names(
            corpus_short_names((c.subject, c.attribute) for c in claims),
            written_short(name_places(claims)),
        )
    )
    claims = read_corpus(claims, keys)
    groups: dict[GroupKey, list[Claim]] = defaultdict(list)
    subjects, periods = keys.groups, keys.periods
    for claim in claims:
        # the common case (a numeric figure with a subject and a period already seen)
        # inline, as one million calls of ``claim_group`` cost a second on their own
        # (a period is hashed field by field in Python: looked up once, not twice)
        subject, period = claim.subject, claim.period
        written = "" if period is None else periods.get(period)
        if (
            claim.kind in NUMERIC
            and subject
            and claim.attribute
            and subject in subjects
            and written is not None
        ):
            if period is None and claim.attribute in cumulative:
                continue
            key: GroupKey | None = (
                subjects[subject],
                claim.attribute,
                written,
                _NAME[claim.kind],
            )
        else:
            key = claim_group(claim, cumulative, keys)
        if key is not None:
            groups[key].append(claim)
    return groups


def group_order(key: GroupKey) -> tuple[int, GroupKey]:
    """Groups are visited numeric first, then ranks, then dates, each by key."""
    return (_FAMILY.get(key[3], 0), key)


def group_findings(key: GroupKey, claims: Iterable[Claim], tolerance: Tolerance) -> list[Finding]:
    """Contradictions within one group (as keyed by ``claim_group``), in a fixed order.

    Depends only on the set of claims, never on their order, so the in-memory path and a
    distributed groupby give the same findings.
    """
    # no need to sort by location first: every step below orders by value and location,
    # and picks the first claim of a cluster by location
    members = list(claims)
    if len(members) < 2:  # one claim never contradicts itself; most groups are singletons
        return []
    if key[3] == Kind.RANK.value:
        return list(_rank_findings(members))
    if key[3] == Kind.DATE.value:
        return list(_date_findings(members))
    return list(_numeric_findings(members, tolerance))


def finding_order(finding: Finding) -> tuple[str, str, tuple[str, int, int], tuple[str, int, int]]:
    """The order ``reconcile`` returns findings in: subject, attribute, locations."""
    return (
        finding.a.subject or "",
        finding.a.attribute or "",
        _order(finding.a),
        _order(finding.b),
    )


def group_claims(
    claims: Iterable[Claim], cumulative: Collection[str] = ()
) -> dict[tuple[str, ...], list[Claim]]:
    """Numeric claims with a clear subject and attribute, by (subject, attribute, period).

    Undated figures of a ``cumulative`` attribute (investments add up over time) are left
    out: "invests $1B" and "invested $13 billion" may both be true.
    """
    return {
        key: group
        for key, group in claim_groups(claims, cumulative).items()
        if key[3] not in _FAMILY
    }


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Reconciling builds millions of small tuples, dicts and claims and no reference
    cycles; each burst of allocations makes Python's cycle collector walk every live
    claim again (1.3 s of 10.8 s on a million claims, `benchmarks/run.py`). Reference
    counting still frees everything; the collector's state is restored on the way out."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def reconcile(
    claims: Iterable[Claim],
    tolerance: Tolerance | None = None,
    cumulative: Collection[str] | None = None,
) -> list[Finding]:
    """Contradictions among ``claims``, ordered by subject, attribute and location.

    ``cumulative`` names attributes whose undated figures are never compared (default:
    those marked cumulative in the shipped attributes table).
    """
    with _no_cycle_collection():
        return _reconcile(claims, tolerance or Tolerance(), cumulative)


def _reconcile(
    claims: Iterable[Claim], tolerance: Tolerance, cumulative: Collection[str] | None
) -> list[Finding]:
    if cumulative is None:
        cumulative = cumulative_attributes(default_attribute_rules())
    groups = claim_groups(claims, cumulative)
    findings: list[Finding] = []
    # one claim never contradicts itself: most groups are singletons, not worth sorting
    for key in sorted((k for k, group in groups.items() if len(group) > 1), key=group_order):
        findings.extend(group_findings(key, groups[key], tolerance))
    findings.sort(key=finding_order)
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


def _numeric_findings(claims: list[Claim], tolerance: Tolerance) -> Iterator[Finding]:
    """One group of numeric figures: cluster the ones that agree, report disagreeing
    clusters. Each claim's interval is computed once, so a group costs about n log n."""
    by_unit: dict[str, list[tuple[Claim, Amount]]] = defaultdict(list)
    for claim in claims:
        converted = comparable_amount(claim, tolerance)
        if converted is not None:
            by_unit[converted[0]].append((claim, converted[1]))
    relative, approx = tolerance.relative, tolerance.approx
    for _unit, members in sorted(by_unit.items()):
        if len(members) < 2:
            continue
        # the common case: every figure overlaps every other (restatements agree), which
        # is exactly when the largest low is below the smallest high; then one cluster
        bounds = [_bounds(amount, relative, approx) for _, amount in members]
        if max(b[2] for b in bounds) <= min(b[3] for b in bounds):
            continue
        clusters, spans = _clusters_with_intervals(members, bounds)
        # the bases are read from the sentences only when a pair of clusters gets as far
        # as needing them: most pairs overlap or are levels told months apart
        bases: list[set[str | None]] = []
        plain: str | None = None
        for i, j in itertools.combinations(range(len(clusters)), 2):
            first, second = clusters[i], clusters[j]
            if _any_overlap(spans[i], spans[j]):
                continue
            if _levels_apart(first, second, tolerance):
                continue
            if not bases:
                bases = [_money_bases(cluster) for cluster in clusters]
                plain = _plain_basis(clusters, bases)
            if _on_other_bases(bases[i], bases[j], plain):
                continue
            if _told_as_change(first, second):
                continue
            if _offer_revised(first) or _offer_revised(second):
                continue
            if _grown_since(first, second) or _grown_since(second, first):
                continue
            if tolerance.within_documents or not _one_document_says_both(first, second):
                yield _finding(first, second)


_Span = tuple[Decimal, Decimal]


def _clusters(
    members: list[tuple[Claim, Amount]], tolerance: Tolerance
) -> list[list[tuple[Claim, Amount]]]:
    """Split claims into groups that agree with each other (every pair overlaps).

    Claims are visited in value order, so the grouping depends only on the set of claims,
    never on their input order; a restatement joins the group of the claim it restates,
    which is why restating a figure never adds a finding.
    """
    bounds = [_bounds(amount, tolerance.relative, tolerance.approx) for _, amount in members]
    return _clusters_with_intervals(members, bounds)[0]


def _clusters_with_intervals(
    members: list[tuple[Claim, Amount]], bounds: list[tuple[Decimal, Decimal, Decimal, Decimal]]
) -> tuple[list[list[tuple[Claim, Amount]]], list[list[_Span]]]:
    """``_clusters``, and the widened interval of every member, from each member's
    ``_bounds``.

    Two intervals agree when ``max(lows) <= min(highs)``; so a claim agrees with every
    member of a cluster exactly when its own interval is not empty, it starts no later
    than the smallest high and ends no earlier than the largest low, and no member is
    empty. Keeping those three facts per cluster makes each test O(1) instead of one
    ``disagree`` per member, with the same result.
    """
    # in order of the interval as written, then value and location; the sort keys are
    # built once from ``bounds`` (an ``Amount``'s ``low`` and ``high`` are computed anew
    # at each read)
    keys = [
        (low, high, amount.value, _order(claim))
        for (claim, amount), (low, high, _, _) in zip(members, bounds, strict=True)
    ]
    ordered = [
        (members[i], (bounds[i][2], bounds[i][3]))
        for i in sorted(range(len(members)), key=keys.__getitem__)
    ]
    clusters: list[list[tuple[Claim, Amount]]] = []
    spans: list[list[_Span]] = []
    summary: list[list[Any]] = []  # per cluster: [max low, min high, every member non-empty]
    for (claim, amount), (low, high) in ordered:
        valid = low <= high
        for index, (max_low, min_high, all_valid) in enumerate(summary):
            if valid and all_valid and low <= min_high and max_low <= high:
                clusters[index].append((claim, amount))
                spans[index].append((low, high))
                summary[index] = [max(max_low, low), min(min_high, high), True]
                break
        else:
            clusters.append([(claim, amount)])
            spans.append([(low, high)])
            summary.append([low, high, valid])
    return clusters, spans


def _any_overlap(first: list[_Span], second: list[_Span]) -> bool:
    """True when some interval of ``first`` agrees with some interval of ``second``
    (the negation of "every pair disagrees"), by sorting one side: n log n, not n*m."""
    left = [span for span in first if span[0] <= span[1]]
    right = sorted(span for span in second if span[0] <= span[1])
    if not left or not right:
        return False
    lows = [low for low, _ in right]
    highest: list[Decimal] = list(itertools.accumulate((high for _, high in right), max))
    for low, high in left:
        reach = bisect.bisect_right(lows, high)  # members of ``right`` starting by ``high``
        if reach and highest[reach - 1] >= low:
            return True
    return False


# How many quarters a result's span is, by the qualifier its attribute ends with
# ("revenue (half-year)"): undated results of a longer span stay one fact for longer
_SPANS_IN_QUARTERS = {"half-year)": 2, "annual)": 4}


def _levels_apart(
    first: list[tuple[Claim, Amount]], second: list[tuple[Claim, Amount]], tolerance: Tolerance
) -> bool:
    """Every figure of one group and every figure of the other are undated levels (a
    headcount, a store count, a market share: ``factcheck.context.is_level``) from
    articles published more than ``tolerance.level_window`` days apart, or undated results
    (``factcheck.context.is_result``) more than ``tolerance.result_window`` days apart.

    A level moves, and an article that gives one without a date gives it as of its own
    day: "The company has about 120 employees" in April and "The company now has about 150
    employees" in November are both true. Within a few months of each other the two are
    one fact told twice, and a different figure is an error. A flow, a price paid or an
    event's figure ("paid $1.4 billion", "raised $64 million") does not move, so it is
    compared whenever it was written. A price quoted per unit of a thing traded ("$6,045 a
    tonne": ``factcheck.context.is_quoted_price``) moves every day: two undated ones are
    compared only when written the same day.

    A result written without its date (revenue in a story on the quarter's results, "Revenue
    rose 5% to $1.14 billion") is of the span the article reports on: two such figures from
    articles a season apart are two quarters' or two years' results, not one fact."""
    days = 0
    for claim, _ in (*first, *second):
        published = claim.location.published
        if published is None or claim.period is not None:
            return False
        if is_quoted_price(claim.kind, claim.attribute):
            continue
        if is_level(claim.kind, claim.attribute):
            window = tolerance.level_window
        elif is_result(claim.kind, claim.attribute):
            window = tolerance.result_window
            if window is not None:
                span = (claim.attribute or "").rpartition(" (")[2]
                window *= _SPANS_IN_QUARTERS.get(span, 1)
        else:
            return False
        if window is None:
            return False
        days = max(days, window)
    apart = dt.timedelta(days=days)
    recent = min(apart, dt.timedelta(days=_NOW_WINDOW))
    now = {id(claim) for claim, _ in (*first, *second) if _told_as_now(claim)}  # read once
    return all(
        abs(a.location.published - b.location.published)  # type: ignore[operator]
        > (recent if id(a) in now or id(b) in now else apart)
        for a, _ in first
        for b, _ in second
    )


def _on_other_bases(
    first: set[str | None], second: set[str | None], plain: str | None
) -> bool:
    """One group of agreeing figures is written as an equity value and the other as an
    enterprise value (``context.written_basis``): "values its equity at about C$1.46
    billion" and "an enterprise value of just over C$1.7 billion" are one takeover's two
    sums, both true. A plain price takes the basis of the figures it agrees with (the
    equity value restated), else the corpus's basis for plain prices (``_plain_basis``),
    and meets either when there is none. ``first`` and ``second`` are the two groups'
    ``_money_bases``."""
    one, other = _group_basis(first) or plain, _group_basis(second) or plain
    return one is not None and other is not None and one != other


def _plain_basis(
    clusters: list[list[tuple[Claim, Amount]]], bases: list[set[str | None]]
) -> str | None:
    """The basis of a takeover's plain prices, when the corpus tells it: "equity" when
    its equity value is written as such beside its enterprise value ("an equity value of
    $412 million", "an enterprise value of about $550 million"), or when an article gives a
    plain price beside an enterprise value that disagrees with it ("a deal that values the
    broker at about $365 million" and "an enterprise value of about $410 million"). A plain
    price is then the headline equity value, and meets equity values only. Otherwise None:
    a plain price meets either, as a writer who gives only the enterprise value beside it
    means one price. ``bases`` are the clusters' ``_money_bases``."""
    plain: set[str] = set()
    enterprise: set[str] = set()
    equity = False
    for cluster, written in zip(clusters, bases, strict=True):
        if written == {None}:
            plain.update(claim.location.doc for claim, _ in cluster)
        elif written == {"enterprise"}:
            enterprise.update(claim.location.doc for claim, _ in cluster)
        equity = equity or "equity" in written
    return "equity" if enterprise and (equity or plain & enterprise) else None


def _money_bases(members: list[tuple[Claim, Amount]]) -> set[str | None]:
    """The bases the money figures of a group are written on (``_basis``; None for a plain
    one), read once per group for both ``_plain_basis`` and ``_on_other_bases``: the
    sentence is searched again for each."""
    return {_basis(claim) for claim, _ in members if claim.kind is Kind.MONEY}


def _group_basis(bases: set[str | None]) -> str | None:
    """The one basis of a group's ``_money_bases``, or None (none, or both)."""
    found = bases - {None}
    return found.pop() if len(found) == 1 else None


def _basis(claim: Claim) -> str | None:
    start, end = claim.location.in_sentence
    return written_basis(claim.location.sentence, start, end)


# A level told as the one of the article's day, after a change: "Kestrel now operates 427
# locations", "now has about 150 employees". Such a level is compared only with levels
# told within a month of it (``_levels_apart``).
_NOW_WINDOW = 31
_NOW_BEFORE = re.compile(
    r"\bnow\s+(?:[a-z]+\s+){0,2}(?:about\s+|around\s+|some\s+)?$"
    # a second verb of the same clause: "It now runs six shafts and has about 28,000"
    r"|\bnow\s+[a-z]+\s+[\w,.-]+\s+[a-z]+\s+and\s+[a-z]+\s+(?:about\s+|around\s+|some\s+)?$"
)


def _told_as_now(claim: Claim) -> bool:
    """Is the figure told with "now" right before its verb ("now operates 427")?"""
    start, _ = claim.location.in_sentence
    sentence = claim.location.sentence
    return _NOW_BEFORE.search(sentence, max(0, start - 40), start) is not None


# A running total told as of the article's day: "has sold 2.9 million copies", "have now
# shipped more than 40,000", "1,200 units so far", "to date", "since its launch"
_TO_DATE_BEFORE = re.compile(
    r"\bha(?:s|ve)\s+(?:now\s+|already\s+|so\s+far\s+|since\s+)?"
    r"(?:[a-z]+ed|sold|built|won|grown|made|shipped|drawn|seen)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|just\s+over)\s+)?$"
)
_TO_DATE_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:so\s+far|to\s+date|since\s+(?:its|their|the)\s+"
    r"(?:launch|release|debut|opening|founding))\b"
)


def _told_to_date(claim: Claim) -> bool:
    """Is the figure a running total as of the article's day ("has sold 2.9 million
    copies", "200 stores so far", "$61 million to date")?"""
    start, end = claim.location.in_sentence
    sentence = claim.location.sentence
    if _TO_DATE_AFTER.match(sentence, end):
        return True
    # the perfect alone tells a count to date ("has sold 2.9 million copies"), never a sum:
    # "has raised $42 million in a Series B" is one round, not a running total
    return claim.kind in (Kind.COUNT, Kind.QUANTITY) and bool(
        _TO_DATE_BEFORE.search(sentence, max(0, start - 40), start)
    )


def _grown_since(
    lower: list[tuple[Claim, Amount]], higher: list[tuple[Claim, Amount]]
) -> bool:
    """Two running totals, the higher told after the lower: "has sold 2.9 million copies"
    in October and "has now sold more than 3 million" in December. A total to date only
    grows, so a larger one written later is the same count some weeks on; a smaller one
    written later (or the same day) is still an error."""
    if lower[0][1].value >= higher[0][1].value:
        return False
    before = [c.location.published for c, _ in lower if c.location.published is not None]
    after = [c.location.published for c, _ in higher if c.location.published is not None]
    if len(before) < len(lower) or len(after) < len(higher):
        return False  # an undated article: no telling which came first
    if not all(_told_to_date(claim) for claim, _ in (*lower, *higher)):
        return False
    return max(before) < min(after)


# "from", then a hedge and a currency, right before a number; digits that go on after a
# number
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:about|around|roughly|nearly|some|just\s+over|just\s+under)\s+)?"
    # the currency written before the number: "rose to £58 million from £41 million"
    r"(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s?)?$"
)
_MORE_DIGITS = re.compile(r"[\d,.]*\d")
# A figure's number as written, without its hedge ("about 3,400" is "3,400")
_NUMBER_WRITTEN = re.compile(r"\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|mn|m|k)\b)?")


def _told_as_change(first: list[tuple[Claim, Amount]], second: list[tuple[Claim, Amount]]) -> bool:
    """One side's sentence writes the other side's figure as its earlier level: "now has
    about 4,100 robots deployed, up from 3,400 at the time of the raise" against another
    article's "has 3,400 robots". The writer tells of a change, and the other article
    gave the level before it; so for every pair of the two groups."""
    return all(
        _written_as_base(a, b) or _written_as_base(b, a) for a, _ in first for b, _ in second
    )


# An offer told as one of two a bidder made: "its raised offer of €15.10 a share", "Cierzo
# lifted its cash offer to €15.10", "a rival bid of 410p", "The revised price is a premium
# of 55.5%"
_OFFER = r"(?:offer|bid|proposal|approach|terms|price)"
_OFFER_REVISED = re.compile(
    r"\b(?:raised|revised|improved|sweetened|increased|higher|enhanced|new|rival|competing)\s+"
    r"(?:[\w€$£¥.,-]+\s+){0,3}?" + _OFFER + r"\b"
    r"|\b(?:raised|lifted|increased|sweetened|improved|upped|boosted|bumped\s+up)\s+"
    r"(?:its|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?" + _OFFER + r"\b",
    re.IGNORECASE,
)


_BEFORE_THE_FIRST_OFFER = re.compile(
    r"\bbefore\s+(?:the|its|their)\s+(?:first|original|initial)\s+" + _OFFER + r"\b"
    # "paid R$2.7 billion ..., after a rival forced it to improve its terms"
    r"|\b(?:improve|raise|sweeten|increase|lift)(?:s|d|ed)?\s+(?:its|the|their)\s+"
    + _OFFER + r"\b",
    re.IGNORECASE,
)


def _offer_revised(cluster: list[tuple[Claim, Amount]]) -> bool:
    """Is some figure of a group of agreeing figures told as a later or another bidder's
    offer (raised, revised, rival: ``_OFFER_REVISED``, in its sentence before it)?

    A takeover's terms change as it goes: "€14.20 a share" in September and "€15.10 a share"
    after the bidder "lifted its cash offer" in November are both true, and so are their
    premiums. Once an article tells a figure as a raised (or a rival) offer, the figures
    that disagree with its group are the offer at another step, and articles that give a
    step's price plainly ("for €15.10 a share") agree with one step or the other. Two groups
    that neither tells so are still compared: "the original €14.20 offer ... a 23% premium"
    against another article's 32% for that first offer is an error."""
    for claim, _ in cluster:
        if claim.kind not in (Kind.MONEY, Kind.PERCENT):
            return False
        start, _ = claim.location.in_sentence
        sentence = claim.location.sentence
        if _OFFER_REVISED.search(sentence, max(0, start - 120), start):
            return True
        if _BEFORE_THE_FIRST_OFFER.search(sentence, start, start + 200):
            return True  # "a premium of 42.6% to its close on October 7, the day before the
            # first bid", "paid R$2.7bn, after a rival forced it to improve its terms": a
            # later bid's
    return False


def _written_as_base(claim: Claim, other: Claim) -> bool:
    """Does ``claim``'s sentence write ``other``'s number right after "from", after
    ``claim`` itself ("4,100 robots, up from 3,400")?"""
    sentence = claim.location.sentence
    if "from" not in sentence:
        return False  # most sentences: no base to look for
    number = _NUMBER_WRITTEN.search(other.text)
    if number is None:
        return False
    written = number.group()
    at = sentence.find(written, claim.location.in_sentence[1])
    while at >= 0:
        after = at + len(written)
        if not _MORE_DIGITS.match(sentence, after) and _FROM_BEFORE.search(
            sentence, max(0, at - 40), at
        ):
            return True
        at = sentence.find(written, at + 1)
    return False


def _quoted(text: str | None) -> str:
    """A figure or a name as an editor reads it in an explanation: in single quotes, its
    spaces plain (a no-break space or a line break inside "$13\u00a0billion" is a space)."""
    return "'" + " ".join((text or "").split()) + "'"


def _one_document_says_both(
    first: list[tuple[Claim, Amount]], second: list[tuple[Claim, Amount]]
) -> bool:
    """Some document states a figure of each of two disagreeing groups.

    Figures are checked across articles, where republished numbers drift. One article that
    gives two figures for one subject and attribute is telling of two things the rules could
    not tell apart (a segment and the whole, adjusted and reported earnings, "a total made
    up of a £120m penalty and £65m in redress"): on the corpora of independent editors,
    every such pair reported was a false alarm, and so is another article's restatement of
    one of them against the other. ``Tolerance(within_documents=True)`` compares them all
    the same. Ranks and dates of events are always compared within an article (see
    ``_rank_findings``, ``_date_findings``)."""
    documents = {claim.location.doc for claim, _ in first}
    return any(claim.location.doc in documents for claim, _ in second)


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
    written = f", written {_quoted(b.subject)} in {b.doc}" if b.subject != a.subject else ""
    same = f"same subject ({a.subject}{written}), attribute ({a.attribute}){period}"
    small, large = sorted((abs(a_amount.value), abs(b_amount.value)))
    if small > 0:
        gap = f"the larger is {large / small:.2f}x the smaller"
    else:
        gap = f"they differ by {large - small:,}"
    return (
        f"{same}: {_quoted(a.text)} vs {_quoted(b.text)} do not overlap even allowing for "
        f"rounding and hedges; {gap}"
    )


def _also(shown: Claim, cluster: list[tuple[Claim, Amount]]) -> str:
    """The other documents that agree with the claim shown, and how they wrote it."""
    others: dict[str, set[str]] = defaultdict(set)
    for claim, _ in cluster:
        if claim.location.doc != shown.location.doc:
            others[claim.location.doc].add(claim.text)
    if not others:
        return ""
    told = ", ".join(
        f"{doc} ({' / '.join(repr(t) for t in sorted(texts))})"
        for doc, texts in sorted(others.items())
    )
    return f"; {_quoted(shown.text)} is also stated in {told}"


def _rank_findings(claims: list[Claim]) -> Iterator[Finding]:
    """One item in two positions, or two items in one position, on one board and period.

    Restatements of the same (item, position) are one entry, shown by their first claim.
    Only entries sharing an item or a position can conflict, so only those pairs are
    visited (in the order of all pairs of sorted entries, as before).
    """
    entries: dict[tuple[str, Decimal], list[Claim]] = {}
    for claim in claims:
        if claim.item is None or not isinstance(claim.value, Amount):
            continue  # never keyed as a rank (see ``claim_group``); never raise on data
        entries.setdefault((subject_key(claim.item), claim.value.value), []).append(claim)
    ordered = sorted(entries)
    by_item: dict[str, list[int]] = defaultdict(list)
    by_position: dict[Decimal, list[int]] = defaultdict(list)
    for index, (item, position) in enumerate(ordered):
        by_item[item].append(index)
        by_position[position].append(index)
    pairs = sorted(
        {
            pair
            for indices in itertools.chain(by_item.values(), by_position.values())
            for pair in itertools.combinations(indices, 2)
        }
    )
    for i, j in pairs:
        (a_item, a_pos), (b_item, b_pos) = ordered[i], ordered[j]
        if (a_item == b_item) == (a_pos == b_pos):
            continue
        a = min(entries[(a_item, a_pos)], key=_order)
        b = min(entries[(b_item, b_pos)], key=_order)
        if _order(b) < _order(a):
            a, b = b, a
        board = f"{a.subject}, {a.period}" if a.period else f"{a.subject}"
        if a_item == b_item:
            why = (
                f"{a.item} is ranked {_quoted(a.text)} and {_quoted(b.text)} on the same board "
                f"({board})"
            )
        else:
            why = (
                f"the same position on the same board ({board}) is given to "
                f"{a.item} ({_quoted(a.text)}) and to {b.item} ({_quoted(b.text)})"
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


def _date_findings(group: list[Claim]) -> Iterator[Finding]:
    """Dates of one-time events ("date founded", "date acquired") that cannot both hold."""
    clusters: list[list[Claim]] = []
    # each cluster's distinct dates: whether two claims' dates disagree depends on the dates
    # alone, and a big group restates a handful of dates many times over
    dates: list[set[DateValue]] = []
    for claim in sorted(group, key=lambda c: (_date_of(c).start, _date_of(c).end, _order(c))):
        date = _date_of(claim)
        for cluster, seen in zip(clusters, dates, strict=True):
            if not any(dates_disagree(date, other) for other in seen):
                cluster.append(claim)
                seen.add(date)
                break
        else:
            clusters.append([claim])
            dates.append({date})
    for (first, first_dates), (second, second_dates) in itertools.combinations(
        zip(clusters, dates, strict=True), 2
    ):
        if all(dates_disagree(x, y) for x in first_dates for y in second_dates):
            a, b = sorted((min(first, key=_order), min(second, key=_order)), key=_order)
            why = (
                f"same subject ({a.subject}) and event ({a.attribute}): {_quoted(a.text)} and "
                f"{_quoted(b.text)} differ even at the coarser precision"
            )
            yield Finding(FindingType.CONTRADICTION, a, b, why)


def _date_of(claim: Claim) -> DateValue:
    assert isinstance(claim.value, DateValue)
    return claim.value
