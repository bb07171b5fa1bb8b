"""The benchmark runs end to end (``--quick``) and writes the documented JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quick_benchmark_writes_its_results(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text("utf-8"))
    for key in (
        "machine",
        "corpus",
        "spacy",
        "factcheck",
        "factcheck_small",
        "ratio",
        "memory",
        "reconcile",
        "profile",
    ):
        assert key in results, key
    assert results["corpus"]["bytes"] >= 2_000_000
    assert results["spacy"]["mb_per_s"] > 0
    assert results["factcheck"]["mb_per_s"] > 0
    assert results["factcheck"]["claims"] > 0
    assert results["factcheck"]["failed"] == 0
    assert set(results["factcheck"]["stages"]) >= {"load", "extract", "reconcile", "report CSV"}
    assert results["ratio"] == results["factcheck"]["mb_per_s"] / results["spacy"]["mb_per_s"]
    assert results["memory"]["full_peak_rss_mb"] > 0
    assert results["reconcile"]["claims"] == 100_000
    assert results["reconcile"]["findings"] > 0
    assert {"nproc", "cpu", "python"} <= set(results["machine"])
    assert "| ratio factcheck / spaCy floor" in done.stdout
