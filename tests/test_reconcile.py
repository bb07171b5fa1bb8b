"""The reconciler: intervals, grouping by subject/attribute/period, ranks, and properties
that must hold for any claims (order independence, no self-contradiction, restatements)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.model import (
    Amount,
    Bound,
    Claim,
    DateValue,
    FindingType,
    Granularity,
    Kind,
    Location,
    Period,
)
from factcheck.reconcile import Tolerance, disagree, interval, reconcile

D = Decimal


def money(
    value: str,
    *,
    doc: str = "a.md",
    start: int = 0,
    subject: str | None = "Acme – Globex",
    attribute: str | None = "deal_value",
    precision: str = "0",
    bound: Bound = Bound.EXACT,
    unit: str = "USD",
    period: Period | None = None,
    text: str | None = None,
) -> Claim:
    amount = Amount(D(value), bound, D(precision))
    return Claim(
        kind=Kind.MONEY,
        value=amount,
        unit=unit,
        text=text or f"${value}",
        location=Location(doc, start, start + 5, f"sentence {start}"),
        subject=subject,
        attribute=attribute,
        period=period,
    )


def year(y: int, relation: str = "in") -> Period:
    return Period(DateValue(dt.date(y, 1, 1), dt.date(y, 12, 31), Granularity.YEAR), relation)


B = D(10) ** 9


def test_written_precision_makes_rounded_figures_agree() -> None:
    # "$69 billion" (68.5..69.5) and "$68.7 billion" (68.65..68.75) overlap
    a = Amount(69 * B, precision=B / 2)
    b = Amount(D("68.7") * B, precision=B / 20)
    assert not disagree(a, b, Tolerance())
    assert disagree(Amount(15 * B, precision=B / 2), Amount(50 * B, precision=B / 2), Tolerance())


def test_hedges_and_bounds_widen_the_interval() -> None:
    about = Amount(13 * B, Bound.APPROX, B / 2)
    assert not disagree(about, Amount(D("14.2") * B, precision=B / 20), Tolerance())
    assert disagree(Amount(13 * B, precision=B / 2), Amount(D("14.2") * B, precision=B / 20),
                    Tolerance())  # the hedge, not written precision, makes room
    at_least = Amount(D(11000), Bound.AT_LEAST, D("0.5"))
    assert not disagree(at_least, Amount(D(12500)), Tolerance())
    assert disagree(at_least, Amount(D(9000)), Tolerance())
    up_to = Amount(D(100), Bound.AT_MOST)
    assert not disagree(up_to, Amount(D(40)), Tolerance())
    assert disagree(up_to, Amount(D(130)), Tolerance())


def test_a_hedge_widens_by_five_percent() -> None:
    # "about $3.4 billion" against "roughly $4.1 billion": 21% apart, which an editor would
    # query; two 10% hedges would have let them overlap
    about = Amount(D("3.4") * B, Bound.APPROX, B / 20)
    roughly = Amount(D("4.1") * B, Bound.APPROX, B / 20)
    assert disagree(about, roughly, Tolerance())
    assert not disagree(about, roughly, Tolerance(approx=D("0.10")))
    # "about $13 billion" still agrees with "$13.6B"
    thirteen = Amount(13 * B, Bound.APPROX, B / 2)
    assert not disagree(thirteen, Amount(D("13.6") * B, precision=B / 20), Tolerance())


def test_relative_tolerance_is_configurable() -> None:
    a, b = Amount(D(100)), Amount(D(104))
    assert disagree(a, b, Tolerance(relative=D("0.01")))
    assert not disagree(a, b, Tolerance(relative=D("0.05")))
    low, high = interval(Amount(D(100), precision=D("0.5")), Tolerance(relative=D(0)))
    assert (low, high) == (D("99.5"), D("100.5"))


def test_contradiction_needs_same_subject_attribute_and_period() -> None:
    base = money("15", precision="0.5", doc="a.md")
    other = money("50", precision="0.5", doc="b.md")
    findings = reconcile([base, other])
    assert [f.type for f in findings] == [FindingType.CONTRADICTION]
    assert "1" in findings[0].explanation and "deal_value" in findings[0].explanation
    assert reconcile([base, money("50", doc="b.md", subject="Acme – Initech")]) == []
    assert reconcile([base, money("50", doc="b.md", attribute="revenue")]) == []
    assert reconcile([base, money("50", doc="b.md", subject=None)]) == []
    assert reconcile([base, money("50", doc="b.md", attribute=None)]) == []
    assert (
        reconcile([money("1", period=year(2019)), money("13", doc="b.md", period=year(2023, "by"))])
        == []
    )
    assert reconcile([money("1", period=year(2019)), money("13", doc="b.md")]) == []


def test_relation_subject_matches_whichever_order() -> None:
    a = money("15", subject="Globex – Acme")
    b = money("50", doc="b.md", subject="Acme – Globex")
    assert len(reconcile([a, b])) == 1


def test_currencies_compare_only_with_rates() -> None:
    eur = money("10", unit="EUR")
    usd = money("10.8", unit="USD", doc="b.md")
    assert reconcile([eur, usd]) == []
    rates = Tolerance(rates={"EUR": D("1.08"), "USD": D(1)})
    assert reconcile([eur, usd], rates) == []
    assert len(reconcile([eur, money("20", unit="USD", doc="b.md")], rates)) == 1


def rank(
    item: str, position: int, *, doc: str = "a.md", start: int = 0, board: str = "Arena"
) -> Claim:
    return Claim(
        kind=Kind.RANK,
        value=Amount(D(position)),
        unit=board,
        text=f"#{position}",
        location=Location(doc, start, start + 2, "s"),
        subject=board,
        attribute="rank",
        item=item,
    )


def test_ranks_conflict_in_both_directions() -> None:
    two_items = reconcile([rank("Model A", 3), rank("Model B", 3, start=50)])
    assert len(two_items) == 1 and "same position" in two_items[0].explanation
    two_positions = reconcile([rank("Model A", 3), rank("Model A", 2, start=50)])
    assert len(two_positions) == 1 and "ranked" in two_positions[0].explanation
    restated = reconcile(
        [rank("Model A", 3), rank("Model B", 3, start=50), rank("Model B", 3, doc="b.md")]
    )
    assert len(restated) == 1
    assert reconcile([rank("Model A", 3), rank("Model B", 2, start=50)]) == []
    assert reconcile([rank("Model A", 3), rank("Model B", 3, start=50, board="Other")]) == []


# ---------------------------------------------------------------- properties
values = st.decimals(min_value=1, max_value=10**6, places=2, allow_nan=False, allow_infinity=False)
subjects = st.sampled_from(["Acme – Globex", "Initech", "Umbrella"])
attributes = st.sampled_from(["deal_value", "revenue", "valuation"])


@st.composite
def claims(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(min_value=0, max_value=12))
    out = []
    for i in range(n):
        out.append(
            money(
                str(draw(values)),
                doc=f"d{draw(st.integers(0, 3))}.md",
                start=i * 10,
                subject=draw(subjects),
                attribute=draw(attributes),
                bound=draw(st.sampled_from(list(Bound))),
            )
        )
    return out


def keyset(findings: list) -> set:
    return {
        (
            f.type,
            frozenset(
                {(f.a.location.doc, f.a.location.start), (f.b.location.doc, f.b.location.start)}
            ),
        )
        for f in findings
    }


@settings(max_examples=150, deadline=None)
@given(claims(), st.randoms())
def test_order_of_claims_never_changes_findings(cs: list[Claim], rnd) -> None:
    shuffled = list(cs)
    rnd.shuffle(shuffled)
    assert keyset(reconcile(cs)) == keyset(reconcile(shuffled))
    assert reconcile(cs) == reconcile(shuffled)


@settings(max_examples=150, deadline=None)
@given(values, subjects, attributes, st.sampled_from(list(Bound)))
def test_a_claim_never_contradicts_itself(value, subject, attribute, bound) -> None:
    a = money(str(value), subject=subject, attribute=attribute, bound=bound)
    b = money(str(value), subject=subject, attribute=attribute, bound=bound, doc="b.md", start=9)
    assert reconcile([a, b]) == []


@settings(max_examples=200, deadline=None)
@given(claims(), st.integers(min_value=0, max_value=11))
def test_a_consistent_restatement_adds_no_finding(cs: list[Claim], pick: int) -> None:
    if not cs:
        return
    original = cs[pick % len(cs)]
    restated = Claim(
        kind=original.kind,
        value=original.value,
        unit=original.unit,
        text=original.text,
        location=Location("restated.md", 0, 5, "again"),
        subject=original.subject,
        attribute=original.attribute,
        period=original.period,
    )
    before = reconcile(cs)
    after = reconcile([*cs, restated])
    assert len(after) == len(before)
    assert {(f.a.subject, f.a.attribute, f.a.text, f.b.text) for f in after} <= {
        (f.a.subject, f.a.attribute, x, y)
        for f in before
        for x, y in ((f.a.text, f.b.text), (f.b.text, f.a.text))
    }


def test_restatements_are_one_finding_naming_the_other_documents() -> None:
    found = reconcile(
        [
            money("15", precision="0.5", doc="a.md"),
            money("50", precision="0.5", doc="b.md"),
            money("50", precision="0.5", doc="c.md"),
        ]
    )
    assert len(found) == 1
    assert "also stated in c.md" in found[0].explanation


def day(y: int, m: int, d: int) -> DateValue:
    return DateValue(dt.date(y, m, d), dt.date(y, m, d), Granularity.DAY)


def test_dates_compare_at_the_coarser_granularity() -> None:
    from factcheck.reconcile import dates_disagree

    assert dates_disagree(day(2024, 1, 28), day(2024, 1, 31))
    assert not dates_disagree(year(2024).date, day(2024, 1, 31))
    assert dates_disagree(year(2020).date, year(2021).date)
    month = DateValue(dt.date(2024, 1, 1), dt.date(2024, 1, 31), Granularity.MONTH)
    assert not dates_disagree(month, day(2024, 1, 28))


def event(
    value: DateValue, doc: str, subject: str = "Globex", attribute: str = "date acquired"
) -> Claim:
    return Claim(
        kind=Kind.DATE,
        value=value,
        unit=None,
        text=value.iso,
        location=Location(doc, 0, 4, "s"),
        subject=subject,
        attribute=attribute,
    )


def test_event_dates_conflict_only_for_the_same_subject_and_event() -> None:
    found = reconcile([event(year(2020).date, "a.md"), event(year(2021).date, "b.md")])
    assert len(found) == 1 and "date acquired" in found[0].explanation
    assert reconcile([event(year(2020).date, "a.md"), event(day(2020, 3, 1), "b.md")]) == []
    assert (
        reconcile([event(year(2020).date, "a.md"), event(year(2021).date, "b.md", subject="Acme")])
        == []
    )
    assert (
        reconcile(
            [
                event(year(2020).date, "a.md"),
                event(year(2021).date, "b.md", attribute="date founded"),
            ]
        )
        == []
    )


def test_a_short_name_is_one_subject_with_its_full_name_in_the_same_claims() -> None:
    claims = [
        money("220", subject="Corvane Therapeutics", attribute="funding_round (series c)"),
        money("250", doc="b.md", subject="Corvane", attribute="funding_round (series c)"),
    ]
    (finding,) = reconcile(claims)
    assert "written 'Corvane' in b.md" in finding.explanation
    # a brand that names two businesses stays apart from both
    claims.append(money("9", doc="c.md", subject="Corvane Systems", attribute="revenue"))
    assert reconcile(claims) == []


def test_a_brand_alone_is_its_one_longer_name_that_the_corpus_shows_is_a_company() -> None:
    # "Launch" names no kind of business; but "Orbiline Launch" was founded, so it is a
    # company and "Orbiline" alone is short for it
    founded = [
        event(year(2014).date, "a.md", subject="Orbiline Launch", attribute="date founded"),
        event(year(2017).date, "b.md", subject="Orbiline", attribute="date founded"),
    ]
    (finding,) = reconcile(founded)
    assert finding.a.subject == "Orbiline Launch"
    # so is a name that raised a round, for every attribute of it
    raised = [
        money("62", subject="Orbiline Launch", attribute="funding_round (series b)"),
        money("45", doc="b.md", subject="Orbiline", attribute="funding_round (series b)"),
    ]
    assert len(reconcile(raised)) == 1
    # a longer name with nothing only a company has (a product, perhaps) stays apart
    revenue = [
        money("9", subject="Orbiline Launch", attribute="revenue"),
        money("5", doc="b.md", subject="Orbiline", attribute="revenue"),
    ]
    assert reconcile(revenue) == []
    assert len(reconcile([*revenue, founded[0]])) == 1


def test_a_rank_finding_names_the_boards_edition() -> None:
    def rank(item: str, position: int, doc: str) -> Claim:
        return Claim(
            kind=Kind.RANK,
            value=Amount(D(position)),
            unit="Apex",
            text=f"#{position}",
            location=Location(doc, 0, 3, "s"),
            subject="Apex",
            attribute="rank",
            period=Period(DateValue(dt.date(2026, 3, 1), dt.date(2026, 3, 31), Granularity.MONTH)),
            item=item,
        )

    (finding,) = reconcile([rank("Zephyr-2", 1, "a.md"), rank("Zephyr-2", 2, "b.md")])
    assert "(Apex, 2026-03)" in finding.explanation


def quantity(value: str, unit: str, attribute: str, *, doc: str, start: int = 0) -> Claim:
    return Claim(
        kind=Kind.QUANTITY,
        value=Amount(D(value), Bound.EXACT, D("0")),
        unit=unit,
        text=f"{value} {unit}",
        location=Location(doc, start, start + 5, f"sentence {start}"),
        subject="Acme",
        attribute=attribute,
        period=year(2024),
    )


def test_production_compares_across_units_only_for_one_material() -> None:
    # 1 tonne is 32,150.7 troy ounces: the same gold output written both ways agrees, a
    # different one does not, and gold never meets copper though both are weighed
    gold_oz = quantity("412000", "troy_ounce", "production (gold)", doc="a.md")
    gold_t = quantity("12.8", "tonne", "production (gold)", doc="b.md")
    other_t = quantity("11.4", "tonne", "production (gold)", doc="c.md")
    copper_t = quantity("12.8", "tonne", "production (copper)", doc="d.md")
    assert reconcile([gold_oz, gold_t, copper_t]) == []
    (finding,) = reconcile([gold_oz, other_t, copper_t])
    assert {finding.a.location.doc, finding.b.location.doc} == {"a.md", "c.md"}  # type: ignore[union-attr]


def test_a_board_written_short_is_its_one_full_name() -> None:
    # "the Pellis table" and "the Pellis Energy Rankings" are one board (normalised to
    # "Pellis" and "Pellis Energy"): the corpus writes one full name for it
    claims = [
        rank("Orvane", 5, board="Pellis"),
        rank("Orvane", 3, doc="b.md", board="Pellis Energy"),
    ]
    (finding,) = reconcile(claims)
    assert "Orvane" in finding.explanation
    # a second full name ("Pellis Mining") leaves the short board apart from both
    assert reconcile([*claims, rank("Tarsk", 1, doc="c.md", board="Pellis Mining")]) == []
    # a word that is no business word names another board ("Pellis Innovation")
    assert reconcile([claims[0], rank("Orvane", 3, doc="b.md", board="Pellis Innovation")]) == []


def test_reconcile_leaves_the_cycle_collector_as_it_found_it() -> None:
    import gc

    from factcheck.reconcile import reconcile as run

    assert gc.isenabled()
    run([])
    assert gc.isenabled()
    gc.disable()
    try:
        run([])
        assert not gc.isenabled()
    finally:
        gc.enable()
