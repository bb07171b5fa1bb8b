"""factcheck's benchmark: throughput against spaCy's tokenizer, memory, and the reconciler.

    python benchmarks/run.py              # 20 MB corpus, one million claims (~10 minutes)
    python benchmarks/run.py --quick      # 2 MB, 100,000 claims: a smoke test
    python benchmarks/run.py --mb 50 --jobs 2

One run reports, side by side, on the same generated corpus (see ``corpus_gen.py``):

- the floor: ``spacy.blank("en")`` + sentencizer over every document (MB/s);
- factcheck end to end: load from disk, extract, reconcile, write the findings CSV
  (MB/s, per stage), and the ratio of the two throughputs;
- peak memory (maximum resident set of the measuring process) of factcheck at two corpus
  sizes, to show whether it grows with the corpus beyond the claims table;
- the time to reconcile one million synthetic claims (see ``synthetic.py``);
- with ``--jobs N``, the end-to-end throughput with N processes;
- a cProfile of extraction on a sample, summed into stages (dates, numbers, spaCy...).

Every measurement runs in a fresh child process (this script with ``--child``), so one
cannot warm a cache or inflate the memory of the next. Results are printed as a table and
written to ``benchmarks/results.json`` (``--out`` to change).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def _corpus_bytes(texts: list[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


# --- children: each prints one JSON object -------------------------------------------


def child_spacy(corpus: Path) -> dict[str, Any]:
    import spacy

    from factcheck.corpus import load_corpus

    texts = [d.text for d in load_corpus(corpus).documents]
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    start, cpu = time.perf_counter(), time.process_time()
    sentences = 0
    for doc in nlp.pipe(texts, batch_size=64):
        sentences += sum(1 for _ in doc.sents)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    size = _corpus_bytes(texts)
    return {
        "seconds": wall,
        "cpu_seconds": cpu,
        "bytes": size,
        "sentences": sentences,
        "mb_per_s": size / 1e6 / wall,
        "peak_rss_mb": _rss_mb(),
    }


def child_factcheck(corpus: Path, jobs: int) -> dict[str, Any]:
    """The same steps as ``factcheck.check`` + ``Report.to_csv``, timed one by one."""
    from factcheck.context import cumulative_attributes
    from factcheck.corpus import load_corpus
    from factcheck.model import DocumentInfo
    from factcheck.pipeline import Extractor
    from factcheck.reconcile import reconcile, unsourced
    from factcheck.report import Report

    stages: dict[str, float] = {}
    cpu0 = time.process_time()
    start = t = time.perf_counter()
    loaded = load_corpus(corpus)
    stages["load"] = time.perf_counter() - t
    t = time.perf_counter()
    extractor = Extractor()
    stages["build pipeline"] = time.perf_counter() - t
    t = time.perf_counter()
    extraction = extractor.extract(loaded, jobs=jobs)
    stages["extract"] = time.perf_counter() - t
    t = time.perf_counter()
    claims = extraction.claims
    findings = reconcile(claims, None, cumulative_attributes(extractor.attributes))
    findings += unsourced(claims)
    stages["reconcile"] = time.perf_counter() - t
    t = time.perf_counter()
    sources = tuple(sorted((DocumentInfo.of(d) for d in loaded.documents), key=lambda i: i.id))
    report = Report(claims, tuple(findings), extraction.documents, sources)
    with tempfile.TemporaryDirectory() as tmp:
        report.to_csv(Path(tmp) / "findings.csv")
    stages["report CSV"] = time.perf_counter() - t
    wall = time.perf_counter() - start
    size = _corpus_bytes([d.text for d in loaded.documents])
    return {
        "seconds": wall,
        "cpu_seconds_parent": time.process_time() - cpu0,
        "bytes": size,
        "documents": len(loaded.documents),
        "claims": len(claims),
        "findings": len(findings),
        "failed": sum(1 for d in extraction.documents if d.status != "checked"),
        "mb_per_s": size / 1e6 / wall,
        "stages": stages,
        "peak_rss_mb": _rss_mb(),
        "jobs": jobs,
    }


def child_reconcile(n: int) -> dict[str, Any]:
    import synthetic

    from factcheck.reconcile import claim_groups, reconcile

    t = time.perf_counter()
    claims = synthetic.claims(n)
    built = time.perf_counter() - t
    groups = sorted(len(g) for g in claim_groups(claims).values())
    start, cpu = time.perf_counter(), time.process_time()
    findings = reconcile(claims)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {
        "claims": n,
        "build_seconds": built,
        "seconds": wall,
        "cpu_seconds": cpu,
        "findings": len(findings),
        "groups": len(groups),
        "largest_group": groups[-1],
        "mean_group": sum(groups) / len(groups),
        "peak_rss_mb": _rss_mb(),
    }


# Functions whose cumulative time makes a stage of extraction, in the order they nest. A
# path ending in "/" is a package: the function counts in any of its files. ``describe``
# moved from context.py into the package factcheck/context/ (reading.py); its stage keeps
# the label it had, so results.json stays comparable with earlier runs.
_STAGES = (
    ("split sentences (segment.py)", "factcheck/segment.py", "sentences"),
    ("dates (extract/dates.py)", "factcheck/extract/dates.py", "find_dates"),
    ("numbers (extract/numeric.py)", "factcheck/extract/numeric.py", "find_numeric"),
    ("names of candidate sentences (nlp.py)", "factcheck/nlp.py", "entities"),
    ("  of which spaCy tokenizer", "spacy/tokenizer.pyx", "__call__"),
    ("spaCy pipeline (sentences that still need it)", "spacy/language.py", "pipe"),
    ("subject/attribute/period (context.py)", "factcheck/context/", "describe"),
    ("sourcing (extract/attribution.py)", "factcheck/extract/attribution.py", "attribute"),
    ("corpus_names (pre-pass, and per sentence)", "factcheck/subjects.py", "corpus_names"),
    ("load (corpus.py)", "factcheck/corpus.py", "load_corpus"),
    ("reconcile", "factcheck/reconcile.py", "reconcile"),
    ("report CSV", "factcheck/report.py", "to_csv"),
)


def _in_path(file: str, path: str) -> bool:
    """Is ``file`` the module ``path``, or one of the package ``path`` (ending in "/")?"""
    file = file.replace("\\", "/")
    return path in file if path.endswith("/") else file.endswith(path)


def child_profile(corpus: Path) -> dict[str, Any]:
    import cProfile
    import pstats

    import factcheck

    check = factcheck.check  # imports spaCy on first use (~1.7 s): not extraction's time
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    report = check(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        report.to_csv(Path(tmp) / "findings.csv")
    profiler.disable()
    total = time.perf_counter() - start
    stats = pstats.Stats(profiler)
    table = stats.stats  # type: ignore[attr-defined]
    out: dict[str, float] = {}
    for label, path, function in _STAGES:
        seconds = sum(
            ct
            for (file, _, name), (_, _, _, ct, _) in table.items()
            if name == function and _in_path(file, path)
        )
        out[label] = seconds / total
    out["other (glue, building the pipeline)"] = (
        1
        - sum(
            v
            for k, v in out.items()
            if not k.startswith(" ")
            and not k.startswith("load")
            and k not in ("reconcile", "report CSV")
        )
        - out["load (corpus.py)"]
        - out["reconcile"]
        - out["report CSV"]
    )
    return {"total_seconds_under_profiler": total, "share": out}


# --- the parent ----------------------------------------------------------------------


def _child(*args: str) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"benchmark child {args} failed with exit code {done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _machine() -> dict[str, Any]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    import spacy

    import factcheck

    return {
        "nproc": cores,
        "cpu": model,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "spacy": spacy.__version__,
        "factcheck": factcheck.__version__,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=None, help="corpus size (default 20)")
    parser.add_argument("--quick", action="store_true", help="2 MB and 100,000 claims")
    parser.add_argument("--claims", type=int, default=None, help="claims to reconcile")
    parser.add_argument("--jobs", type=int, default=0, help="also measure N processes")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile sample")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        kind, *rest = args.child
        if kind == "spacy":
            result = child_spacy(Path(rest[0]))
        elif kind == "factcheck":
            result = child_factcheck(Path(rest[0]), int(rest[1]))
        elif kind == "reconcile":
            result = child_reconcile(int(rest[0]))
        else:
            result = child_profile(Path(rest[0]))
        print(json.dumps(result))
        return 0

    import corpus_gen

    mb = args.mb if args.mb is not None else (2.0 if args.quick else 20.0)
    n_claims = args.claims if args.claims is not None else (100_000 if args.quick else 1_000_000)
    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    results: dict[str, Any] = {"machine": _machine(), "command": " ".join(sys.argv)}
    try:
        t = time.perf_counter()
        files = corpus_gen.build(int(mb * 1e6))
        small_files = files[: max(1, len(files) // 4)]
        full_bytes = corpus_gen.write(work / "full", files)
        small_bytes = corpus_gen.write(work / "small", small_files)
        sample_files = files[: max(1, len(files) // 8)]
        corpus_gen.write(work / "sample", sample_files)
        results["corpus"] = {
            "documents": len(files),
            "bytes": full_bytes,
            "small_documents": len(small_files),
            "small_bytes": small_bytes,
            "generate_seconds": time.perf_counter() - t,
        }
        print(f"corpus: {len(files)} documents, {full_bytes / 1e6:.1f} MB in {work}", flush=True)
        results["spacy"] = floor = _child("spacy", str(work / "full"))
        print(f"spaCy floor: {floor['mb_per_s']:.2f} MB/s", flush=True)
        results["factcheck"] = full = _child("factcheck", str(work / "full"), "1")
        print(f"factcheck: {full['mb_per_s']:.3f} MB/s", flush=True)
        results["factcheck_small"] = small = _child("factcheck", str(work / "small"), "1")
        results["ratio"] = full["mb_per_s"] / floor["mb_per_s"]
        # the same ratio on CPU time, which a busy machine disturbs less than wall time
        results["ratio_cpu"] = floor["cpu_seconds"] / full["cpu_seconds_parent"]
        results["memory"] = {
            "small_mb": small_bytes / 1e6,
            "small_peak_rss_mb": small["peak_rss_mb"],
            "small_claims": small["claims"],
            "full_mb": full_bytes / 1e6,
            "full_peak_rss_mb": full["peak_rss_mb"],
            "full_claims": full["claims"],
        }
        if args.jobs:
            results["parallel"] = _child("factcheck", str(work / "full"), str(args.jobs))
        results["reconcile"] = _child("reconcile", str(n_claims))
        print(f"reconcile: {results['reconcile']['seconds']:.2f} s", flush=True)
        if not args.no_profile:
            results["profile"] = _child("profile", str(work / "sample"))
            results["profile"]["sample_bytes"] = sum(len(t.encode()) for _, t in sample_files)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print()
    print(table(results))
    print(f"\nwritten to {args.out}")
    return 0


def table(results: dict[str, Any]) -> str:
    """The results as a small Markdown table (pasted into benchmarks/README.md)."""
    m, floor, full = results["machine"], results["spacy"], results["factcheck"]
    mem, rec = results["memory"], results["reconcile"]
    rows = [
        ("machine", f"{m['nproc']} cores, {m['cpu']}, Python {m['python']}, spaCy {m['spacy']}"),
        (
            "corpus",
            f"{results['corpus']['documents']} documents, "
            f"{results['corpus']['bytes'] / 1e6:.1f} MB",
        ),
        (
            "spaCy blank('en') + sentencizer",
            f"{floor['mb_per_s']:.2f} MB/s ({floor['seconds']:.1f} s)",
        ),
        (
            "factcheck end to end, 1 process",
            f"{full['mb_per_s']:.3f} MB/s "
            f"({full['seconds']:.1f} s, {full['claims']} claims, "
            f"{full['findings']} findings)",
        ),
        (
            "ratio factcheck / spaCy floor",
            f"{results['ratio']:.3f} (on CPU time: {results['ratio_cpu']:.3f})",
        ),
    ]
    if "parallel" in results:
        par = results["parallel"]
        rows.append(
            (
                f"factcheck end to end, {par['jobs']} processes",
                f"{par['mb_per_s']:.3f} MB/s ({par['seconds']:.1f} s)",
            )
        )
    rows += [
        ("stages (1 process)", ", ".join(f"{k} {v:.1f} s" for k, v in full["stages"].items())),
        (
            "peak memory (max RSS)",
            f"{mem['small_peak_rss_mb']:.0f} MB at {mem['small_mb']:.1f} MB "
            f"({mem['small_claims']} claims); {mem['full_peak_rss_mb']:.0f} MB "
            f"at {mem['full_mb']:.1f} MB ({mem['full_claims']} claims)",
        ),
        (
            f"reconcile {rec['claims']:,} claims",
            f"{rec['seconds']:.2f} s wall, "
            f"{rec['cpu_seconds']:.2f} s CPU "
            f"({rec['groups']:,} groups, {rec['findings']:,} "
            "findings)",
        ),
    ]
    if "profile" in results:
        share = results["profile"]["share"]
        rows.append(
            (
                "profile of extraction (share of time)",
                ", ".join(f"{k} {v:.0%}" for k, v in share.items()),
            )
        )
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'measure'.ljust(width)} | result |", f"|{'-' * (width + 2)}|--------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
