"""The incremental cache: a second run extracts only new or changed documents, and a
corpus that makes a word of an old document a name invalidates that document's entry."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import factcheck
from factcheck.cache import FILENAME, ClaimCache, relevant_names
from factcheck.corpus import Corpus, load_corpus
from factcheck.model import Document
from factcheck.pipeline import Extractor

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NEW = Document(
    "new.md",
    "Zorblax Industries posted revenue of $4.2 billion in 2025.\n\n"
    "About 38% of that came from one customer, up from 20% a year earlier.\n",
)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ids of the documents ``claims_of`` is asked for."""
    seen: list[str] = []
    original = Extractor.claims_of

    def spy(self: Extractor, document: Document) -> list[factcheck.Claim]:
        seen.append(document.id)
        return original(self, document)

    monkeypatch.setattr(Extractor, "claims_of", spy)
    return seen


@pytest.fixture(scope="module")
def fixtures() -> Corpus:
    return load_corpus(FIXTURES / "corpus")


def test_a_second_run_extracts_only_new_articles(
    fixtures: Corpus, calls: list[str], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    first = factcheck.check(fixtures, cache=cache)
    assert sorted(calls) == sorted(d.id for d in fixtures.documents)
    calls.clear()
    again = factcheck.check(fixtures, cache=cache)
    assert calls == []
    assert again.claims == first.claims
    assert again.to_csv() == first.to_csv()
    grown = Corpus((*fixtures.documents, NEW))
    with_new = factcheck.check(grown, cache=cache)
    assert calls == ["new.md"]
    assert with_new.to_csv() == factcheck.check(grown).to_csv()
    assert with_new.claims == factcheck.check(grown).claims


def test_changed_text_or_configuration_is_extracted_again(
    fixtures: Corpus, calls: list[str], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    factcheck.check(fixtures, cache=cache)
    first = fixtures.documents[0]
    edited = Document(
        first.id, first.text + "\nRevenue was $9 billion.\n", published=first.published
    )
    calls.clear()
    factcheck.check(Corpus((edited, *fixtures.documents[1:])), cache=cache)
    assert calls == [first.id]
    calls.clear()
    aliases = factcheck.AliasTable.from_pairs([("Zorblax Industries", "Zorblax")])
    factcheck.check(fixtures, cache=cache, aliases=aliases)
    assert len(calls) == len(fixtures.documents)


def test_corpus_names_that_occur_in_a_document_invalidate_it(
    calls: list[str], tmp_path: Path
) -> None:
    # "Velora" opens a sentence in a; only a corpus that capitalises it mid-sentence makes
    # the finder read it as a name there, so such a corpus must not reuse a's old claims
    a = Document("a.md", "Velora spent $5 billion on chips in 2025.\n")
    names_velora = Document("b.md", "Analysts at the bank praised Velora for the move.\n")
    unrelated = Document("c.md", "Analysts at the bank praised Quentara for its results.\n")
    cache = tmp_path / "cache"
    Extractor().extract(Corpus((a,)), cache=cache)
    calls.clear()
    Extractor().extract(Corpus((a, unrelated)), cache=cache)
    assert calls == ["c.md"]
    calls.clear()
    result = Extractor().extract(Corpus((a, names_velora)), cache=cache)
    assert calls == ["a.md", "b.md"]
    assert result == Extractor().extract(Corpus((a, names_velora)))
    assert relevant_names(a.text, frozenset({"velora", "quentara"})) == ["velora"]


def test_corrupt_entries_and_files_are_rebuilt(
    fixtures: Corpus, calls: list[str], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    expected = factcheck.check(fixtures, cache=cache).to_csv()
    with sqlite3.connect(cache / FILENAME) as db:
        db.execute("UPDATE claims SET data = x'00ff00'")
    calls.clear()
    assert factcheck.check(fixtures, cache=cache).to_csv() == expected
    assert len(calls) == len(fixtures.documents)
    calls.clear()
    assert factcheck.check(fixtures, cache=cache).to_csv() == expected
    assert calls == []  # rebuilt entries are used
    (cache / FILENAME).write_bytes(b"not a database at all" * 100)
    calls.clear()
    assert factcheck.check(fixtures, cache=cache).to_csv() == expected
    assert len(calls) == len(fixtures.documents)


def test_cli_cache(tmp_path: Path) -> None:
    from factcheck.cli import main

    out1, out2 = tmp_path / "1.csv", tmp_path / "2.csv"
    args = ["check", str(FIXTURES / "corpus"), "--no-progress", "--cache", str(tmp_path / "c")]
    assert main([*args, "--csv", str(out1)]) == 1
    assert (tmp_path / "c" / FILENAME).exists()
    assert main([*args, "--csv", str(out2)]) == 1
    assert out1.read_bytes() == out2.read_bytes()


def test_key_depends_on_id_date_and_text_only_among_document_fields(tmp_path: Path) -> None:
    store = ClaimCache(tmp_path, "fingerprint")
    doc = Document("x.md", "Acme paid $5 billion.")
    same = Document("x.md", "Acme paid $5 billion.", title="A headline")
    assert store.key(doc, frozenset()) == store.key(same, frozenset())
    assert store.key(doc, frozenset()) != store.key(Document("y.md", doc.text), frozenset())
    assert store.key(doc, frozenset()) != store.key(doc, frozenset({"acme"}))
    assert store.key(doc, frozenset()) == store.key(doc, frozenset({"globex"}))
    store.close()


def test_an_unusable_cache_directory_only_costs_the_cache(
    fixtures: Corpus, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    report = factcheck.check(fixtures, cache=blocker)
    assert report.to_csv() == factcheck.check(fixtures).to_csv()
    assert any("cannot use the cache" in r.message for r in caplog.records)
