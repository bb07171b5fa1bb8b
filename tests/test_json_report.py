"""JSON for programs: one object with the summary, every document's status, the findings and
the claims, with the same fields as the CSV and claims outputs, byte-identical across runs."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck import CLAIM_COLUMNS, FINDING_COLUMNS, Report
from factcheck.model import (
    Amount,
    Claim,
    DocumentInfo,
    DocumentStatus,
    Finding,
    FindingType,
    Kind,
    Location,
)
from factcheck.report import JSON_VERSION, claim_row

DOCUMENT_FIELDS = {"id", "status", "error", "claims", "title", "source", "url", "published"}


@pytest.fixture(scope="module")
def corpus_report(fixtures_dir: Path) -> Report:
    return factcheck.check(fixtures_dir / "corpus", ledger=fixtures_dir / "ledger.csv")


@pytest.fixture(scope="module")
def payload(corpus_report: Report) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(corpus_report.to_json())
    return data


def test_top_level_shape(payload: dict[str, Any]) -> None:
    assert set(payload) == {"version", "factcheck", "summary", "documents", "findings", "claims"}
    assert payload["version"] == JSON_VERSION == 1
    assert payload["factcheck"] == factcheck.__version__


def test_summary_counts_match_the_lists(payload: dict[str, Any], corpus_report: Report) -> None:
    summary = payload["summary"]
    assert summary["documents"] == len(payload["documents"]) == 6
    assert summary["checked"] == 6
    assert summary["failed"] == 0
    assert summary["claims"] == len(payload["claims"]) == len(corpus_report.claims)
    assert summary["findings"] == len(payload["findings"]) == len(corpus_report.findings)
    by_kind = summary["by_kind"]
    assert set(by_kind) == {"contradiction", "ledger_mismatch", "unsourced"}
    for kind, n in by_kind.items():
        assert n == sum(1 for f in payload["findings"] if f["finding"] == kind)
    assert by_kind["ledger_mismatch"] == 1
    assert by_kind["contradiction"] >= 1


def test_documents_carry_status_and_front_matter(payload: dict[str, Any]) -> None:
    docs = payload["documents"]
    assert [d["id"] for d in docs] == sorted(d["id"] for d in docs)
    for doc in docs:
        assert set(doc) == DOCUMENT_FIELDS
        assert doc["status"] == "checked"
        assert doc["error"] is None
    explainer = next(d for d in docs if d["id"] == "aws_openai_partnership_explainer.md")
    assert explainer["url"] == "https://example.org/cloud-ledger/amazon-openai-explainer"
    assert explainer["source"] == "The Cloud Ledger"
    assert explainer["published"] == "2026-03-04"
    assert sum(d["claims"] for d in docs) == payload["summary"]["claims"]


def test_findings_and_claims_use_the_csv_and_claims_fields(payload: dict[str, Any]) -> None:
    assert all(tuple(f) == tuple(sorted(FINDING_COLUMNS)) for f in payload["findings"])
    assert all(tuple(c) == tuple(sorted(CLAIM_COLUMNS)) for c in payload["claims"])
    contradiction = next(f for f in payload["findings"] if f["finding"] == "contradiction")
    assert contradiction["doc_a"] != contradiction["doc_b"] or contradiction["kind"] == "rank"
    assert isinstance(contradiction["start_b"], int)
    unsourced = next(f for f in payload["findings"] if f["finding"] == "unsourced")
    # an empty CSV cell is null here
    assert unsourced["value_b"] is None
    assert unsourced["doc_b"] is None
    assert unsourced["start_b"] is None
    ledger = next(f for f in payload["findings"] if f["finding"] == "ledger_mismatch")
    assert ledger["value_b"] == "€11.7 billion"  # not escaped: ensure_ascii is off
    assert ledger["doc_b"].startswith("ledger row ")


def test_claims_are_in_document_order_and_match_claim_row(
    payload: dict[str, Any], corpus_report: Report
) -> None:
    keys = [(c["doc"], c["start"], c["end"]) for c in payload["claims"]]
    assert keys == sorted(keys)
    rows = [json.loads(json.dumps(claim_row(c))) for c in corpus_report.claims]
    assert (
        sorted(rows, key=lambda r: (r["doc"], r["start"], r["end"], r["kind"], r["text"]))
        == (payload["claims"])
    )


def test_two_runs_give_byte_identical_files(
    fixtures_dir: Path, tmp_path: Path, corpus_report: Report
) -> None:
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    corpus_report.to_json(first)
    factcheck.check(fixtures_dir / "corpus", ledger=fixtures_dir / "ledger.csv").to_json(second)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes().endswith(b"}\n")
    assert "€".encode() in first.read_bytes()


def claim(doc: str, start: int, text: str) -> Claim:
    return Claim(
        Kind.MONEY,
        Amount(Decimal("1.5")),
        "USD",
        text,
        Location(doc, start, start + len(text), f"It cost {text}."),
        subject="Acme",
        attribute="revenue",
    )


def test_order_does_not_depend_on_input_order() -> None:
    a, b, c = claim("a.md", 5, "$1.5"), claim("a.md", 50, "=1+1"), claim("b.md", 0, "$1.5")
    finding = Finding(FindingType.CONTRADICTION, a, c, "same subject")
    statuses = (DocumentStatus("b.md", "checked", None, 1), DocumentStatus("a.md", "checked"))
    infos = (DocumentInfo("a.md"), DocumentInfo("b.md"))
    one = Report((a, b, c), (finding,), statuses, infos)
    two = Report((c, b, a), (finding,), statuses[::-1], infos[::-1])
    assert one.to_json() == two.to_json()
    data = json.loads(one.to_json())
    assert [c["text"] for c in data["claims"]] == ["$1.5", "=1+1", "$1.5"]
    assert data["claims"][1]["text"] == "=1+1"  # programs get the text as written, not neutralised
    assert data["claims"][0]["value"] == 1.5


def test_failed_documents_are_listed_with_the_reason() -> None:
    report = Report((), (), (DocumentStatus("bad.txt", "failed", "bad.txt: binary file"),))
    data = json.loads(report.to_json())
    assert data["documents"] == [
        {
            "id": "bad.txt",
            "status": "failed",
            "error": "bad.txt: binary file",
            "claims": 0,
            "title": None,
            "source": None,
            "url": None,
            "published": None,
        }
    ]
    assert data["summary"]["failed"] == 1
    assert data["summary"]["checked"] == 0
    assert data["findings"] == []
