"""Load articles from folders, files, JSONL, CSV, HTML or a DataFrame into ``Document``s.

A corpus is "everything the user handed us", so loading never stops at the first bad
file: each entry becomes either a ``Document`` or a failed ``DocumentStatus`` naming the
file and the problem, and the report accounts for both.

Input is treated as hostile. Files are only ever opened for reading. A file larger than
``max_bytes`` is refused before it is read, so memory stays bounded. Binary files (PDFs,
images, archives renamed ``.txt``) are recognised by their magic numbers and by the share
of control characters, and reported instead of being parsed as text. Front matter is read
with PyYAML's safe loader, without aliases (which could expand exponentially). In a
folder, symbolic links that lead outside it are reported, not followed, and hidden files
and folders (``.git``, ``.ipynb_checkpoints``, macOS ``._`` files) are skipped.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

import yaml
from yaml.composer import ComposerError

from factcheck.errors import (
    BinaryFileError,
    DocumentError,
    EncodingError,
    InputError,
    TooLargeError,
    UnreadableFileError,
)
from factcheck.model import Document, DocumentStatus

if TYPE_CHECKING:
    import pandas as pd

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES  # one article per file
TABLE_SUFFIXES = frozenset({".jsonl", ".csv"})
FOLDER_SUFFIXES = DOCUMENT_SUFFIXES | TABLE_SUFFIXES  # what a folder is read for
META_KEYS = ("title", "source", "url", "published")

DEFAULT_MAX_BYTES = 20_000_000
"""Largest document read, in bytes (of the file, or of the UTF-8 text of a row).

A news article is tens of kilobytes and a saved web page a few megabytes; 20 MB leaves
room for both while refusing a log dump or a database export before it fills memory.
"""

_SNIFF = 65_536  # how much of a file the binary tests look at


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


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with the encoding when it was not plain UTF-8."""

    text: str
    encoding: str | None = None  # None for UTF-8 (with or without a byte-order mark)
    note: str | None = None  # anything the reader should know (a truncated last character)


def load_corpus(
    source: CorpusSource, *, text_column: str = "text", max_bytes: int = DEFAULT_MAX_BYTES
) -> Corpus:
    """Load a corpus from a path, a list of paths or Documents, a DataFrame, or a Corpus.

    Folders are read recursively for .txt/.md/.html files (ids are paths relative to the
    folder, with forward slashes) and .jsonl/.csv tables; a table holds one document per
    row (its ``id`` column, else the file and line); ``-`` is standard input. A document
    larger than ``max_bytes`` is refused with a message saying how to raise the limit.
    Raises ``InputError`` only when ``source`` itself is unusable (a path that does not
    exist); problems with individual documents are returned in ``Corpus.failures``.
    """
    if max_bytes < 1:
        raise InputError("max_bytes", f"must be a positive number of bytes, not {max_bytes}")
    if isinstance(source, Corpus):
        return source
    if _is_dataframe(source):
        return _collect(_from_frame(source, text_column, "<DataFrame>", max_bytes))
    if isinstance(source, (str, os.PathLike)):
        return _collect(_from_path(Path(source), max_bytes))
    if isinstance(source, Document):
        return _collect([_guard(source.id, lambda: _checked_size(source, max_bytes))])
    items: list[Document | DocumentStatus] = []
    for position, entry in enumerate(source):
        if isinstance(entry, Document):
            items.append(_guard(entry.id, lambda e=entry: _checked_size(e, max_bytes)))
        elif isinstance(entry, (str, os.PathLike)):
            items.extend(_from_path(Path(entry), max_bytes))
        else:
            raise InputError(
                f"corpus entry {position}", f"not a path or a Document: {type(entry).__name__}"
            )
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
                DocumentStatus(
                    item.id, "failed", f"{item.id}: duplicate document id; kept the first"
                )
            )
        else:
            seen.add(item.id)
            docs.append(item)
    return Corpus(tuple(docs), tuple(failures))


def _is_dataframe(obj: object) -> bool:
    return type(obj).__name__ == "DataFrame" and hasattr(obj, "columns")


