"""An incremental cache of claims per document, so re-checking an archive with a few new
articles only extracts the new ones.

An entry is keyed by everything that decides a document's claims:

- the document: its id (claims carry it), publication date (anchors relative dates) and
  text;
- the code: factcheck's version *and* a hash of the package's source and data files, so
  an edited extractor never serves stale claims during development;
- the configuration: alias table, attribute rules and the spaCy pipeline's description;
- the corpus: the name finder treats a sentence-initial word as a name when the *corpus*
  capitalises it mid-sentence (``corpus_names``), so the same article can give different
  claims in a different corpus. Only the corpus names that occur in the document can
  matter (the finder looks up words of the document), so the key holds exactly those:
  adding unrelated articles keeps the entry valid, adding one that makes a word of this
  document a name invalidates it.

Entries are pickled lists of ``Claim`` in one sqlite file inside the cache directory.
An entry that cannot be read back (truncated, from another Python, tampered with) is
dropped and rebuilt, never an error. Pickle runs code when loading, so point the cache
only at a directory you own, as you would a virtualenv.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import re
import sqlite3
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.model import Claim, Document

if TYPE_CHECKING:
    from factcheck.pipeline import Extractor

log = logging.getLogger(__name__)

FILENAME = "claims.sqlite"
_LETTERS = re.compile(r"[^\W\d_]+")
_CODE_SUFFIXES = frozenset({".py", ".csv", ".json", ".yaml", ".yml", ".txt"})
_code_hash: str | None = None


def code_fingerprint() -> str:
    """A hash of factcheck's own source and data files (computed once per process)."""
    global _code_hash
    if _code_hash is None:
        digest = hashlib.sha256()
        root = resources.files("factcheck")
        for path in sorted(_walk(Path(str(root))), key=lambda p: p.as_posix()):
            digest.update(path.relative_to(Path(str(root))).as_posix().encode())
            digest.update(path.read_bytes())
        _code_hash = digest.hexdigest()
    return _code_hash


def _walk(folder: Path) -> Iterable[Path]:
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in _CODE_SUFFIXES and "__pycache__" not in path.parts:
            yield path


def configuration_fingerprint(extractor: Extractor) -> str:
    """A hash of what an extractor is configured with (not of the corpus)."""
    from factcheck import __version__

    digest = hashlib.sha256()
    digest.update(f"factcheck {__version__}\n{code_fingerprint()}\n".encode())
    for key, canonical in sorted(extractor.aliases.names.items()):
        digest.update(f"alias\t{key}\t{canonical}\n".encode())
    for spelling, canonical in extractor.aliases.spellings:
        digest.update(f"spelling\t{spelling}\t{canonical}\n".encode())
    digest.update(_rules_text(extractor.attributes).encode())
    nlp = extractor.nlp
    meta = nlp.meta
    digest.update(
        f"nlp\t{nlp.lang}\t{meta.get('name')}\t{meta.get('version')}\t{nlp.pipe_names}\n".encode()
    )
    return digest.hexdigest()


def _rules_text(attributes: Mapping[str, object]) -> str:
    lines = []
    for name in sorted(attributes):
        rules = attributes[name]
        for rule in rules if isinstance(rules, tuple) else (rules,):
            fields = getattr(rule, "__dataclass_fields__", None)
            if fields is None:
                lines.append(f"rule\t{name}\t{rule!r}")
                continue
            parts = []
            for field in fields:
                value = getattr(rule, field)
                if isinstance(value, re.Pattern):
                    value = (value.pattern, value.flags)
                parts.append(f"{field}={value!r}")
            lines.append(f"rule\t{name}\t{' '.join(parts)}")
    return "\n".join(lines) + "\n"


def relevant_names(text: str, names: frozenset[str]) -> list[str]:
    """The corpus names that can change this document's claims: those among its words.

    The name finder only consults ``corpus_names`` for a whole alphabetic word of the
    document (case-folded), so every word that matters is a run of letters here.
    """
    if not names:
        return []
    words = {word.casefold() for word in _LETTERS.findall(text)}
    return sorted(words & names)


class ClaimCache:
    """Claims of documents already extracted, in ``<directory>/claims.sqlite``.

    ``fingerprint`` is ``configuration_fingerprint(extractor)``; entries made under
    another fingerprint are simply never looked up again.
    """

    def __init__(self, directory: str | Path, fingerprint: str) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.fingerprint = fingerprint
        self.path = self.directory / FILENAME
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(self.path)
            db.execute("CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, data BLOB)")
            db.commit()
        except sqlite3.DatabaseError as exc:  # not a database: start again
            log.warning("%s: unreadable cache, starting a new one: %s", self.path, exc)
            self.path.unlink(missing_ok=True)
            db = sqlite3.connect(self.path)
            db.execute("CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, data BLOB)")
            db.commit()
        return db

    def key(self, document: Document, names: frozenset[str]) -> str:
        digest = hashlib.sha256()
        digest.update(self.fingerprint.encode())
        digest.update(b"\0" + document.id.encode("utf-8", "surrogatepass"))
        digest.update(b"\0" + str(document.published).encode())
        digest.update(b"\0" + "\n".join(relevant_names(document.text, names)).encode())
        digest.update(b"\0" + document.text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get(self, key: str) -> list[Claim] | None:
        """The cached claims, or None when absent or unreadable (then the entry is dropped)."""
        try:
            row = self._db.execute("SELECT data FROM claims WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError as exc:
            log.warning("%s: cache lookup failed: %s", self.path, exc)
            return None
        if row is None:
            return None
        try:
            claims = pickle.loads(row[0])
            if not isinstance(claims, list) or not all(isinstance(c, Claim) for c in claims):
                raise TypeError(f"not a list of claims: {type(claims).__name__}")
        except Exception as exc:  # a corrupt entry is rebuilt, never an error
            log.warning("%s: dropping unreadable cache entry %s: %s", self.path, key[:12], exc)
            self.discard(key)
            return None
        return claims

    def put_many(self, entries: Iterable[tuple[str, list[Claim]]]) -> None:
        rows = [
            (key, pickle.dumps(claims, protocol=pickle.HIGHEST_PROTOCOL)) for key, claims in entries
        ]
        if not rows:
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO claims VALUES (?, ?)", rows)
        except sqlite3.DatabaseError as exc:  # a full disk must not lose the run's results
            log.warning("%s: could not store %d cache entries: %s", self.path, len(rows), exc)

    def discard(self, key: str) -> None:
        try:
            with self._db:
                self._db.execute("DELETE FROM claims WHERE key = ?", (key,))
        except sqlite3.DatabaseError:
            pass

    def close(self) -> None:
        self._db.close()
