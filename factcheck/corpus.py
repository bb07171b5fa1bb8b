"""Load articles from folders, files, JSONL, CSV or a DataFrame into ``Document``s.

A corpus is "everything the user handed us", so loading never stops at the first bad
file: each entry becomes either a ``Document`` or a failed ``DocumentStatus`` naming the
file and the problem, and the report accounts for both.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

import yaml

from factcheck.errors import DocumentError, InputError, UnreadableFileError
from factcheck.model import Document, DocumentStatus

if TYPE_CHECKING:
    import pandas as pd

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
TABLE_SUFFIXES = frozenset({".jsonl", ".csv"})
META_KEYS = ("title", "source", "url", "published")


@dataclass(frozen=True)
class Corpus:
    """Documents that loaded, and the entries that did not (with the reason)."""

    documents: tuple[Document, ...]
    failures: tuple[DocumentStatus, ...] = ()

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)


CorpusSource = Union[str, os.PathLike[str], Corpus, "pd.DataFrame", Sequence[Any]]


def load_corpus(source: CorpusSource, *, text_column: str = "text") -> Corpus:
    """Load a corpus from a path, a list of paths or Documents, a DataFrame, or a Corpus.

    Folders are read recursively for .txt/.md files (ids are paths relative to the
    folder, with forward slashes); .jsonl and .csv files hold one document per row.
    Raises ``InputError`` only when ``source`` itself is unusable (a path that does not
    exist); problems with individual documents are returned in ``Corpus.failures``.
    """
    if isinstance(source, Corpus):
        return source
    if _is_dataframe(source):
        return _collect(_from_frame(source, text_column, "<DataFrame>"))
    if isinstance(source, (str, os.PathLike)):
        return _collect(_from_path(Path(source)))
    if isinstance(source, Document):
        return Corpus((source,))
    items: list[Document | DocumentStatus] = []
    for entry in source:
        if isinstance(entry, Document):
            items.append(entry)
        else:
            items.extend(_from_path(Path(entry)))
    return _collect(items)


def _collect(items: Iterable[Document | DocumentStatus]) -> Corpus:
    docs: list[Document] = []
    failures: list[DocumentStatus] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, DocumentStatus):
            failures.append(item)
        elif item.id in seen:
            failures.append(
                DocumentStatus(item.id, "failed", f"{item.id}: duplicate document id; kept the first")
            )
        else:
            seen.add(item.id)
            docs.append(item)
    return Corpus(tuple(docs), tuple(failures))


def _is_dataframe(obj: object) -> bool:
    return type(obj).__name__ == "DataFrame" and hasattr(obj, "columns")


def _from_path(path: Path) -> Iterator[Document | DocumentStatus]:
    if str(path) == "-":
        import sys

        yield _guard("<stdin>", lambda: _text_document("<stdin>", sys.stdin.read()))
        return
    if path.is_dir():
        files = sorted(
            p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
        )
        for file in files:
            doc_id = file.relative_to(path).as_posix()
            yield _guard(doc_id, lambda f=file, i=doc_id: _text_document(i, read_text(f)))
        return
    if not path.exists():
        raise InputError(str(path), "no such file or folder")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _from_jsonl(path)
    elif suffix == ".csv":
        yield from _from_csv(path)
    else:
        yield _guard(path.name, lambda: _text_document(path.name, read_text(path)))


def _guard(doc_id: str, load: Any) -> Document | DocumentStatus:
    """Run one document's loader; turn its failure into a status naming the document."""
    try:
        doc: Document = load()
    except InputError as exc:
        return DocumentStatus(doc_id, "failed", str(exc))
    except OSError as exc:
        return DocumentStatus(doc_id, "failed", f"{doc_id}: cannot read: {exc.strerror or exc}")
    return doc


