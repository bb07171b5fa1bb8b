"""Bad and hostile input: every document accounted for, nothing crashes, nothing leaks.

Encodings, HTML, size limits, binary junk, hostile front matter, links out of the corpus,
and the promise that checking a corpus never writes to it.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import tracemalloc
from pathlib import Path

import pandas as pd
import pytest

import factcheck
from factcheck import Document, load_corpus
from factcheck.cli import main
from factcheck.corpus import DEFAULT_MAX_BYTES, decode_bytes, parse_size
from factcheck.errors import BinaryFileError, EncodingError, TooLargeError
from factcheck.pipeline import Extractor
from factcheck.report import Report


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def statuses(report: Report) -> dict[str, str]:
    return {d.id: d.status for d in report.documents}


def offsets_index_text(report: Report, documents: dict[str, str]) -> None:
    """Every claim's offsets point at its own text in the decoded document."""
    for claim in report.claims:
        text = documents[claim.doc]
        assert text[claim.location.start : claim.location.end] == claim.text
        start = claim.location.sentence_start
        assert text[start : start + len(claim.location.sentence)] == claim.location.sentence


GOOD = "Acme said revenue was $5 billion in 2025.\n"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


# --- every document accounted for ----------------------------------------------------


def test_folder_accounts_for_every_article_file(tmp_path: Path, extractor: Extractor) -> None:
    write(tmp_path / "good.txt", GOOD)
    write(tmp_path / "sub" / "page.html", f"<p>{GOOD}</p>")
    write(tmp_path / "fake.txt", PDF)
    write(tmp_path / "bad.md", "---\ntitle: [unclosed\n---\nBody")
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "notes.bin", b"\x00\x01")  # not an article suffix: not a document
    report = factcheck.check(tmp_path, extractor=extractor)
    assert statuses(report) == {
        "bad.md": "failed",
        "empty.txt": "checked",
        "fake.txt": "failed",
        "good.txt": "checked",
        "sub/page.html": "checked",
    }
    assert [d.id for d in report.documents] == sorted(d.id for d in report.documents)
    for failed in report.failures:
        assert failed.error is not None
        assert failed.error.startswith(failed.id + ":")


def test_list_of_paths_jsonl_and_csv_are_accounted_for(
    tmp_path: Path, extractor: Extractor
) -> None:
    txt = write(tmp_path / "a.txt", GOOD)
    fake = write(tmp_path / "b.txt", PDF)
    jsonl = write(
        tmp_path / "rows.jsonl",
        "\n".join([json.dumps({"id": "j1", "text": GOOD}), "{broken", json.dumps([1])]) + "\n",
    )
    csv = write(tmp_path / "rows.csv", 'id,text\nc1,"Globex said 5 people quit."\nc2,\n')
    report = factcheck.check([txt, fake, jsonl, csv], extractor=extractor)
    assert statuses(report) == {
        "a.txt": "checked",
        "b.txt": "failed",
        "j1": "checked",
        "rows.jsonl:2": "failed",
        "rows.jsonl:3": "failed",
        "c1": "checked",
        "c2": "checked",  # an empty text is a document with no claims, not an error
    }


def test_csv_files_are_decoded_like_articles(tmp_path: Path) -> None:
    legacy = write(tmp_path / "excel.csv", "id,text\nx,Café revenue €5m\n".encode("cp1252"))
    doc = load_corpus(legacy).documents[0]
    assert (doc.id, doc.text) == ("x", "Café revenue €5m")
    junk = write(tmp_path / "junk.csv", PDF)
    assert "binary file (a PDF document)" in (load_corpus(junk).failures[0].error or "")
    empty = write(tmp_path / "empty.csv", b"")
    assert load_corpus(empty).failures[0].id == "empty.csv"


def test_csv_without_text_column_is_a_failed_entry(tmp_path: Path, extractor: Extractor) -> None:
    csv = write(tmp_path / "rows.csv", "id,body\nx,hello\n")
    report = factcheck.check([csv, write(tmp_path / "a.txt", GOOD)], extractor=extractor)
    assert statuses(report) == {"rows.csv": "failed", "a.txt": "checked"}
    assert "no 'text' column" in (report.failures[0].error or "")


