"""The result a person reads: a ``Report`` of claims, findings and document statuses,
as a pandas DataFrame or a CSV whose columns are a documented contract.

Columns, in this order (see README "CSV columns"): ``FINDING_COLUMNS``. Rows are sorted
by finding type, subject, attribute and location, so two runs over the same corpus give
byte-identical files. Cells that a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.model import Amount, Claim, DateValue, DocumentInfo, DocumentStatus, Finding

if TYPE_CHECKING:
    import pandas as pd

FINDING_COLUMNS = (
    "finding",
    "subject",
    "attribute",
    "kind",
    "value_a",
    "doc_a",
    "sentence_a",
    "value_b",
    "doc_b",
    "sentence_b",
    "explanation",
    "period",
    "start_a",
    "end_a",
    "start_b",
    "end_b",
)

CLAIM_COLUMNS = (
    "doc",
    "kind",
    "value",
    "unit",
    "low",
    "high",
    "bound",
    "text",
    "start",
    "end",
    "sentence",
    "subject",
    "attribute",
    "period",
    "source",
    "sourcing",
    "item",
    "per",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TYPE_ORDER = {"contradiction": 0, "ledger_mismatch": 1, "unsourced": 2}

JSON_VERSION = 1  # the shape of ``Report.to_json``; bumped only on incompatible changes


@dataclass(frozen=True)
class Report:
    """Everything a check found. ``documents`` accounts for every input document;
    ``sources`` holds the title, outlet, URL and date of those that loaded, so reports
    can name and link the articles they cite without keeping their text."""

    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    documents: tuple[DocumentStatus, ...] = field(default_factory=tuple)
    sources: tuple[DocumentInfo, ...] = field(default_factory=tuple)

    def source(self, doc_id: str) -> DocumentInfo | None:
        """The metadata of one document, or None when it is unknown (or failed to load)."""
        return next((s for s in self.sources if s.id == doc_id), None)

    @property
    def failures(self) -> tuple[DocumentStatus, ...]:
        """Documents that could not be checked, with the reason."""
        return tuple(d for d in self.documents if d.status != "checked")

    def to_frame(self) -> pd.DataFrame:
        """One row per finding, columns ``FINDING_COLUMNS``."""
        import pandas as pd

        return pd.DataFrame(finding_rows(self.findings), columns=list(FINDING_COLUMNS))

    def claims_frame(self) -> pd.DataFrame:
        """One row per claim, columns ``CLAIM_COLUMNS``."""
        import pandas as pd

        return pd.DataFrame([claim_row(c) for c in self.claims], columns=list(CLAIM_COLUMNS))

    def to_csv(self, path: str | Path | None = None, *, excel: bool = False) -> str:
        """Write the findings CSV (UTF-8; with a byte-order mark when ``excel``) and return it."""
        text = findings_csv(self.findings)
        if path is not None:
            Path(path).write_text(text, encoding="utf-8-sig" if excel else "utf-8", newline="")
        return text

    def to_json(self, path: str | Path | None = None) -> str:
        """Write the report for programs (see README "JSON output") and return it.

        Keys are sorted and documents, claims and findings are in a fixed order, so the
        same corpus always gives a byte-identical file.
        """
        text = report_json(self)
        if path is not None:
            Path(path).write_text(text, encoding="utf-8", newline="\n")
        return text

    def to_html(self, path: str | Path | None = None, *, title: str = "factcheck report") -> str:
        """Write the self-contained HTML report for editors and return it."""
        from factcheck.html_report import render_html

        text = render_html(self, title=title)
        if path is not None:
            Path(path).write_text(text, encoding="utf-8", newline="\n")
        return text

    def summary(self) -> str:
        """A few lines for a person: documents, claims, findings by type, failures."""
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.type.value] = counts.get(finding.type.value, 0) + 1
        checked = sum(1 for d in self.documents if d.status == "checked")
        lines = [
            f"{_count(len(self.documents), 'document')} ({checked} checked, "
            f"{len(self.failures)} failed), {_count(len(self.claims), 'claim')}, "
            f"{_count(len(self.findings), 'finding')}"
        ]
        for kind in _TYPE_ORDER:
            if counts.get(kind):
                lines.append(f"  {kind}: {counts[kind]}")
        for failure in self.failures:
            lines.append(f"  failed: {failure.error}")
        return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def format_value(claim: Claim) -> Any:
    """The machine value of a claim: a number, or an ISO date string at its granularity.

    A range ("$10-15B") is given by its midpoint; ``low`` and ``high`` keep its ends.
    """
    value = claim.value
    if isinstance(value, DateValue):
        return value.iso
    if claim.kind.value == "rank":
        return int(value.value)
    number = value.value
    if value.high_value is not None:
        number = (value.value + value.high_value) / 2
    if number == number.to_integral_value() and abs(number) < 10**18:
        return int(number)
    return float(number)


def _number(value: Any) -> Any:
    if isinstance(value, Amount):
        return None
    try:
        f = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if f in (float("inf"), float("-inf")):
        return None
    return int(f) if f.is_integer() and abs(f) < 1e18 else f


def claim_row(claim: Claim) -> dict[str, Any]:
    value = claim.value
    low = high = None
    bound = None
    if isinstance(value, Amount):
        low, high, bound = _number(value.low), _number(value.high), value.bound.value
    elif isinstance(value, DateValue):
        low, high, bound = value.start.isoformat(), value.end.isoformat(), value.granularity.value
    return {
        "doc": claim.location.doc,
        "kind": claim.kind.value,
        "value": format_value(claim),
        "unit": claim.unit,
        "low": low,
        "high": high,
        "bound": bound,
        "text": claim.text,
        "start": claim.location.start,
        "end": claim.location.end,
        "sentence": claim.location.sentence,
        "subject": claim.subject,
        "attribute": claim.attribute,
        "period": str(claim.period) if claim.period else None,
        "source": claim.source,
        "sourcing": claim.sourcing.value,
        "item": claim.item,
        "per": claim.per,
    }


def finding_rows(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    rows = []
    for f in sorted(findings, key=_finding_order):
        a, b = f.a, f.b
        row: dict[str, Any] = {
            "finding": f.type.value,
            "subject": a.subject or "",
            "attribute": a.attribute or "",
            "kind": a.kind.value,
            "value_a": a.text,
            "doc_a": a.location.doc,
            "sentence_a": a.location.sentence,
            "value_b": "",
            "doc_b": "",
            "sentence_b": "",
            "explanation": f.explanation,
            "period": str(a.period) if a.period else "",
            "start_a": a.location.start,
            "end_a": a.location.end,
            "start_b": "",
            "end_b": "",
        }
        if b is not None:
            row.update(
                value_b=b.text,
                doc_b=b.location.doc,
                sentence_b=b.location.sentence,
                start_b=b.location.start,
                end_b=b.location.end,
            )
        elif f.ledger is not None:
            row.update(
                subject=f.ledger.subject,
                value_b=f.ledger.text,
                doc_b=f"ledger row {f.ledger.row}",
                sentence_b=f.ledger.source or "",
            )
        rows.append(row)
    return rows


def _finding_order(f: Finding) -> tuple[Any, ...]:
    b = f.b.location if f.b else None
    return (
        _TYPE_ORDER[f.type.value],
        f.a.subject or "",
        f.a.attribute or "",
        f.a.location.doc,
        f.a.location.start,
        b.doc if b else "",
        b.start if b else 0,
    )


def neutralise(cell: Any) -> Any:
    """Prefix a quote to text a spreadsheet would evaluate ("=HYPERLINK(...)", "-$2bn")."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def findings_csv(findings: Sequence[Finding]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(FINDING_COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    for row in finding_rows(findings):
        writer.writerow({k: neutralise(v) for k, v in row.items()})
    return buffer.getvalue()


