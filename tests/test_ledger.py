"""The ledger of known facts: parsing with row-numbered errors, and mismatches."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Document, FindingType, LedgerError, load_ledger
from factcheck.ledger import parse_ledger


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "facts.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_parse_values_subjects_and_periods(tmp_path: Path) -> None:
    facts = load_ledger(
        write(
            tmp_path,
            "subject,attribute,value,as_of,source\n"
            "Zephyr AI,valuation,€11.7 billion,2025-09,Series C\n"
            "Acme / Globex,Deal value,$4bn,2026,filing\n"
            "Initech,share of backlog,45%,,\n",
        )
    )
    assert [f.row for f in facts] == [2, 3, 4]
    assert facts[0].unit == "EUR" and str(facts[0].as_of) == "2025-09"
    assert facts[1].subject == "Acme – Globex" and facts[1].attribute == "deal_value"
    assert facts[2].kind.value == "percent" and facts[2].as_of is None


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("subject,value\nA,1\n", "missing column", 1),
        ("subject,attribute,value\nAcme,revenue,\n", "required", 2),
        ("subject,attribute,value\nAcme,revenue,lots\n", "not a figure", 2),
        ("subject,attribute,value,as_of\nAcme,revenue,$1bn,2025-13\n", "as_of", 2),
    ],
)
def test_errors_name_file_and_row(text: str, message: str, line: int) -> None:
    with pytest.raises(LedgerError, match=message) as info:
        list(parse_ledger(text, "facts.csv"))
    assert info.value.line == line
    assert str(info.value).startswith(f"facts.csv:{line}")


def test_missing_ledger_file(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="no such file"):
        load_ledger(tmp_path / "nope.csv")


def test_mismatch_respects_subject_aliases_and_periods(tmp_path: Path) -> None:
    ledger = write(
        tmp_path,
        "subject,attribute,value,as_of,source\n"
        "Zephyr AI,valuation,€11.7 billion,2025-09,Series C\n",
    )
    docs = [
        Document("a.md", "By 2025 Zephyr had reached a valuation of €2 billion."),
        Document("b.md", "In 2019 Zephyr had reached a valuation of €0.2 billion."),
        Document("c.md", "Zephyr's valuation is now €11.5 billion."),
    ]
    report = factcheck.check(docs, ledger=ledger)
    mismatches = [f for f in report.findings if f.type is FindingType.LEDGER_MISMATCH]
    assert [f.a.doc for f in mismatches] == ["a.md"]
    assert mismatches[0].ledger is not None and mismatches[0].ledger.row == 2
    assert "€11.7 billion" in mismatches[0].explanation
    frame = report.to_frame()
    row = frame[frame["finding"] == "ledger_mismatch"].iloc[0]
    assert row["value_b"] == "€11.7 billion" and row["doc_b"] == "ledger row 2"