def test_dataframe_and_documents_are_accounted_for(extractor: Extractor) -> None:
    frame = pd.DataFrame({"id": ["a", "b", "c"], "text": [GOOD, None, "x" * 50]})
    report = factcheck.check(load_corpus(frame, max_bytes=40), extractor=extractor)
    assert statuses(report) == {"a": "failed", "b": "failed", "c": "failed"}
    report = factcheck.check(frame, extractor=extractor)
    assert statuses(report) == {"a": "checked", "b": "failed", "c": "checked"}
    docs = [Document("d1", GOOD), Document("d1", GOOD), Document("d2", "y" * 100)]
    corpus = load_corpus(docs, max_bytes=60)
    assert [d.id for d in corpus] == ["d1"]
    assert sorted(f.id for f in corpus.failures) == ["d1", "d2"]


def stdin_with(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_is_decoded_like_a_file(
    monkeypatch: pytest.MonkeyPatch, extractor: Extractor
) -> None:
    stdin_with(monkeypatch, "Acme’s revenue was €5 billion.".encode("cp1252"))
    corpus = load_corpus("-")
    assert corpus.documents[0].text == "Acme’s revenue was €5 billion."
    assert ("encoding", "cp1252") in corpus.documents[0].meta
    stdin_with(monkeypatch, PDF)
    report = factcheck.check("-", extractor=extractor)
    assert statuses(report) == {"<stdin>": "failed"}
    stdin_with(monkeypatch, b"<!DOCTYPE html><title>T</title><p>Paid <b>$5</b> billion.</p>")
    doc = load_corpus("-").documents[0]
    assert (doc.title, doc.text) == ("T", "Paid $5 billion.")


def test_stdin_over_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin_with(monkeypatch, b"x" * 101)
    corpus = load_corpus("-", max_bytes=100)
    assert corpus.documents == ()
    assert "the limit is 100 bytes" in (corpus.failures[0].error or "")
    monkeypatch.setattr(sys, "stdin", io.StringIO("y" * 101))  # a text stream, no buffer
    assert load_corpus("-", max_bytes=100).failures[0].id == "<stdin>"


# --- encodings -----------------------------------------------------------------------

LEGACY = "Acme’s revenue rose 5% to €3 billion — “a record”, said the café’s owner.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (LEGACY.encode("utf-8"), None),
        (b"\xef\xbb\xbf" + LEGACY.encode("utf-8"), None),
        (LEGACY.encode("utf-16"), "utf-16"),
        (LEGACY.encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16"),
        (LEGACY.encode("utf-32"), "utf-32"),
        (LEGACY.encode("cp1252"), "cp1252"),
        ((LEGACY * 3).replace("\n", "\r\n").encode("utf-16"), "utf-16"),
        ("Le café coûte £5 à Zürich, déjà.\n".encode("latin-1"), "cp1252"),
    ],
)
def test_encodings_decode_and_offsets_index_the_decoded_text(
    tmp_path: Path, extractor: Extractor, data: bytes, encoding: str | None
) -> None:
    write(tmp_path / "doc.txt", data)
    corpus = load_corpus(tmp_path)
    assert corpus.failures == ()
    doc = corpus.documents[0]
    assert not doc.text.startswith("\ufeff")
    assert dict(doc.meta).get("encoding") == encoding
    report = factcheck.check(corpus, extractor=extractor)
    offsets_index_text(report, {doc.id: doc.text})
    if "€3 billion" in doc.text:
        assert any(c.text == "€3 billion" for c in report.claims)


@pytest.mark.parametrize(
    "data",
    [
        "Выручка выросла на 5% до 3 миллиардов рублей.".encode("cp1251"),
        "Τα έσοδα αυξήθηκαν κατά 5%.".encode("cp1253"),
        "Przychody spółki wzrosły o 5% do 3 mld zł.".encode("cp1250"),
        "売上高は5%増の30億円となった。".encode("shift_jis"),
        b"revenue \x81\x8d\x8f\x90\x9d undefined in Windows-1252",
        "The revenue rose 5% — “a record”.".encode()[:-3] + b"\xe2\x28\xa1 tail",
    ],
)
def test_undeterminable_encodings_are_reported_clearly(tmp_path: Path, data: bytes) -> None:
    write(tmp_path / "doc.txt", data)
    corpus = load_corpus(tmp_path)
    assert corpus.documents == ()
    error = corpus.failures[0].error or ""
    assert error.startswith("doc.txt: not valid UTF-8 (byte 0x")
    assert "save it as UTF-8" in error
    with pytest.raises(EncodingError):
        decode_bytes(data, "doc.txt")


