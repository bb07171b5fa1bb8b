"""Fuzzing the whole path from files on disk to a report: arbitrary text, arbitrary front
matter (valid YAML or not) and arbitrary bytes never raise, and every file written is
accounted for in ``Report.documents``, checked or failed with a reason naming it."""

from __future__ import annotations

import json
import string
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.pipeline import Extractor

_EXTRACTOR: list[Extractor] = []

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def extractor() -> Extractor:
    if not _EXTRACTOR:
        _EXTRACTOR.append(Extractor())
    return _EXTRACTOR[0]


def check_files(files: dict[str, bytes]) -> None:
    """Write ``files`` to a fresh folder, check it, and account for each of them."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, data in files.items():
            (root / name).write_bytes(data)
        report = factcheck.check(root, extractor=extractor())
        assert sorted(d.id for d in report.documents) == sorted(files)
        for status in report.documents:
            assert status.status in ("checked", "failed")
            if status.status == "failed":
                assert status.error
                assert status.error.startswith(status.id)
            else:
                assert status.claims == sum(1 for c in report.claims if c.doc == status.id)
        report.to_csv()
        report.to_json()


# text that looks like news: figures, currency, names, punctuation, plus anything at all
WORDS = [
    "Acme",
    "Globex",
    " billion",
    " million",
    " percent",
    " said",
    " according to ",
    "Q1",
    " 2026",
    "January",
    " per share",
    " about ",
    " up to ",
    "first",
    "1st",
]
NEWSY = st.lists(
    st.sampled_from([*string.digits, *",.%$€£¥-–—/ ()'\"’“”&+:;!?\n", *WORDS]),
    max_size=150,
).map("".join)
ANY_TEXT = st.text(max_size=400)
NAMES = st.sampled_from(["a.txt", "b.md", "c.markdown", "d.html", "e.htm", "F.TXT"])


@FUZZ
@given(st.dictionaries(NAMES, st.one_of(NEWSY, ANY_TEXT), min_size=1, max_size=3))
def test_arbitrary_text_never_raises(texts: dict[str, str]) -> None:
    check_files({name: text.encode("utf-8", "surrogatepass") for name, text in texts.items()})


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=30),
    st.dates().map(str),
    st.datetimes().map(str),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
KEYS = st.one_of(
    st.sampled_from(["title", "source", "url", "published", "id", "tags"]), st.text(max_size=10)
)


def _dump(meta: dict[str, object]) -> str:
    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)


FRONT_MATTER = st.one_of(
    st.dictionaries(KEYS, VALUES, max_size=5).map(_dump),  # valid YAML, any shape
    st.text(max_size=200),  # anything at all between the fences
    st.lists(
        st.tuples(KEYS, st.text(alphabet=":[]{}&*!|>'\"#%@`-? \t\nab1", max_size=20)),
        max_size=5,
    ).map(lambda pairs: "".join(f"{k}: {v}\n" for k, v in pairs)),  # YAML-ish, often invalid
)


@FUZZ
@given(FRONT_MATTER, NEWSY, st.booleans())
def test_arbitrary_front_matter_never_raises(header: str, body: str, closed: bool) -> None:
    fence = "---\n" if closed else ""
    check_files({"doc.md": f"---\n{header}\n{fence}{body}".encode("utf-8", "surrogatepass")})


BINARY_PREFIXES = st.sampled_from(
    [
        b"",
        b"%PDF-",
        b"\x89PNG\r\n\x1a\n",
        b"PK\x03\x04",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xfe\xff",
        b"\xff\xfe\x00\x00",
        b"---\n",
        b"<html>",
        b"<!DOCTYPE html><meta charset=x>",
    ]
)


@FUZZ
@given(
    st.dictionaries(
        NAMES, st.tuples(BINARY_PREFIXES, st.binary(max_size=600)), min_size=1, max_size=3
    )
)
def test_arbitrary_bytes_never_raise(files: dict[str, tuple[bytes, bytes]]) -> None:
    check_files({name: prefix + data for name, (prefix, data) in files.items()})


@FUZZ
@given(
    st.lists(
        st.one_of(
            st.binary(max_size=200),
            st.dictionaries(
                st.sampled_from(["id", "text", "title", "published"]), VALUES, max_size=4
            ).map(lambda r: json.dumps(r, default=str).encode()),
        ),
        max_size=5,
    )
)
def test_arbitrary_jsonl_lines_never_raise(lines: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rows.jsonl"
        path.write_bytes(b"\n".join(lines))
        report = factcheck.check(path, extractor=extractor())
        for status in report.documents:
            assert status.status in ("checked", "failed")
            assert status.status == "checked" or status.error
