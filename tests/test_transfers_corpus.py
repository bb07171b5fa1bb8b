"""A second corpus on other topics (transfer fees, an acquisition, earnings, a league
table): the reconciler must find its contradictions and leave its restatements alone."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import factcheck
from factcheck import FindingType, Report
from factcheck.subjects import group_key


@pytest.fixture(scope="module")
def expected(fixtures_dir: Path) -> dict:
    return yaml.safe_load(
        (fixtures_dir / "corpus_transfers.expected.yaml").read_text(encoding="utf-8")
    )


@pytest.fixture(scope="module")
def report(fixtures_dir: Path) -> Report:
    return factcheck.check(
        fixtures_dir / "corpus_transfers", aliases=fixtures_dir / "aliases_transfers.csv"
    )


def contradiction_pairs(report: Report) -> set[frozenset[str]]:
    return {
        frozenset({f.a.doc, f.b.doc})
        for f in report.findings
        if f.type is FindingType.CONTRADICTION and f.b is not None
    }


def test_every_document_checked(report: Report, expected: dict) -> None:
    assert sorted(d.id for d in report.documents) == sorted(expected["docs"])
    assert all(d.status == "checked" for d in report.documents)


@pytest.mark.parametrize(
    "case",
    [
        "ledesma-transfer-fee",
        "halvorsen-quartzline-price",
        "brightmart-q1-revenue",
        "northbridge-league-position",
    ],
)
def test_contradiction_found(report: Report, expected: dict, case: str) -> None:
    spec = next(c for c in expected["contradictions"] if c["id"] == case)
    found = [
        f
        for f in report.findings
        if f.type is FindingType.CONTRADICTION
        and f.b is not None
        and f.a.kind.value == spec["kind"]
        and {f.a.doc, f.b.doc} & set(spec["docs"])
        and {f.a.doc, f.b.doc} <= set(spec["docs"])
    ]
    assert len(found) == 1, [(f.a.text, f.b.text if f.b else None) for f in found]
    texts = {found[0].a.text, found[0].b.text}  # type: ignore[union-attr]
    for value in spec["values"]:
        if spec["kind"] != "rank":
            assert any(value in t for t in texts) or value in found[0].explanation


def test_no_other_contradictions(report: Report) -> None:
    assert len([f for f in report.findings if f.type is FindingType.CONTRADICTION]) == 4


def test_consistent_restatements_not_flagged(report: Report, expected: dict) -> None:
    flagged_values = {
        frozenset({f.a.text, f.b.text})
        for f in report.findings
        if f.type is FindingType.CONTRADICTION and f.b is not None
    }
    for case in expected["not_flagged"]:
        values = case["values"]
        for i, a in enumerate(values):
            for b in values[i + 1 :]:
                assert frozenset({a, b}) not in flagged_values, case["id"]


def test_aliases_merge_spellings(report: Report) -> None:
    subjects = {group_key(c.subject) for c in report.claims if c.subject}
    assert "northbridge" not in subjects  # merged into the canonical club name


def test_revenue_is_never_compared_with_profit(report: Report) -> None:
    for f in report.findings:
        if f.type is FindingType.CONTRADICTION and f.b is not None:
            assert f.a.attribute == f.b.attribute
