"""``jobs=N`` gives exactly the serial result: claims, findings, CSV bytes and statuses."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main
from factcheck.corpus import Corpus, load_corpus
from factcheck.model import Document
from factcheck.parallel import resolve_jobs
from factcheck.pipeline import Extractor

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


class Exploding(str):
    """Article text that breaks the sentence splitter: extraction of it raises."""

    __slots__ = ()

    def split(self, *args: object, **kwargs: object) -> list[str]:  # type: ignore[override]
        raise RuntimeError("boom")


class Deadly(str):
    """Article text that kills the process reading it, as the out-of-memory killer would."""

    __slots__ = ()

    def split(self, *args: object, **kwargs: object) -> list[str]:  # type: ignore[override]
        os._exit(3)


@pytest.fixture(scope="module")
def serial() -> factcheck.Report:
    return factcheck.check(FIXTURES / "corpus")


def test_two_processes_give_the_serial_report(serial: factcheck.Report) -> None:
    parallel = factcheck.check(FIXTURES / "corpus", jobs=2)
    assert parallel.claims == serial.claims
    assert parallel.findings == serial.findings
    assert parallel.documents == serial.documents
    assert parallel.to_csv() == serial.to_csv()
    assert any(f.type.value == "contradiction" for f in serial.findings)


def test_cli_jobs_writes_the_same_csv(serial: factcheck.Report, tmp_path: Path) -> None:
    out = tmp_path / "findings.csv"
    args = ["check", str(FIXTURES / "corpus"), "--jobs", "2", "--no-progress", "--csv", str(out)]
    code = main(args)
    assert code == 1  # findings
    assert out.read_bytes() == serial.to_csv().encode("utf-8")


def test_a_document_that_fails_in_a_worker_is_a_failed_status(
    caplog: pytest.LogCaptureFixture,
) -> None:
    docs = load_corpus(FIXTURES / "corpus_transfers").documents[:3]
    bad = Document("bad.md", Exploding("Acme paid $5 billion for Globex. It was a lot."))
    corpus = Corpus((docs[0], bad, *docs[1:]))
    extractor = Extractor()
    seen: list[tuple[int, int]] = []
    parallel = extractor.extract(corpus, jobs=2, progress=lambda d, t: seen.append((d, t)))
    serial = Extractor().extract(corpus)
    assert parallel == serial
    failed = [s for s in parallel.documents if s.status == "failed"]
    assert [s.id for s in failed] == ["bad.md"]
    assert failed[0].error == "bad.md: RuntimeError: boom"
    fallback = ("serially", "failed to start")
    assert not any(word in r.message for r in caplog.records for word in fallback)
    assert seen[0] == (0, 4)
    assert seen[-1] == (4, 4)


@pytest.mark.parametrize("jobs", [0, -1])
def test_zero_or_minus_one_means_every_core(jobs: int) -> None:
    assert resolve_jobs(jobs) >= 1
    assert resolve_jobs(3) == 3


def test_a_worker_that_dies_fails_only_its_document() -> None:
    docs = load_corpus(FIXTURES / "corpus_transfers").documents[:3]
    deadly = Document("deadly.md", Deadly("Acme paid $5 billion for Globex."))
    result = Extractor().extract(Corpus((docs[0], deadly, *docs[1:])), jobs=2)
    expected = Extractor().extract(Corpus(docs))
    assert result.claims == expected.claims
    statuses = {s.id: s for s in result.documents}
    assert statuses["deadly.md"].status == "failed"
    assert "worker process extracting it died" in (statuses["deadly.md"].error or "")
    assert all(statuses[d.id] == s for d in docs for s in expected.documents if s.id == d.id)
