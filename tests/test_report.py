"""Report: DataFrame and CSV columns are a contract; cells never run as formulas."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

from factcheck import FINDING_COLUMNS, Report
from factcheck.model import Amount, Claim, DocumentStatus, Finding, FindingType, Kind, Location

CONTRACT = (
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
)


def claim(text: str, doc: str, sentence: str, start: int = 0) -> Claim:
    return Claim(
        kind=Kind.MONEY,
        value=Amount(Decimal(1)),
        unit="USD",
        text=text,
        location=Location(doc, start, start + len(text), sentence),
        subject="Acme",
        attribute="revenue",
    )


def report() -> Report:
    a = claim("$1", "a.md", '=HYPERLINK("http://evil") Acme made $1.')
    b = claim("-$2", "b.md", "Acme lost -$2.", 4)
    return Report(
        (a, b),
        (
            Finding(FindingType.UNSOURCED, b, None, "no source"),
            Finding(FindingType.CONTRADICTION, a, b, "same subject"),
        ),
        (
            DocumentStatus("a.md", "checked"),
            DocumentStatus("b.md", "checked"),
            DocumentStatus("c.md", "failed", "c.md: binary"),
        ),
    )


def test_columns_start_with_the_documented_contract() -> None:
    assert FINDING_COLUMNS[: len(CONTRACT)] == CONTRACT
    frame = report().to_frame()
    assert tuple(frame.columns[: len(CONTRACT)]) == CONTRACT
    assert list(frame["finding"]) == ["contradiction", "unsourced"]  # stable order by type
    assert frame.loc[0, "doc_b"] == "b.md"
    assert frame.loc[1, "value_b"] == ""


def test_csv_neutralises_formulas_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    text = report().to_csv(path)
    assert path.read_bytes().decode("utf-8") == text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["sentence_a"].startswith("'=HYPERLINK")
    assert rows[0]["value_b"] == "'-$2"
    assert all(not v.startswith(("=", "+", "-", "@")) for row in rows for v in row.values())


def test_excel_csv_has_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    report().to_csv(path, excel=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (tmp_path / "plain.csv").exists()
    report().to_csv(tmp_path / "plain.csv")
    assert not (tmp_path / "plain.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_summary_counts_and_failures() -> None:
    summary = report().summary()
    assert "3 documents (2 checked, 1 failed)" in summary
    assert "contradiction: 1" in summary and "unsourced: 1" in summary
    assert "c.md: binary" in summary
