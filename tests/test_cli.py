"""The command line: exit codes, outputs and messages a person reads."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import FINDING_COLUMNS, __version__
from factcheck.cli import ProgressBar, main, progress_bar

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_check_bundled_corpus_writes_csv_and_exits_1(
    fixtures_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "contradictions.csv"
    code = main(
        [
            "check",
            str(fixtures_dir / "corpus"),
            "--ledger",
            str(fixtures_dir / "ledger.csv"),
            "--csv",
            str(out),
        ]
    )
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


def test_unreadable_document_exits_2_and_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
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
        json.dumps(
            {
                "id": "n1",
                "text": "Acme agreed to buy Globex for $69 billion.",
                "published": "2026-03-02",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    assert main(["claims", str(corpus), "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    money = [c for c in lines if c["kind"] == "money"]
    assert money[0]["doc"] == "n1"
    assert money[0]["value"] == 69_000_000_000
    assert money[0]["unit"] == "USD"
    for field in (
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
    ):
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
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0 and __version__ in done.stdout


# -- reports, progress and summary ------------------------------------------------------------


def test_check_writes_html_and_json(
    fixtures_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page, data = tmp_path / "report.html", tmp_path / "report.json"
    code = main(
        [
            "check",
            str(fixtures_dir / "corpus"),
            "--ledger",
            str(fixtures_dir / "ledger.csv"),
            "--html",
            str(page),
            "--json",
            str(data),
        ]
    )
    assert code == 1  # findings, as without the new options
    out = capsys.readouterr()
    assert f"HTML report written to {page}" in out.out
    assert f"JSON written to {data}" in out.out
    assert out.err == ""  # no progress bar: capsys is not a terminal
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<mark>$50 billion</mark>" in html
    payload = json.loads(data.read_text(encoding="utf-8"))
    assert payload["summary"]["documents"] == 6
    assert payload["summary"]["by_kind"]["ledger_mismatch"] == 1
    assert {d["status"] for d in payload["documents"]} == {"checked"}


def test_clean_corpus_with_reports_still_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("The weather was mild on Tuesday.", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    code = main(
        [
            "check",
            str(tmp_path / "a.txt"),
            "--html",
            str(out / "r.html"),
            "--json",
            str(out / "r.json"),
            "--csv",
            str(out / "r.csv"),
        ]
    )
    assert code == 0
    assert "No findings" in (out / "r.html").read_text(encoding="utf-8")
    assert json.loads((out / "r.json").read_text(encoding="utf-8"))["findings"] == []
    assert "findings written to" in capsys.readouterr().out


def test_summary_names_failed_documents_and_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Analysts think 67% of buyers will switch.", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"PDF\x00\x01binary")
    data = tmp_path / "r.json"
    assert main(["check", str(corpus), "--json", str(data)]) == 2  # unreadable input wins
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "2 documents (1 checked, 1 failed), 1 claim, 1 finding"
    assert "  unsourced: 1" in lines
    failures = [line for line in lines if line.startswith("  failed: ")]
    assert len(failures) == 1
    assert "bad.txt" in failures[0]  # which document ...
    assert "NUL bytes" in failures[0]  # ... and why
    failed = [
        d
        for d in json.loads(data.read_text(encoding="utf-8"))["documents"]
        if d["status"] == "failed"
    ]
    assert [(d["id"], d["claims"], d["title"]) for d in failed] == [("bad.txt", 0, None)]
    assert failures[0] == f"  failed: {failed[0]['error']}"


def test_unwritable_report_is_an_error_after_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("The weather was mild on Tuesday.", encoding="utf-8")
    data = tmp_path / "r.json"
    code = main(
        [
            "check",
            str(tmp_path / "a.txt"),
            "--html",
            str(tmp_path / "nope" / "r.html"),
            "--json",
            str(data),
        ]
    )
    assert code == 2
    out = capsys.readouterr()
    assert "1 document (1 checked, 0 failed)" in out.out
    assert f"cannot write {tmp_path / 'nope' / 'r.html'}" in out.err
    assert data.exists()  # the other outputs are still written


def test_stdin_with_json(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Analysts think 67% of buyers will switch."))
    data = tmp_path / "r.json"
    assert main(["check", "-", "--json", str(data)]) == 1
    payload = json.loads(data.read_text(encoding="utf-8"))
    assert [d["id"] for d in payload["documents"]] == ["<stdin>"]
    assert payload["findings"][0]["finding"] == "unsourced"
    assert payload["findings"][0]["doc_a"] == "<stdin>"


def test_help_documents_reports_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--help"]) == 0
    text = capsys.readouterr().out
    for option in ("--html FILE", "--json FILE", "--csv FILE", "--excel", "--no-progress"):
        assert option in text
    assert "--html report.html --json report.json" in text  # an example that uses them
    assert "0  no findings" in text
    assert "1  findings" in text
    assert "2  usage error" in text


def test_no_progress_bar_in_a_pipe(fixtures_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(fixtures_dir / "corpus")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "\r" not in done.stderr
    assert "documents]" not in done.stderr
    assert "[#" not in done.stderr


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("stream", "environ", "shown"),
    [
        (Terminal(), {}, True),
        (Terminal(), {"CI": "false"}, True),
        (Terminal(), {"CI": "true"}, False),
        (Terminal(), {"CI": "1"}, False),
        (Terminal(), {"TERM": "dumb"}, False),
        (io.StringIO(), {}, False),
    ],
)
def test_progress_bar_only_on_a_terminal_outside_ci(
    stream: io.StringIO, environ: dict[str, str], shown: bool
) -> None:
    assert (progress_bar(stream, environ) is not None) is shown


def test_progress_bar_waits_then_draws_in_place_and_erases_itself() -> None:
    now = [0.0]
    stream = Terminal()
    bar = ProgressBar(stream, delay=0.5, interval=0.1, width=10, clock=lambda: now[0])
    bar(0, 4)
    now[0] = 0.2
    bar(1, 4)
    assert stream.getvalue() == ""  # a short run never shows a bar
    now[0] = 0.6
    bar(2, 4)
    assert stream.getvalue() == "\rfactcheck: [#####.....] 2/4 documents"
    now[0] = 0.65
    bar(3, 4)  # too soon to redraw
    assert stream.getvalue().count("\r") == 1
    bar(4, 4)  # the last one always draws
    assert stream.getvalue().endswith("\rfactcheck: [##########] 4/4 documents")
    bar.close()
    blank = " " * len("factcheck: [##########] 4/4 documents")
    assert stream.getvalue().endswith(f"\r{blank}\r")


def test_progress_callback_sees_every_document(fixtures_dir: Path) -> None:
    import factcheck

    calls: list[tuple[int, int]] = []
    factcheck.check(fixtures_dir / "corpus", progress=lambda done, n: calls.append((done, n)))
    assert calls == [(n, 6) for n in range(7)]


def test_outputs_are_never_written_into_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = corpus / "a.txt"
    article.write_text("Acme revenue was $5 billion.", encoding="utf-8")
    assert main(["check", str(corpus), "--csv", str(article)]) == 2
    assert main(["check", str(corpus), "--json", str(corpus / "report.json")]) == 2
    assert main(["check", str(article), "--html", str(article)]) == 2
    assert "refusing to write" in capsys.readouterr().err
    assert article.read_text(encoding="utf-8") == "Acme revenue was $5 billion."
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt"]


def test_a_reader_that_stops_early_gets_no_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `factcheck check ... | head -1`: the reader has gone before the summary is printed
    read_end, write_end = os.pipe()
    os.close(read_end)
    closed = os.fdopen(write_end, "w", buffering=1)
    with capsys.disabled():
        monkeypatch.setattr(sys, "stdout", closed)
        out = tmp_path / "findings.csv"
        code = main(["check", str(FIXTURES / "corpus"), "--no-progress", "--csv", str(out)])
        monkeypatch.undo()
    closed.close()
    assert code == 141
    assert out.is_file()  # the files asked for are written before anything is printed
