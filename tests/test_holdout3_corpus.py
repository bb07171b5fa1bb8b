"""A sixth corpus, written by a third editor who never saw the code and scored once,
unseen, before anything was tuned on it: a supermarket merger, a payments app's Series C,
an oil major's quarter (a full name with a ticker, a short name elsewhere), a studio's
streaming licence named in either order, football naming rights, a chip plant, a rocket
launcher's founding, a battery league table by quarterly edition, a cosmetics takeover in
both voices and a ride-hailing fine. Checked with the default alias table only: every
contradiction reported must be one the editor planted (no false alarms), each planted one
marked found must be reported, and each known miss says what would find it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import factcheck
from factcheck import Finding, FindingType, Report
from factcheck.subjects import group_key, subject_key

EXPECTED = Path(__file__).parent.parent / "fixtures" / "corpus_holdout3.expected.yaml"
SPEC = yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(fixtures_dir: Path) -> Report:
    return factcheck.check(fixtures_dir / "corpus_holdout3")


def contradictions(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.type is FindingType.CONTRADICTION and f.b]


def between(finding: Finding, a: str, b: str) -> bool:
    """True when the finding sets a figure written ``a`` against one written ``b``."""
    assert finding.b is not None
    x, y = finding.a.text, finding.b.text
    return (a in x and b in y) or (b in x and a in y)


def is_case(finding: Finding, spec: dict) -> bool:
    assert finding.b is not None
    first, second = spec["values"]
    return (
        finding.a.kind.value == spec["kind"]
        and {finding.a.doc, finding.b.doc} <= set(spec["docs"])
        and between(finding, first, second)
    )


def test_every_document_checked(report: Report) -> None:
    assert sorted(d.id for d in report.documents) == sorted(SPEC["docs"])
    assert all(d.status == "checked" for d in report.documents)


def test_the_editor_planted_eight() -> None:
    assert len(SPEC["contradictions"]) == 8
    for spec in SPEC["contradictions"]:
        assert spec["found"] or spec["needs"], spec["id"]


@pytest.mark.parametrize("case", [c["id"] for c in SPEC["contradictions"] if c["found"]])
def test_planted_contradiction_found(report: Report, case: str) -> None:
    spec = next(c for c in SPEC["contradictions"] if c["id"] == case)
    found = [f for f in contradictions(report) if is_case(f, spec)]
    assert len(found) == spec["findings"], [(f.a.text, f.b.text if f.b else None) for f in found]
    finding = found[0]
    assert finding.a.doc != finding.b.doc  # type: ignore[union-attr]
    assert finding.a.attribute == spec["attribute"]
    if "parties" in spec or "subject_parties" in spec:
        parties = spec.get("subject_parties") or spec["parties"]
        assert group_key(finding.a.subject or "") == "|".join(sorted(map(subject_key, parties)))
    else:
        assert subject_key(finding.a.subject or "") in subject_key(spec["subject"])
    for doc in spec.get("also_stated_in", []):
        assert doc in finding.explanation


def test_known_misses_are_marked(report: Report) -> None:
    """A known miss (``found: false``) that is found now must be marked found, so that the
    tests above hold it from then on."""
    for spec in SPEC["contradictions"]:
        if not spec["found"]:
            found = any(is_case(f, spec) for f in contradictions(report))
            assert not found, f"{spec['id']} is found now: mark it found in the yaml"


def test_no_false_alarms(report: Report) -> None:
    planted = SPEC["contradictions"]
    alarms = [f for f in contradictions(report) if not any(is_case(f, s) for s in planted)]
    assert alarms == [], [(f.a.doc, f.a.text, f.b.doc, f.b.text, f.explanation) for f in alarms]  # type: ignore[union-attr]


@pytest.mark.parametrize("case", [c["id"] for c in SPEC["not_flagged"]])
def test_trap_not_flagged(report: Report, case: str) -> None:
    spec = next(c for c in SPEC["not_flagged"] if c["id"] == case)
    first, second = spec["values"]
    for finding in contradictions(report):
        if {finding.a.doc, finding.b.doc} <= set(spec["docs"]):  # type: ignore[union-attr]
            assert not between(finding, first, second), (case, finding.explanation)


def test_every_trap_names_figures_that_are_read(report: Report) -> None:
    # a trap whose figure is misspelt, or never read, would pass without testing anything
    assert {c["trap"] for c in SPEC["not_flagged"]} == {f"T{n}" for n in range(1, 86)}
    for spec in SPEC["not_flagged"]:
        for value in spec["values"]:
            assert any(c.doc in spec["docs"] and value in c.text for c in report.claims), (
                spec["id"],
                value,
            )


def _claim(report: Report, doc: str, text: str) -> factcheck.Claim:
    found = [c for c in report.claims if c.doc == doc and text in c.text]
    assert found, (doc, text)
    return min(found, key=lambda c: len(c.text))  # the figure itself, not a range around it


@pytest.mark.parametrize(
    "spec",
    [
        *SPEC["claims"],
        *(claim for case in SPEC["contradictions"] for claim in case["claims"]),
    ],
    ids=lambda spec: f"{spec['doc']}:{spec['text']}",
)
def test_claims_read_by_rule(report: Report, spec: dict) -> None:
    claim = _claim(report, spec["doc"], spec["text"])
    if "subject" in spec:
        assert claim.subject == spec["subject"], claim
    if "parties" in spec:
        assert group_key(claim.subject or "") == "|".join(sorted(map(subject_key, spec["parties"])))
    if "attribute" in spec:
        assert claim.attribute == spec["attribute"], claim
    if "period" in spec:
        assert (str(claim.period) if claim.period else None) == spec["period"], claim
    assert claim.subject not in spec.get("not_subject", []), claim
    if "item" in spec:
        assert claim.item == spec["item"], claim
    assert spec.get("sentence", claim.location.sentence) == claim.location.sentence
