"""Corpus loading: folders with front matter, JSONL, CSV, DataFrames; bad files are named."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from factcheck import Corpus, Document, InputError, load_corpus


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_folder_with_front_matter_and_nested_ids(tmp_path: Path) -> None:
    write(
        tmp_path / "a.md",
        "---\ntitle: One\nsource: Wire\nurl: https://example.org/a\npublished: 2026-03-04\n"
        "---\nBody text.\n",
    )
    write(tmp_path / "sub" / "b.txt", "Plain body.")
    write(tmp_path / "ignored.bin", "not an article")
    corpus = load_corpus(tmp_path)
    assert [d.id for d in corpus] == ["a.md", "sub/b.txt"]
    first = corpus.documents[0]
    assert first.title == "One"
    assert first.source == "Wire"
    assert first.url == "https://example.org/a"
    assert first.published == dt.date(2026, 3, 4)
    assert first.text == "Body text.\n"
    assert corpus.failures == ()


def test_undecodable_and_binary_files_fail_by_name_and_never_stop_others(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "Fine.")
    write(tmp_path / "latin.txt", "caf\xe9 costs \xa35".encode("latin-1"))
    write(tmp_path / "cyrillic.txt", "Выручка выросла на 5% до 3 миллиардов.".encode("cp1251"))
    write(tmp_path / "fake.txt", b"%PDF-1.7\x00\x00binary")
    corpus = load_corpus(tmp_path)
    assert [d.id for d in corpus] == ["good.txt", "latin.txt"]
    latin = corpus.documents[1]
    assert latin.text == "caf\xe9 costs \xa35"
    assert ("encoding", "cp1252") in latin.meta
    errors = {f.id: f.error for f in corpus.failures}
    assert set(errors) == {"cyrillic.txt", "fake.txt"}
    assert errors["cyrillic.txt"].startswith("cyrillic.txt: not valid UTF-8")
    assert "binary" in errors["fake.txt"]
    assert "PDF" in errors["fake.txt"]
    assert all(f.status == "failed" for f in corpus.failures)


def test_utf16_and_bom(tmp_path: Path) -> None:
    write(tmp_path / "u16.txt", "Revenue was $5 billion.".encode("utf-16"))
    write(tmp_path / "bom.txt", "\ufeffRevenue was $6 billion.".encode())
    texts = {d.id: d.text for d in load_corpus(tmp_path)}
    assert texts == {"u16.txt": "Revenue was $5 billion.", "bom.txt": "Revenue was $6 billion."}


def test_bad_front_matter_is_reported_with_file_name(tmp_path: Path) -> None:
    write(tmp_path / "bad.md", "---\ntitle: [unclosed\n---\nBody")
    write(tmp_path / "open.md", "---\ntitle: x\nBody with no closing fence")
    write(tmp_path / "date.md", "---\npublished: not a date at all\n---\nBody")
    failures = {f.id: f.error for f in load_corpus(tmp_path).failures}
    assert "front matter is not valid YAML" in failures["bad.md"]
    assert failures["bad.md"].startswith("bad.md")
    assert "never closed" in failures["open.md"]
    assert "published" in failures["date.md"]


def test_front_matter_is_parsed_safely(tmp_path: Path) -> None:
    evil = "---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\nBody"
    write(tmp_path / "evil.md", evil)
    corpus = load_corpus(tmp_path)
    assert corpus.documents == ()
    assert "not valid YAML" in (corpus.failures[0].error or "")


def test_jsonl_with_metadata_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x1", "text": "One.", "published": "2026-06-02T10:00:00"}),
        "{not json",
        json.dumps({"id": "x2"}),
        json.dumps({"text": "No id."}),
    ]
    path = write(tmp_path / "c.jsonl", "\n".join(lines) + "\n")
    corpus = load_corpus(path)
    assert [d.id for d in corpus] == ["x1", "c.jsonl:4"]
    assert corpus.documents[0].published == dt.date(2026, 6, 2)
    errors = sorted(f.error or "" for f in corpus.failures)
    assert errors[0].startswith("c.jsonl:2")
    assert "not valid JSON" in errors[0]
    assert "x2" in errors[1]
    assert "text" in errors[1]


def test_dataframe_and_list_of_paths(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {"id": ["a", "b"], "text": ["First.", "Second."], "published": ["2026-01-01", None]}
    )
    corpus = load_corpus(frame)
    assert [d.id for d in corpus] == ["a", "b"]
    assert corpus.documents[0].published == dt.date(2026, 1, 1)
    p1 = write(tmp_path / "one.txt", "One")
    p2 = write(tmp_path / "two.md", "Two")
    assert [d.id for d in load_corpus([p1, p2])] == ["one.txt", "two.md"]
    assert isinstance(load_corpus(corpus), Corpus)
    assert load_corpus([Document("z", "text")]).documents[0].id == "z"


def test_dataframe_without_text_column_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no 'text' column"):
        load_corpus(pd.DataFrame({"body": ["x"]}))


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_corpus(tmp_path / "absent")


def test_duplicate_ids_keep_the_first_and_report_the_rest(tmp_path: Path) -> None:
    path = write(tmp_path / "d.jsonl", '{"id": "same", "text": "A"}\n{"id": "same", "text": "B"}\n')
    corpus = load_corpus(path)
    assert [d.text for d in corpus] == ["A"]
    assert "duplicate" in (corpus.failures[0].error or "")


def test_a_folder_reads_the_tables_beside_its_articles(tmp_path: Path) -> None:
    """A scraper's .jsonl or .csv dropped into a corpus folder is read row by row, and a
    table that holds no documents (a ledger) is reported by its path, never skipped."""
    write(tmp_path / "a.md", "An article.")
    rows = [json.dumps({"id": "w1", "text": "From the wire."}), json.dumps({"text": "No id."})]
    write(tmp_path / "feeds" / "wire.jsonl", "\n".join(rows) + "\n")
    write(tmp_path / "feeds" / "sheet.csv", "id,text,published\ns1,From a sheet.,2026-03-02\n")
    write(tmp_path / "ledger.csv", "subject,attribute,value\nAcme,revenue,$5m\n")
    corpus = load_corpus(tmp_path)
    assert [d.id for d in corpus] == ["a.md", "s1", "w1", "feeds/wire.jsonl:2"]
    assert corpus.documents[1].published == dt.date(2026, 3, 2)
    [failure] = corpus.failures
    assert failure.id == "ledger.csv"
    assert (failure.error or "").startswith("ledger.csv: no 'text' column")
