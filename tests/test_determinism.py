"""The same corpus gives byte-identical CSV and JSON: whatever the order in which its files
were created on disk, their timestamps, the number of processes, or the hash seed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck
from factcheck.pipeline import Extractor

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

EXTRA = {
    "legacy.txt": "Globex’s revenue was €3 billion in 2025, the company said.\n".encode("cp1252"),
    "page.html": (
        b"<title>Deal</title><article><p>Acme will pay <b>$50</b> billion for Globex.</p>"
        b"<script>var x = '$1';</script></article>"
    ),
    "nested/more.md": b"---\ntitle: More\n---\nAcme will pay $15 billion for Globex.\n\n"
    b"About 67% of analysts agree.\n",
    "junk.txt": b"%PDF-1.4\x00\x00",
}


def corpus_files() -> dict[str, bytes]:
    files = {
        p.relative_to(FIXTURES / "corpus").as_posix(): p.read_bytes()
        for p in (FIXTURES / "corpus").rglob("*")
        if p.is_file()
    }
    files.update(EXTRA)
    return files


def build(root: Path, order: list[str], files: dict[str, bytes], stamp: int) -> Path:
    for i, name in enumerate(order):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[name])
        os.utime(path, ns=(stamp + i * 1_000_000_000, stamp + i * 1_000_000_000))
    return root


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def outputs(folder: Path, extractor: Extractor | None = None, **options: object) -> tuple[str, str]:
    report = factcheck.check(
        folder,
        ledger=FIXTURES / "ledger.csv",
        extractor=extractor,
        **options,  # type: ignore[arg-type]
    )
    assert len(report.documents) == len(corpus_files())
    return report.to_csv(), report.to_json()


def test_order_of_files_on_disk_does_not_matter(tmp_path: Path, extractor: Extractor) -> None:
    files = corpus_files()
    names = sorted(files)
    first = build(tmp_path / "a", names, files, 1_700_000_000_000_000_000)
    second = build(tmp_path / "b", names[::-1], files, 1_600_000_000_000_000_000)
    third = build(tmp_path / "c", names[1::2] + names[0::2], files, 1_800_000_000_000_000_000)
    csv_a, json_a = outputs(first, extractor)
    assert "contradiction" in csv_a
    for other in (second, third):
        csv_b, json_b = outputs(other, extractor)
        assert csv_b.encode() == csv_a.encode()
        assert json_b.encode() == json_a.encode()


def test_number_of_processes_does_not_matter(tmp_path: Path, extractor: Extractor) -> None:
    files = corpus_files()
    folder = build(tmp_path / "c", sorted(files), files, 1_700_000_000_000_000_000)
    assert outputs(folder, extractor) == outputs(folder, jobs=2)


def test_hash_seed_does_not_matter(tmp_path: Path) -> None:
    files = corpus_files()
    folder = build(tmp_path / "corpus", sorted(files), files, 1_700_000_000_000_000_000)
    runs = {}
    for seed in ("0", "1", "4242"):
        out = tmp_path / f"seed-{seed}"
        out.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed, "CI": "1"}
        command = [
            sys.executable,
            "-m",
            "factcheck",
            "check",
            str(folder),
            "--no-progress",
            "--ledger",
            str(FIXTURES / "ledger.csv"),
            "--csv",
            str(out / "findings.csv"),
            "--json",
            str(out / "report.json"),
        ]
        runs[seed] = subprocess.Popen(  # concurrently: each run starts its own interpreter
            command, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
    for seed, process in runs.items():
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode == 2, (seed, stdout, stderr)  # junk.txt failed
        assert b"junk.txt" in stdout
    expected = [(tmp_path / "seed-0" / n).read_bytes() for n in ("findings.csv", "report.json")]
    assert expected[0].count(b"\n") > 3
    for seed in ("1", "4242"):
        got = [
            (tmp_path / f"seed-{seed}" / n).read_bytes() for n in ("findings.csv", "report.json")
        ]
        assert got == expected, seed
    shutil.rmtree(folder)