def read_text(path: Path) -> str:
    """Decode a file: UTF-8 (BOM optional) or UTF-16 with a BOM; anything else is an error.

    Binary files (NUL bytes outside UTF-16) are refused rather than parsed as text, so a
    PDF renamed .txt is reported instead of producing nonsense claims.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    return decode(data, str(path))


def decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(name, f"invalid UTF-16 at byte {exc.start}") from exc
    if b"\x00" in data[:8192]:
        raise DocumentError(name, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            name, f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from exc


def _text_document(doc_id: str, raw: str) -> Document:
    meta, text = split_front_matter(raw, doc_id)
    return _make_document(doc_id, text, meta)


def split_front_matter(raw: str, name: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter (between ``---`` lines at the very top) from the body.

    The body is returned verbatim and offsets index it. YAML is read with ``safe_load``
    so front matter can never construct Python objects.
    """
    if not raw.startswith("---"):
        return {}, raw
    first_nl = raw.find("\n")
    if first_nl < 0 or raw[:first_nl].strip() != "---":
        return {}, raw
    pos = first_nl + 1
    while True:
        nl = raw.find("\n", pos)
        line = raw[pos : nl if nl >= 0 else len(raw)]
        if line.strip() in ("---", "..."):
            header = raw[first_nl + 1 : pos]
            body = raw[nl + 1 :] if nl >= 0 else ""
            break
        if nl < 0:
            raise DocumentError(name, "front matter opened with '---' is never closed")
        pos = nl + 1
    try:
        meta = yaml.safe_load(header) if header.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        raise DocumentError(name, f"front matter is not valid YAML: {exc}", line) from exc
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise DocumentError(name, "front matter must be a mapping of keys to values")
    return meta, body


def _make_document(doc_id: str, text: str, meta: dict[str, Any]) -> Document:
    def opt(key: str) -> str | None:
        value = meta.get(key)
        return None if value is None or value == "" else str(value)

    extra = tuple(
        sorted((str(k), str(v)) for k, v in meta.items() if k not in META_KEYS and k != "id")
    )
    return Document(
        id=doc_id,
        text=text,
        title=opt("title"),
        source=opt("source"),
        url=opt("url"),
        published=parse_published(meta.get("published"), doc_id),
        meta=extra,
    )


def parse_published(value: object, name: str) -> dt.date | None:
    """Publication dates anchor relative dates; accept dates, datetimes and ISO strings."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(text, languages=["en"])
    if parsed is None:
        raise DocumentError(name, f"published: {text!r} is not a date")
    return parsed.date()


def _from_jsonl(path: Path) -> Iterator[Document | DocumentStatus]:
    try:
        content = read_text(path)
    except InputError as exc:
        yield DocumentStatus(path.name, "failed", str(exc))
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        fallback = f"{path.name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentStatus(fallback, "failed", f"{fallback}: not valid JSON: {exc.msg}")
            continue
        yield _guard(fallback, lambda r=record, f=fallback: _record_document(r, f))


def _record_document(record: object, fallback: str) -> Document:
    if not isinstance(record, dict):
        raise DocumentError(fallback, "a JSONL line must be an object with a 'text' field")
    text = record.get("text")
    doc_id = record.get("id")
    doc_id = fallback if doc_id is None or doc_id == "" else str(doc_id)
    if not isinstance(text, str):
        raise DocumentError(f"{fallback} (id {doc_id})", "missing 'text' (a string)")
    meta = {k: v for k, v in record.items() if k != "text"}
    return _make_document(doc_id, text, meta)


def _from_csv(path: Path) -> Iterator[Document | DocumentStatus]:
    import pandas as pd

    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, ValueError, pd.errors.ParserError) as exc:
        yield DocumentStatus(path.name, "failed", f"{path.name}: cannot read CSV: {exc}")
        return
    yield from _from_frame(frame, "text", path.name)


def _from_frame(frame: Any, text_column: str, name: str) -> Iterator[Document | DocumentStatus]:
    if text_column not in frame.columns:
        raise InputError(name, f"no {text_column!r} column (columns: {list(frame.columns)})")
    for position, (index, record) in enumerate(zip(frame.index, frame.to_dict("records"))):
        # rows of a CSV file are named by file and row; rows of a DataFrame by their index
        fallback = f"{name}:{position + 2}" if name != "<DataFrame>" else str(index)
        record = {str(k): v for k, v in record.items()}
        text = record.pop(text_column)
        record["text"] = text
        record = {k: v for k, v in record.items() if not _is_missing(v)}
        yield _guard(fallback, lambda r=record, f=fallback: _record_document(r, f))


def _is_missing(value: object) -> bool:
    try:
        return bool(value != value)  # NaN
    except (TypeError, ValueError):
        return False
