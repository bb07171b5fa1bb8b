"""factcheck.dask on a two-process LocalCluster gives the in-memory path's report.

Skipped when the ``dask`` extra is not installed (``pip install -e ".[dev,dask]"``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import factcheck  # noqa: E402
from factcheck.corpus import load_corpus  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _same(left: factcheck.Report, right: factcheck.Report) -> None:
    assert left.findings == right.findings
    assert left.claims == right.claims
    assert left.documents == right.documents
    assert left.sources == right.sources
    assert left.to_csv() == right.to_csv()


def test_folder_on_a_cluster_matches_check(client: object) -> None:
    import factcheck.dask as fd

    expected = factcheck.check(FIXTURES / "corpus", ledger=FIXTURES / "ledger.csv")
    assert any(f.type.value == "contradiction" for f in expected.findings)
    folder = fd.read_folder(FIXTURES / "corpus", npartitions=3)
    got = fd.check(folder, ledger=FIXTURES / "ledger.csv")
    _same(got, expected)


def test_dataframe_on_a_cluster_matches_check(client: object) -> None:
    import dask.dataframe as dd

    import factcheck.dask as fd

    aliases = FIXTURES / "aliases_transfers.csv"
    docs = load_corpus(FIXTURES / "corpus_transfers").documents
    frame = pd.DataFrame(
        {"text": [d.text for d in docs], "published": [str(d.published) for d in docs]},
        index=[d.id for d in docs],
    )
    expected = factcheck.check(frame, aliases=aliases)
    assert expected.findings
    got = fd.check(dd.from_pandas(frame, npartitions=2), aliases=aliases)
    _same(got, expected)


def test_within_documents_on_a_cluster_matches_check(client: object) -> None:
    import dask.dataframe as dd

    import factcheck.dask as fd

    text = (
        "Orlen Textiles said revenue rose to $4.2 billion in 2025.\n\n"
        "Its knitwear arm brought in revenue of $1.9 billion in 2025."
    )
    frame = pd.DataFrame({"text": [text], "published": ["2026-03-06"]}, index=["a.md"])
    expected = factcheck.check(frame, within_documents=True)
    assert [f.type.value for f in expected.findings] == ["contradiction"]
    got = fd.check(dd.from_pandas(frame, npartitions=1), within_documents=True)
    _same(got, expected)


def test_short_names_merge_the_same_way_on_a_cluster(client: object) -> None:
    import dask.dataframe as dd

    import factcheck.dask as fd

    docs = load_corpus(FIXTURES / "corpus_markets").documents
    frame = pd.DataFrame(
        {"text": [d.text for d in docs], "published": [str(d.published) for d in docs]},
        index=[d.id for d in docs],
    )
    expected = factcheck.check(frame)
    # "Brenmoor – Corvane" in one article, the full names in the others: one finding
    assert any("also stated in" in f.explanation for f in expected.findings)
    _same(fd.check(dd.from_pandas(frame, npartitions=3)), expected)


def test_short_names_known_from_attributes_merge_the_same_way_on_a_cluster(
    client: object,
) -> None:
    import dask.dataframe as dd

    import factcheck.dask as fd

    docs = load_corpus(FIXTURES / "corpus_holdout3").documents
    frame = pd.DataFrame(
        {"text": [d.text for d in docs], "published": [str(d.published) for d in docs]},
        index=[d.id for d in docs],
    )
    expected = factcheck.check(frame)
    # "Skyreach" is short for "Skyreach Launch" only because that name has a founding date:
    # the cluster must read the claims' attributes as the in-memory path does
    assert any(
        "(Skyreach" in f.explanation and "founded" in f.explanation for f in expected.findings
    )
    _same(fd.check(dd.from_pandas(frame, npartitions=3)), expected)


def test_read_folder_reads_tables_as_load_corpus_does(tmp_path: Path) -> None:
    """The rows of a table in the folder keep their own ids, as ``load_corpus`` gives them
    (the file's id for every row would merge them), and a table without a text column is a
    failure under its path; the listing needs no cluster."""
    import json

    import factcheck.dask as fd

    (tmp_path / "a.md").write_text("Acme paid $5 million.", encoding="utf-8")
    rows = [{"id": "w1", "text": "Acme paid $6 million."}, {"text": "No id."}]
    (tmp_path / "wire.jsonl").write_text("\n".join(map(json.dumps, rows)), encoding="utf-8")
    (tmp_path / "ledger.csv").write_text("subject,value\nAcme,5\n", encoding="utf-8")
    entries = fd.read_folder(tmp_path, npartitions=2).compute(scheduler="sync")
    loaded = load_corpus(tmp_path)
    assert [e.id for e in entries] == ["a.md", "ledger.csv", "w1", "wire.jsonl:2"]
    assert [e for e in entries if isinstance(e, factcheck.Document)] == list(loaded.documents)
    assert [e for e in entries if not isinstance(e, factcheck.Document)] == list(loaded.failures)