def finding_counts(findings: Sequence[Finding]) -> dict[str, int]:
    """Findings per type, every type present (zero when none), in report order."""
    counts = dict.fromkeys(_TYPE_ORDER, 0)
    for finding in findings:
        counts[finding.type.value] += 1
    return counts


def report_json(report: Report) -> str:
    """The JSON document behind ``Report.to_json``: one object, sorted keys, fixed order.

    Claims and findings carry the same fields as the claims output and the findings CSV;
    a CSV cell left empty (no second document, no period) is ``null`` here, and nothing is
    neutralised, because a program reads this file, not a spreadsheet.
    """
    from factcheck import __version__

    failed = len(report.failures)
    sources = {info.id: info for info in report.sources}  # one lookup per document
    documents = []
    for status in sorted(report.documents, key=lambda d: d.id):
        info = sources.get(status.id)
        documents.append(
            {
                "id": status.id,
                "status": status.status,
                "error": status.error,
                "claims": status.claims,
                "title": info.title if info else None,
                "source": info.source if info else None,
                "url": info.url if info else None,
                "published": info.published.isoformat() if info and info.published else None,
            }
        )
    claims = sorted(
        report.claims,
        key=lambda c: (c.location.doc, c.location.start, c.location.end, c.kind.value, c.text),
    )
    payload = {
        "version": JSON_VERSION,
        "factcheck": __version__,
        "summary": {
            "documents": len(report.documents),
            "checked": len(report.documents) - failed,
            "failed": failed,
            "claims": len(report.claims),
            "findings": len(report.findings),
            "by_kind": finding_counts(report.findings),
        },
        "documents": documents,
        "findings": [
            {k: None if v == "" else v for k, v in row.items()}
            for row in finding_rows(report.findings)
        ],
        "claims": [claim_row(c) for c in claims],
    }
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def claims_csv(claims: Sequence[Claim]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(CLAIM_COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    for claim in claims:
        writer.writerow({k: neutralise(v) for k, v in claim_row(claim).items()})
    return buffer.getvalue()