def _checked_size(document: Document, max_bytes: int) -> Document:
    _check_text_size(document.text, document.id, max_bytes)
    return document


def _check_text_size(text: str, name: str, max_bytes: int) -> None:
    """Refuse text whose UTF-8 form is over the limit, without encoding short texts."""
    if len(text) * 4 <= max_bytes:
        return
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise TooLargeError(name, size, max_bytes)


# --- paths and folders ---------------------------------------------------------------


def _from_path(path: Path, max_bytes: int) -> Iterator[Document | DocumentStatus]:
    if str(path) == "-":
        yield _guard("<stdin>", lambda: _stdin_document(max_bytes))
        return
    if path.is_dir():
        yield from _from_folder(path, max_bytes)
        return
    if not path.exists():
        raise InputError(str(path), "no such file or folder")
    yield from read_file(path, path.name, max_bytes)


def read_file(
    path: Path, name: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | DocumentStatus]:
    """The documents of one file: an article (its id ``name``), or the rows of a .jsonl or
    .csv table (each row's own ``id``, else ``name:line``). Nothing is raised: a file or
    row that cannot be read is a failed ``DocumentStatus`` naming it."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _from_jsonl(path, name, max_bytes)
    elif suffix == ".csv":
        yield from _from_csv(path, name, max_bytes)
    else:
        yield _guard(name, lambda: _file_document(path, name, max_bytes))


def _from_folder(root: Path, max_bytes: int) -> Iterator[Document | DocumentStatus]:
    """Every article file under ``root``, sorted by id, whatever the order on disk, and
    the rows of every .jsonl or .csv table there (a scraper's output dropped beside the
    articles is part of the corpus; a table that holds no documents, such as a ledger
    without a ``text`` column, is reported as failed rather than skipped in silence).

    Links are not followed out of the folder: a corpus is what is inside it, and a link
    to ``/etc`` or to a home directory should be noticed, not read. Links that stay inside
    are read (a linked file under its own id; a linked folder's files are already read
    where they really are). Hidden entries are skipped: they are tool state (``.git``,
    checkpoints, editor backups), and their copies of articles would count twice.
    """
    real_root = Path(os.path.realpath(root))
    entries: list[tuple[str, Path | None, str | None]] = []  # (id, file, problem)

    def unreadable(exc: OSError) -> None:  # a subfolder that cannot be listed is reported
        where = Path(exc.filename).relative_to(root).as_posix() if exc.filename else "."
        entries.append((where + "/", None, f"cannot read folder: {exc.strerror or exc}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        here = Path(dirpath)
        for name in list(dirnames):
            if name.startswith("."):
                dirnames.remove(name)
                continue
            sub = here / name
            if sub.is_symlink() and not _inside(sub, real_root):
                doc_id = sub.relative_to(root).as_posix() + "/"
                entries.append(
                    (doc_id, None, "a link to a folder outside the corpus folder; not followed")
                )
        for name in filenames:
            file = here / name
            if name.startswith(".") or file.suffix.lower() not in FOLDER_SUFFIXES:
                continue
            doc_id = file.relative_to(root).as_posix()
            entries.append((doc_id, file, _folder_entry_problem(file, real_root)))
    entries.sort(key=lambda e: e[0])
    for doc_id, found, problem in entries:
        if problem is not None or found is None:
            yield DocumentStatus(doc_id, "failed", f"{doc_id}: {problem}")
        else:
            yield from read_file(found, doc_id, max_bytes)


def _inside(path: Path, real_root: Path) -> bool:
    real = Path(os.path.realpath(path))
    return real == real_root or real_root in real.parents


def _folder_entry_problem(file: Path, real_root: Path) -> str | None:
    """Why a file found in a folder is not read, or None when it can be."""
    if file.is_symlink():
        if not file.exists():
            return "a broken link; nothing to read"
        if not _inside(file, real_root):
            return "a link to a file outside the corpus folder; not followed"
    try:
        mode = file.stat().st_mode
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    if not stat.S_ISREG(mode):
        # reading a named pipe or a device could block forever or never end
        return "not a regular file (a pipe, socket or device); not read"
    return None


def _guard(doc_id: str, load: Any) -> Document | DocumentStatus:
    """Run one document's loader; turn its failure into a status naming the document.

    Anything a loader raises is caught, not only the errors it means to raise: a corpus is
    hostile input, and one document must never stop the others.
    """
    try:
        doc: Document = load()
    except InputError as exc:
        return DocumentStatus(doc_id, "failed", str(exc))
    except OSError as exc:
        return DocumentStatus(doc_id, "failed", f"{doc_id}: cannot read: {exc.strerror or exc}")
    except Exception as exc:
        problem = f"cannot load: {type(exc).__name__}: {exc}"
        return DocumentStatus(doc_id, "failed", f"{doc_id}: {problem}")
    return doc


def _file_document(path: Path, doc_id: str, max_bytes: int) -> Document:
    data = read_bytes(path, doc_id, max_bytes)
    html = path.suffix.lower() in HTML_SUFFIXES
    return _bytes_document(doc_id, data, html=html)


def _stdin_document(max_bytes: int) -> Document:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        data = _read_at_most(stream, max_bytes + 1)
        if len(data) > max_bytes:
            raise TooLargeError("<stdin>", None, max_bytes)
        decoded = decode_bytes(data, "<stdin>")
    else:  # a text stream put in place of stdin (tests, notebooks)
        parts: list[str] = []
        read = 0
        while read <= max_bytes and (part := sys.stdin.read(1 << 20)):
            parts.append(part)
            read += len(part)
        text = "".join(parts)
        _check_text_size(text, "<stdin>", max_bytes)
        decoded = Decoded(text)
    return _decoded_document("<stdin>", decoded, html=_looks_like_html(decoded.text))


def _looks_like_html(text: str) -> bool:
    from factcheck.html_input import looks_like_html

    return looks_like_html(text)


def _bytes_document(doc_id: str, data: bytes, *, html: bool) -> Document:
    return _decoded_document(doc_id, decode_bytes(data, doc_id, html=html), html=html)


def _decoded_document(doc_id: str, decoded: Decoded, *, html: bool) -> Document:
    first_line: int | None = None  # an HTML page's text is not the file's lines
    if html:
        meta, text = _html_meta(decoded.text)
    else:
        meta, text = split_front_matter(decoded.text, doc_id)
        first_line = decoded.text.count("\n", 0, len(decoded.text) - len(text)) + 1
    if decoded.encoding is not None:
        meta["encoding"] = decoded.encoding
    if decoded.note is not None:
        meta["decoding"] = decoded.note
    return _make_document(doc_id, text, meta, strict_published=not html, first_line=first_line)


def _html_meta(markup: str) -> tuple[dict[str, Any], str]:
    from factcheck.html_input import parse_html

    page = parse_html(markup)
    meta: dict[str, Any] = {"title": page.title, "url": page.url, "source": page.site}
    if page.published is not None:
        meta["published"] = page.published
    return {k: v for k, v in meta.items() if v is not None}, page.text


def read_bytes(path: Path, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, refused before reading when they are more than ``max_bytes``.

    The file is opened read-only; the size is checked on the open file (so it cannot
    change in between), and reading stops one byte past the limit for files whose size
    the system does not know (pipes).
    """
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                raise TooLargeError(name, info.st_size, max_bytes)
            data = _read_at_most(handle, max_bytes + 1)
    except OSError as exc:
        raise UnreadableFileError(name, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise TooLargeError(name, None, max_bytes)
    return data


def _read_at_most(stream: Any, limit: int) -> bytes:
    """Up to ``limit`` bytes, in chunks: ``read(limit)`` would allocate ``limit`` bytes
    up front however short the file."""
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0:
        chunk = stream.read(min(remaining, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read and decode a file (see ``decode_bytes``); errors name the path."""
    return decode_bytes(read_bytes(path, str(path), max_bytes), str(path)).text


# --- bytes to text -------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# (prefix, what it is): formats people rename to .txt or scrape by mistake
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx, .xlsx, .odt or .epub)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\x00asm", "a WebAssembly module"),
    (b"OggS", "an Ogg audio file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x1aE\xdf\xa3", "a Matroska or WebM video"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}

# C0 and C1 control characters other than whitespace: real text has (almost) none
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CONTROL_SHARE = 0.01

# in text decoded as Windows-1252, a non-ASCII character that is not a letter but sits
# between two letters ("spó³ki") means the bytes were another code page
_IN_WORD = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])")
_IN_WORD_OK = frozenset("’‘·ʼ")

# what a page may declare that is really Windows-1252 (as browsers read it)
# (HTML's rule: a page declaring Latin-1 or ASCII is decoded as Windows-1252)
_WINDOWS_1252_ALIASES = frozenset({"cp1252", "iso8859_1", "ascii"})


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is, or None when it may be text.

    Magic numbers name the common formats; otherwise NUL bytes (outside UTF-16 and
    UTF-32, which are recognised by their byte-order mark) mean binary.
    """
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    for prefix, kind in _MAGIC:
        if data.startswith(prefix):
            if prefix == b"MZ" and b"\x00" not in data[:_SNIFF]:
                continue  # "MZ" can begin a word; executables are full of NULs
            if prefix == b"BZh" and data[4:10] != b"1AY&SY":
                continue  # "BZh" can begin a word; bzip2 follows it with a block magic
            return kind
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    head = data[:_SNIFF]
    if b"\x00" in head:
        if head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4:
            return "NUL bytes; UTF-16 text needs a byte-order mark"
        return "NUL bytes"
    return None


def decode(data: bytes, name: str) -> str:
    """The text of ``data`` (see ``decode_bytes``)."""
    return decode_bytes(data, name).text


def decode_bytes(data: bytes, name: str, *, html: bool = False) -> Decoded:
    """Decode a file's bytes, or raise a ``DocumentError`` saying why it is not text.

    In order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; binary formats are
    refused; valid UTF-8 is UTF-8 (a character cut off by a truncated file is dropped and
    noted); an HTML page's declared charset is used when the bytes decode with it; else
    the bytes are read as Windows-1252 (a superset of Latin-1, the usual legacy encoding
    of English text) only when that is confidently right: every byte is defined,
    charset-normalizer finds no mess in the result, and no symbol sits inside a word as
    happens when another code page is read as Windows-1252. Anything else is reported
    (with the first bad byte) rather than guessed, because a wrong guess changes the
    figures an editor reads. Decoded text with many control characters is binary.
    """
    decoded: Decoded | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                decoded = Decoded(data.decode(codec), codec)
            except UnicodeDecodeError as exc:
                raise EncodingError(name, f"invalid {codec.upper()} at byte {exc.start}") from exc
            break
    if decoded is None:
        kind = binary_kind(data)
        if kind is not None:
            raise BinaryFileError(name, f"binary file ({kind}), not text")
        decoded = _decode_unmarked(data, name, html)
    sample = decoded.text[:_SNIFF]
    controls = len(_CONTROL.findall(sample))
    if controls > _CONTROL_SHARE * len(sample):
        raise BinaryFileError(
            name, f"binary file ({controls} control characters in {len(sample)}), not text"
        )
    return decoded


def _decode_unmarked(data: bytes, name: str, html: bool) -> Decoded:
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        first_error = exc
    if first_error.reason == "unexpected end of data" and len(data) - first_error.start < 4:
        return Decoded(
            data[: first_error.start].decode("utf-8-sig"),
            note="an incomplete UTF-8 character at the end (a truncated file?) was dropped",
        )
    if html:
        declared = _declared_charset(data)
        if declared is not None and declared not in _WINDOWS_1252_ALIASES:
            try:
                return Decoded(data.decode(declared), declared)
            except (UnicodeDecodeError, LookupError):
                pass
    legacy = _windows_1252(data)
    if legacy is not None:
        return Decoded(legacy, "cp1252")
    byte = data[first_error.start]
    raise EncodingError(
        name,
        f"not valid UTF-8 (byte 0x{byte:02x} at offset {first_error.start}) and not "
        "confidently Windows-1252/Latin-1 either; save it as UTF-8",
    )


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes, as a Python codec name."""
    from bs4.dammit import EncodingDetector

    declared = EncodingDetector.find_declared_encoding(data[:_SNIFF], is_html=True)
    if not declared:
        return None
    try:
        return codecs.lookup(declared).name.replace("-", "_")
    except LookupError:
        return None


def _windows_1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None  # bytes Windows-1252 leaves undefined: Latin-1 would make them controls
    from charset_normalizer import from_bytes

    if from_bytes(data, cp_isolation=["cp1252"], threshold=0.1).best() is None:
        return None
    if any(not ch.isalpha() and ch not in _IN_WORD_OK for ch in _IN_WORD.findall(text)):
        return None
    sample = text[: _SNIFF * 4]
    letters = sum(1 for ch in sample if ch.isalpha())
    foreign = sum(1 for ch in sample if ch.isalpha() and ch > "\x7f")
    if letters and foreign > 0.3 * letters:
        return None  # mostly non-ASCII letters: more likely a Cyrillic or Greek code page
    return text


# --- front matter and metadata -------------------------------------------------------


class _FrontMatterLoader(yaml.SafeLoader):
    """PyYAML's safe loader without aliases.

    ``safe_load`` never builds Python objects, but aliases (``*name``) share nodes, and a
    few lines of them stringify to gigabytes ("billion laughs"). Front matter never needs
    them.
    """

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise ComposerError(
                None, None, "aliases (*name) are not allowed in front matter", event.start_mark
            )
        return super().compose_node(parent, index)


# Front matter is nearly always flat "key: value" lines; PyYAML takes ~0.2 ms to read one.
# Lines of this shape are read here, each value resolved by PyYAML's own resolver table
# (so "yes", "1.5", "~" and dates mean what they mean to YAML); anything else (nesting,
# lists, escapes, comments, numbers, odd characters) goes to PyYAML.
_SIMPLE_LINE = re.compile(
    r"(?P<key>[A-Za-z_][A-Za-z0-9_-]*):(?:[ ]+(?:"
    r"\"(?P<dq>[^\"\\]*)\"|'(?P<sq>[^']*)'|(?P<plain>[A-Za-z0-9(.$/+][^\t#]*?)))?[ ]*"
)
# YAML's printable characters, less the ones it also reads as line breaks or a byte-order mark
_YAML_PRINTABLE = re.compile(
    r"[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*"
)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_STR_TAG = "tag:yaml.org,2002:str"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


def _plain_tag(value: str) -> str:
    """The tag PyYAML's safe loader gives an unquoted scalar (see ``Resolver.resolve``)."""
    resolvers = _FrontMatterLoader.yaml_implicit_resolvers
    for tag, pattern in resolvers.get(value[:1], []) + resolvers.get(None, []):
        if pattern.match(value):
            return str(tag)
    return _STR_TAG


def _simple_front_matter(header: str) -> dict[str, Any] | None:
    """``header`` read as PyYAML would, if it is only flat ``key: value`` lines; else None."""
    meta: dict[str, Any] = {}
    for line in header.split("\n"):
        if not line.strip():
            continue
        m = _SIMPLE_LINE.fullmatch(line)
        if m is None or not _YAML_PRINTABLE.fullmatch(line) or _plain_tag(m["key"]) != _STR_TAG:
            return None
        value: Any
        if m["dq"] is not None:
            value = m["dq"]
        elif m["sq"] is not None:
            value = m["sq"]
        elif m["plain"] is None:
            value = None  # "key:" is null
        else:
            plain = m["plain"]
            if ": " in plain or plain.endswith(":"):
                return None
            tag = _plain_tag(plain)
            if tag == _STR_TAG:
                value = plain
            elif tag == _TIMESTAMP_TAG and _ISO_DAY.fullmatch(plain):
                try:
                    value = dt.date.fromisoformat(plain)
                except ValueError:
                    return None  # PyYAML words the error
            else:
                return None
        meta[m["key"]] = value
    return meta


def split_front_matter(raw: str, name: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter (between ``---`` lines at the very top) from the body.

    The body is returned verbatim and offsets index it. YAML is read with a safe loader
    so front matter can never construct Python objects; whatever the YAML library raises
    on malformed input becomes a ``DocumentError`` naming the file.
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
    simple = _simple_front_matter(header)
    if simple is not None:
        return simple, body
    try:
        meta = yaml.load(header, Loader=_FrontMatterLoader) if header.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = mark.line + 2 if mark is not None else None
        raise DocumentError(name, f"front matter is not valid YAML: {exc}", at) from exc
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # e.g. "published: 2026-13-45" matches YAML's date pattern but is no date
        raise DocumentError(name, f"front matter is not valid YAML: {exc}") from exc
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise DocumentError(name, "front matter must be a mapping of keys to values")
    return meta, body


def _make_document(
    doc_id: str,
    text: str,
    meta: dict[str, Any],
    *,
    strict_published: bool = True,
    first_line: int | None = None,
) -> Document:
    def opt(key: str) -> str | None:
        value = meta.get(key)
        return None if value is None or value == "" else str(value)

    extra = tuple(
        sorted((str(k), str(v)) for k, v in meta.items() if k not in META_KEYS and k != "id")
    )
    try:
        published = parse_published(meta.get("published"), doc_id)
    except DocumentError:
        if strict_published:
            raise
        published = None  # a page's own markup is a hint, not something the user wrote
    return Document(
        id=doc_id,
        text=text,
        title=opt("title"),
        source=opt("source"),
        url=opt("url"),
        published=published,
        meta=extra,
        first_line=first_line,
    )


def parse_published(value: object, name: str) -> dt.date | None:
    """Publication dates anchor relative dates; accept dates, datetimes and ISO strings."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise DocumentError(name, f"published: {str(value)[:80]!r} is not a date")
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    import dateparser

    try:
        parsed = dateparser.parse(text[:200], languages=["en"])
    except (ValueError, TypeError, OverflowError, RecursionError):
        parsed = None  # dateparser raises on some inputs instead of returning None
    if parsed is None:
        raise DocumentError(name, f"published: {text[:80]!r} is not a date")
    return parsed.date()


# --- tables: JSONL, CSV, DataFrames ------------------------------------------------------


def _from_jsonl(path: Path, name: str, max_bytes: int) -> Iterator[Document | DocumentStatus]:
    """One document per line, read line by line so a large file is never held whole.

    A line longer than ``max_bytes`` is skipped (and reported) without being read into
    memory. Files with a UTF-16/32 byte-order mark are decoded whole.
    """
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed by the ``with`` below)
    except OSError as exc:
        problem = f"cannot read: {exc.strerror or exc}"
        yield DocumentStatus(name, "failed", f"{name}: {problem}")
        return
    with handle:
        head = handle.read(4)
        handle.seek(0)
        if any(head.startswith(bom) for bom, _ in _BOMS):
            try:
                content = decode_bytes(read_bytes(path, name, max_bytes), name).text
            except InputError as exc:
                yield DocumentStatus(name, "failed", str(exc))
                return
            for number, line in enumerate(content.split("\n"), start=1):
                yield from _jsonl_line(line, f"{name}:{number}", max_bytes)
            return
        number = 0
        while True:
            raw = handle.readline(max_bytes + 1)
            if not raw:
                break
            number += 1
            fallback = f"{name}:{number}"
            if len(raw) > max_bytes:
                size = len(raw)
                while raw and not raw.endswith(b"\n"):
                    raw = handle.readline(1 << 20)
                    size += len(raw)
                too_large = TooLargeError(fallback, size, max_bytes)
                yield DocumentStatus(fallback, "failed", str(too_large))
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield DocumentStatus(
                    fallback, "failed",
                    f"{fallback}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset "
                    f"{exc.start} of the line); JSON Lines files are UTF-8",
                )
                continue
            yield from _jsonl_line(line, fallback, max_bytes)


def _jsonl_line(line: str, fallback: str, max_bytes: int) -> Iterator[Document | DocumentStatus]:
    if not line.strip():
        return
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        problem = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        yield DocumentStatus(fallback, "failed", f"{fallback}: not valid JSON: {problem}")
        return
    yield _guard(
        _record_id(record, fallback), lambda: _record_document(record, fallback, max_bytes)
    )


def _record_id(record: object, fallback: str) -> str:
    """A row's own id when it has one (so a failed row is reported under it)."""
    doc_id = record.get("id") if isinstance(record, dict) else None
    return fallback if doc_id is None or doc_id == "" else str(doc_id)


def _record_document(record: object, fallback: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    if not isinstance(record, dict):
        raise DocumentError(fallback, "a JSONL line must be an object with a 'text' field")
    text = record.get("text")
    doc_id = _record_id(record, fallback)
    if not isinstance(text, str):
        raise DocumentError(f"{fallback} (id {doc_id})", "missing 'text' (a string)")
    _check_text_size(text, f"{fallback} (id {doc_id})", max_bytes)
    meta = {k: v for k, v in record.items() if k != "text"}
    return _make_document(doc_id, text, meta)


def _from_csv(path: Path, name: str, max_bytes: int) -> Iterator[Document | DocumentStatus]:
    """Rows of a CSV file. The file is read whole (pandas); the limit applies per row.

    It is decoded like an article (spreadsheets often save Windows-1252), so a binary
    file renamed .csv, or an undecodable one, is reported as such.
    """
    import io

    import pandas as pd

    try:
        with open(path, "rb") as handle:
            text = decode_bytes(handle.read(), name).text
    except OSError as exc:
        problem = f"cannot read: {exc.strerror or exc}"
        yield DocumentStatus(name, "failed", f"{name}: {problem}")
        return
    except InputError as exc:
        yield DocumentStatus(name, "failed", str(exc))
        return
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (ValueError, pd.errors.ParserError) as exc:
        yield DocumentStatus(name, "failed", f"{name}: cannot read CSV: {exc}")
        return
    try:
        yield from _from_frame(frame, "text", name, max_bytes)
    except InputError as exc:  # no text column: the file is the document that failed
        yield DocumentStatus(name, "failed", str(exc))


def _from_frame(
    frame: Any, text_column: str, name: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | DocumentStatus]:
    if text_column not in frame.columns:
        raise InputError(name, f"no {text_column!r} column (columns: {list(frame.columns)})")
    for position, (index, record) in enumerate(
        zip(frame.index, frame.to_dict("records"), strict=True)
    ):
        # rows of a CSV file are named by file and row; rows of a DataFrame by their index
        fallback = f"{name}:{position + 2}" if name != "<DataFrame>" else str(index)
        record = {str(k): v for k, v in record.items()}
        text = record.pop(text_column)
        record["text"] = text
        record = {k: v for k, v in record.items() if not _is_missing(v)}
        yield _guard(
            _record_id(record, fallback),
            lambda r=record, f=fallback: _record_document(r, f, max_bytes),
        )


def _is_missing(value: object) -> bool:
    try:
        return bool(value != value)  # NaN
    except (TypeError, ValueError):
        return False


_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?", re.IGNORECASE)
_SIZE_UNITS = {
    "": 1, "b": 1, "k": 10**3, "m": 10**6, "g": 10**9, "ki": 2**10, "mi": 2**20, "gi": 2**30
}


def parse_size(text: str) -> int:
    """A byte count as people write it: ``20000000``, ``20MB``, ``50M``, ``1.5GB``, ``64KiB``.

    Used for ``--max-bytes``; raises ``ValueError`` (which argparse reports) otherwise.
    """
    match = _SIZE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a size in bytes: {text!r}")
    unit = (match.group(2) or "").lower().removesuffix("b")
    size = int(float(match.group(1)) * _SIZE_UNITS[unit])
    if size < 1:
        raise ValueError(f"not a positive size: {text!r}")
    return size
