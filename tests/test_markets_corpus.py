"""A third corpus on topics neither other corpus covers (biotech funding and licensing,
utility earnings, a streaming subscriber war, a chip leaderboard, an IPO, a city budget),
checked with the default alias table only: the reconciler must find exactly its planted
contradictions by general rules, and none of its traps."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import factcheck
from factcheck import Finding, FindingType, Report
from factcheck.subjects import group_key, subject_key


@pytest.fixture(scope="module")
def expected(fixtures_dir: Path) -> dict:
    return yaml.safe_load(
        (fixtures_dir / "corpus_markets.expected.yaml").read_text(encoding="utf-8")
    )


@pytest.fixture(scope="module")
def report(fixtures_dir: Path) -> Report:
    return factcheck.check(fixtures_dir / "corpus_markets")


def contradictions(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.type is FindingType.CONTRADICTION and f.b]


def between(finding: Finding, a: str, b: str) -> bool:
    """True when the finding sets a figure written ``a`` against one written ``b``."""
    assert finding.b is not None
    x, y = finding.a.text, finding.b.text
    return (a in x and b in y) or (b in x and a in y)


def case_findings(report: Report, spec: dict) -> list[Finding]:
    docs = set(spec["docs"])
    return [
        f
        for f in contradictions(report)
        if f.a.kind.value == spec["kind"] and {f.a.doc, f.b.doc} <= docs  # type: ignore[union-attr]
    ]


def test_every_document_checked(report: Report, expected: dict) -> None:
    assert sorted(d.id for d in report.documents) == sorted(expected["docs"])
    assert all(d.status == "checked" for d in report.documents)


CASES = [
    "corvane-series-c-amount",
    "brenmoor-corvane-deal-value",
    "eastmere-q4-profit",
    "lumora-market-share",
    "inferbench-first-place",
    "skyloft-ipo-price",
    "corvane-founding-year",
]


@pytest.mark.parametrize("case", CASES)
def test_contradiction_found(report: Report, expected: dict, case: str) -> None:
    spec = next(c for c in expected["contradictions"] if c["id"] == case)
    found = case_findings(report, spec)
    assert len(found) == spec["findings"], [(f.a.text, f.b.text if f.b else None) for f in found]
    first, second = spec["values"]
    assert any(between(f, first, second) for f in found)
    for finding in found:
        assert finding.a.doc != finding.b.doc  # type: ignore[union-attr]
    for doc in spec.get("also_stated_in", []):
        assert any(doc in f.explanation for f in found), doc


def test_exactly_the_planted_contradictions(report: Report, expected: dict) -> None:
    total = sum(c["findings"] for c in expected["contradictions"])
    assert len(contradictions(report)) == total, [
        (f.a.doc, f.a.text, f.b.doc if f.b else None, f.b.text if f.b else None)
        for f in contradictions(report)
    ]
    assert {c["id"] for c in expected["contradictions"]} == set(CASES)


@pytest.mark.parametrize(
    "case",
    [
        c["id"]
        for c in yaml.safe_load(
            (Path(__file__).parent.parent / "fixtures" / "corpus_markets.expected.yaml").read_text(
                encoding="utf-8"
            )
        )["not_flagged"]
    ],
)
def test_trap_not_flagged(report: Report, expected: dict, case: str) -> None:
    spec = next(c for c in expected["not_flagged"] if c["id"] == case)
    first, second = spec["values"]
    docs = set(spec["docs"])
    for finding in contradictions(report):
        if {finding.a.doc, finding.b.doc} <= docs:  # type: ignore[union-attr]
            assert not between(finding, first, second), (case, finding.explanation)


def test_explanations_say_why_and_how_far(report: Report) -> None:
    for finding in contradictions(report):
        if finding.a.kind.value in ("money", "percent"):
            assert "same subject" in finding.explanation
            assert "x the smaller" in finding.explanation


def test_subjects_resolved_by_rule(report: Report, expected: dict) -> None:
    for spec in expected["subjects"]:
        claims = [c for c in report.claims if c.doc == spec["doc"] and spec["text"] in c.text]
        assert claims, spec
        claim = claims[-1]
        if "parties" in spec:
            assert group_key(claim.subject or "") == "|".join(
                sorted(subject_key(p) for p in spec["parties"])
            ), (spec, claim.subject)
            assert claim.attribute == spec["attribute"]
        else:
            assert claim.subject == spec["subject"], (spec, claim.subject)


def test_revenue_never_meets_profit_nor_a_price_per_share_a_total(report: Report) -> None:
    for finding in contradictions(report):
        assert finding.b is not None
        assert finding.a.attribute == finding.b.attribute
        assert (finding.a.per is None) == (finding.b.per is None)
