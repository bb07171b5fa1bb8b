"""The command line: exit codes, outputs and messages a person reads."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import FINDING_COLUMNS, __version__
from factcheck.cli import main


def test_check_bundled_corpus_writes_csv_and_exits_1(
    fixtures_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "contradictions.csv"
    code = main(["check", str(fixtures_dir / "corpus"), "--ledger", str(fixtures_dir / "ledger.csv"),
                 "--csv", str(out)])
    assert code == 1
    printed = capsys.readouterr().out
    assert "6 documents (6 checked, 0 failed)" in printed
    assert "contradiction:" in printed and "ledger_mismatch: 1" in printed
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert tuple(rows[0]) == FINDING_COLUMNS
    assert {r["finding"] for r in rows} == {"contradiction", "ledger_mismatch", "unsourced"}


def test_clean_corpus_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("The weather was mild on Tuesday.", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 0
    assert "0 findings" in capsys.readouterr().out


def test_unreadable_document_exits_2_and_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text("Mild weather.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00" * 3 + b"\x00\xd8")
    assert main(["check", str(tmp_path)]) == 2
    assert "bad.txt" in capsys.readouterr().out


def test_missing_path_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nope")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 2
    assert main(["frobnicate"]) == 2


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out
    assert main(["check", "--help"]) == 0
    helptext = capsys.readouterr().out
    assert "examples:" in helptext and "exit codes" in helptext


def test_claims_jsonl_fields_and_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "n1", "text": "Acme agreed to buy Globex for $69 billion.", "published": "2026-03-02"})
        + "\n",
        encoding="utf-8",
    )
    assert main(["claims", str(corpus), "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    money = [c for c in lines if c["kind"] == "money"]
    assert money[0]["doc"] == "n1"
    assert money[0]["value"] == 69_000_000_000
    assert money[0]["unit"] == "USD"
    for field in ("low", "high", "bound", "text", "start", "end", "sentence", "subject",
                  "attribute", "period", "source"):
        assert field in money[0]


def test_claims_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Sales rose 12% to $5.2 billion in 2025.", encoding="utf-8")
    assert main(["claims", str(tmp_path), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    kinds = {r["kind"] for r in rows}
    assert {"percent", "money", "date"} <= kinds


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Analysts think 67% of buyers will switch."))
    assert main(["check", "-"]) == 1
    assert "unsourced: 1" in capsys.readouterr().out


def test_python_dash_m_entry_point() -> None:
    done = subprocess.run([sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and __version__ in done.stdout