def test_truncated_utf8_loses_only_the_cut_character(tmp_path: Path) -> None:
    write(tmp_path / "cut.txt", "Revenue was €5 billion. €".encode()[:-1])
    doc = load_corpus(tmp_path).documents[0]
    assert doc.text == "Revenue was €5 billion. "
    assert "truncated" in dict(doc.meta)["decoding"]


def test_front_matter_encoding_key_and_legacy_file(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\ntitle: Caf\xe9\n---\nPrice: \xa35.\n".encode("cp1252"))
    doc = load_corpus(tmp_path).documents[0]
    assert (doc.title, doc.text, dict(doc.meta)["encoding"]) == ("Café", "Price: £5.\n", "cp1252")


# --- HTML ----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head>
<title>Acme buys Globex | The Wire</title>
<meta property="og:title" content="Acme buys Globex">
<meta property="og:site_name" content="The Wire">
<link rel="canonical" href="https://example.org/acme-globex">
<meta property="article:published_time" content="2026-03-04T09:30:00Z">
<style>.price::after { content: "$88 billion"; }</style>
<script>window.deal = {value: "$99 billion", share: "77%"};</script>
</head><body>
<nav>Markets | Top 10 | 24/7</nav>
<article>
<h1>Acme buys Globex</h1>
<p>Acme will pay <b>$5</b> billion for Globex,
   the company said.</p>
<p>Globex has 1,200<br>employees.</p>
<noscript>Enable scripts to see $66 billion</noscript>
<template><p>$55 billion</p></template>
<!-- draft: $44 billion -->
<ul><li>Revenue: &euro;3&nbsp;billion</li><li>Profit: 12%</li></ul>
<script type="application/ld+json">{"price": "$33 billion"}</script>
</article>
<aside><article><p>Related: short teaser.</p></article></aside>
</body></html>
"""


def test_html_is_reduced_to_article_text(tmp_path: Path, extractor: Extractor) -> None:
    write(tmp_path / "deal.html", PAGE)
    corpus = load_corpus(tmp_path)
    doc = corpus.documents[0]
    assert doc.title == "Acme buys Globex"
    assert doc.url == "https://example.org/acme-globex"
    assert doc.source == "The Wire"
    assert str(doc.published) == "2026-03-04"
    assert doc.text.startswith("Acme buys Globex\n\nAcme will pay $5 billion for Globex, the")
    assert "1,200\nemployees" in doc.text
    for hidden in ("$99", "77%", "$88", "$66", "$55", "$44", "$33", "Top 10", "{", "<"):
        assert hidden not in doc.text
    report = factcheck.check(corpus, extractor=extractor)
    texts = {c.text for c in report.claims}
    assert "$5 billion" in texts
    assert not {"$99 billion", "77%", "$66 billion"} & texts
    offsets_index_text(report, {doc.id: doc.text})


def test_html_variants(tmp_path: Path) -> None:
    write(
        tmp_path / "legacy.htm",
        '<meta charset="windows-1252"><p>Caf\xe9 price: \x805.</p>'.encode("latin-1"),
    )
    write(
        tmp_path / "declared.html",
        '<meta charset="iso-8859-7"><p>Τιμή: 5 ευρώ.</p>'.encode("iso-8859-7"),
    )
    write(
        tmp_path / "time.html",
        "<title> Plain   title </title><body><time datetime='2025-12-01'>Dec 1</time>"
        "<p>One</p><p>Two</p><table><tr><td>2024</td><td>$1</td></tr></table></body>",
    )
    write(tmp_path / "deep.html", "<div>" * 20_000 + "Deep $5 billion." + "</div>" * 20_000)
    write(tmp_path / "broken.html", "<p>Unclosed <b>bold <i>$7 million<p>next &bogus; &#0;")
    write(tmp_path / "bad-date.html", "<meta name='date' content='yesterday-ish?'><p>x</p>")
    docs = {d.id: d for d in load_corpus(tmp_path)}
    assert load_corpus(tmp_path).failures == ()
    assert docs["legacy.htm"].text == "Café price: €5."
    assert dict(docs["legacy.htm"].meta)["encoding"] == "cp1252"
    assert docs["declared.html"].text == "Τιμή: 5 ευρώ."
    assert dict(docs["declared.html"].meta)["encoding"] == "iso8859_7"
    timed = docs["time.html"]
    assert (timed.title, str(timed.published)) == ("Plain title", "2025-12-01")
    assert timed.text == "Dec 1\n\nOne\n\nTwo\n\n2024 $1"
    assert docs["deep.html"].text == "Deep $5 billion."
    assert "$7 million" in docs["broken.html"].text
    assert docs["bad-date.html"].published is None  # a page's date is a hint, not an error


def test_html_given_as_a_path(tmp_path: Path) -> None:
    page = write(tmp_path / "one.html", PAGE)
    doc = load_corpus(page).documents[0]
    assert doc.id == "one.html"
    assert "$5 billion" in doc.text


# --- size ----------------------------------------------------------------------------


def test_huge_single_line_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.write(b"1," * (25 * 1024 * 1024))  # 50 MB, one line of figures
    write(tmp_path / "small.txt", GOOD)
    tracemalloc.start()
    try:
        corpus = load_corpus(tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000  # the 50 MB were never read
    assert [d.id for d in corpus] == ["small.txt"]
    error = corpus.failures[0].error or ""
    assert error.startswith("huge.txt: too large (52428800 bytes")
    assert f"the limit is {DEFAULT_MAX_BYTES} bytes, 20 MB" in error
    assert "max_bytes=" in error
    assert "--max-bytes" in error


def test_the_limit_can_be_raised_and_lowered(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "x" * 2_000)
    assert load_corpus(tmp_path, max_bytes=1_999).documents == ()
    assert len(load_corpus(tmp_path, max_bytes=2_000).documents) == 1
    with pytest.raises(ValueError, match="max_bytes"):
        load_corpus(tmp_path, max_bytes=0)
    assert isinstance(TooLargeError("a", 5, 3), ValueError)


def test_jsonl_lines_over_the_limit_are_skipped_and_the_rest_read(tmp_path: Path) -> None:
    rows = [
        json.dumps({"id": "small", "text": "ok"}),
        json.dumps({"id": "big", "text": "x" * 5_000}),
        json.dumps({"id": "after", "text": "still read"}),
    ]
    path = write(tmp_path / "c.jsonl", "\n".join(rows))
    corpus = load_corpus(path, max_bytes=1_000)
    assert [d.id for d in corpus] == ["small", "after"]
    assert corpus.failures[0].id == "c.jsonl:2"
    assert "too large (5026 bytes" in (corpus.failures[0].error or "")


def test_jsonl_keeps_unicode_line_separators_inside_strings(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", '{"id": "a", "text": "one\u2028two"}\r\n')
    assert load_corpus(path).documents[0].text == "one\u2028two"


def test_cli_max_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "a.txt", "Plain words, no figures. " * 100)
    assert main(["check", str(tmp_path), "--no-progress", "--max-bytes", "1KB"]) == 2
    out = capsys.readouterr().out
    assert "a.txt: too large" in out
    assert "--max-bytes" in out
    assert main(["check", str(tmp_path), "--no-progress", "--max-bytes", "1MB"]) == 0
    assert parse_size("20MB") == DEFAULT_MAX_BYTES
    assert parse_size("64KiB") == 65_536
    assert main(["check", str(tmp_path), "--max-bytes", "lots"]) == 2


# --- binary junk ---------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00word/document.xml"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (PDF, "PDF"),
        (PNG, "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00", "GIF"),
        (ZIP, "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00", "gzip"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WebP"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "Microsoft Office"),
        (b"text with a NUL\x00 in it", "NUL bytes"),
        ("UTF-16 without a mark".encode("utf-16-le"), "byte-order mark"),
        (bytes(range(1, 32)) * 10, "control characters"),
    ],
)
def test_binary_files_are_reported_not_parsed(tmp_path: Path, data: bytes, kind: str) -> None:
    write(tmp_path / "junk.txt", data)
    corpus = load_corpus(tmp_path)
    assert corpus.documents == ()
    error = corpus.failures[0].error or ""
    assert error.startswith("junk.txt: binary file (")
    assert kind in error
    with pytest.raises(BinaryFileError):
        decode_bytes(data, "junk.txt")


def test_words_that_look_like_magic_numbers_are_text(tmp_path: Path) -> None:
    write(tmp_path / "mz.txt", "MZ Capital raised $5 million.")
    write(tmp_path / "bz.txt", "BZh is not bzip2 here.")
    assert len(load_corpus(tmp_path).documents) == 2


# --- hostile text ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "title: !!python/object/apply:os.system ['touch pwned']",
        "title: !!python/object:builtins.dict {}",
        "title: !!python/name:os.system",
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
        "published: 2026-13-45",
        "published: [1, 2]",
        "published: {year: 2026}",
        "? [a, b]\n: unhashable key",
        "x: " + "[" * 5_000 + "]" * 5_000,
    ],
)
def test_hostile_front_matter_fails_that_document_only(
    tmp_path: Path, header: str, extractor: Extractor
) -> None:
    write(tmp_path / "evil.md", f"---\n{header}\n---\nRevenue was $5 billion.\n")
    write(tmp_path / "good.txt", GOOD)
    report = factcheck.check(tmp_path, extractor=extractor)
    assert statuses(report) == {"evil.md": "failed", "good.txt": "checked"}
    assert (report.failures[0].error or "").startswith("evil.md")
    assert not (tmp_path / "pwned").exists()
    assert not Path("pwned").exists()


def checksums(root: Path) -> dict[str, tuple[str, int]]:
    return {
        str(p.relative_to(root)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def test_checking_never_writes_to_the_corpus(tmp_path: Path, extractor: Extractor) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", GOOD)
    write(corpus / "b.md", "---\ntitle: B\n---\nAcme said revenue was $9 billion in 2025.\n")
    write(corpus / "c.html", PAGE)
    write(corpus / "d.txt", PDF)
    write(corpus / "rows.jsonl", json.dumps({"id": "r", "text": GOOD}) + "\n")
    before = checksums(corpus)
    os.chmod(corpus / "a.txt", 0o444)  # a read-only file is still read
    report = factcheck.check([corpus, corpus / "rows.jsonl"], extractor=extractor)
    out = tmp_path / "out"
    out.mkdir()
    report.to_csv(out / "f.csv")
    report.to_json(out / "f.json")
    main(["check", str(corpus), "--no-progress", "--csv", str(out / "cli.csv")])
    assert checksums(corpus) == before
    names = sorted(p.name for p in corpus.iterdir())
    assert names == ["a.txt", "b.md", "c.html", "d.txt", "rows.jsonl"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_links_out_of_the_corpus_are_reported_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write(outside / "secret.txt", "The secret budget is $7 billion.")
    corpus = tmp_path / "corpus"
    write(corpus / "real.txt", GOOD)
    (corpus / "leak.txt").symlink_to(outside / "secret.txt")
    (corpus / "alias.txt").symlink_to(corpus / "real.txt")
    (corpus / "dangling.txt").symlink_to(corpus / "absent.txt")
    (corpus / "elsewhere").symlink_to(outside, target_is_directory=True)
    (corpus / "inner").symlink_to(corpus, target_is_directory=True)  # a loop: not followed
    loaded = load_corpus(corpus)
    assert [d.id for d in loaded] == ["alias.txt", "real.txt"]
    errors = {f.id: f.error or "" for f in loaded.failures}
    assert set(errors) == {"leak.txt", "dangling.txt", "elsewhere/"}
    assert "outside the corpus folder; not followed" in errors["leak.txt"]
    assert "outside the corpus folder; not followed" in errors["elsewhere/"]
    assert "broken link" in errors["dangling.txt"]
    assert all("$7 billion" not in d.text for d in loaded)


def test_hidden_entries_and_pipes_are_not_read(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / ".git" / "notes.txt", GOOD)
    write(tmp_path / ".ipynb_checkpoints" / "a-checkpoint.txt", GOOD)
    write(tmp_path / "._a.txt", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    loaded = load_corpus(tmp_path)
    assert [d.id for d in loaded] == ["a.txt"]
    if hasattr(os, "mkfifo"):
        assert [f.id for f in loaded.failures] == ["pipe.txt"]
        assert "not a regular file" in (loaded.failures[0].error or "")


# --- outputs -------------------------------------------------------------------------


def test_csv_neutralises_formulas_from_article_text(tmp_path: Path, extractor: Extractor) -> None:
    write(
        tmp_path / "inject.txt",
        '=HYPERLINK("http://evil") 67% of voters agree.\n\n'
        "+cmd|' /C calc'!A0 45% of workers quit.\n\n"
        "@SUM(1) 30% of shops closed.\n\n-2+3 12% of staff left.\n",
    )
    report = factcheck.check(tmp_path, extractor=extractor)
    assert len(report.findings) == 4
    import csv

    rows = list(csv.reader(io.StringIO(report.to_csv())))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    sentences = {row[6] for row in rows[1:]}
    assert '\'=HYPERLINK("http://evil") 67% of voters agree.' in sentences
