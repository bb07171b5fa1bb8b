"""One exception tree for factcheck.

Every class also inherits the built-in a caller would naturally catch (``ValueError`` for
bad content, ``OSError`` for unreadable files), so ``except ValueError`` keeps working for
people who have never heard of factcheck. Errors carry structured fields and build their
message in ``__str__``; only the CLI prints or exits.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class of every error factcheck raises on purpose."""


class InputError(FactcheckError, ValueError):
    """An input (corpus, ledger, alias table) could not be used.

    ``path`` names the file (or the corpus entry), ``problem`` says what is wrong, and
    ``line`` points into the file when that is known.
    """

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        super().__init__(path, problem, line)
        self.path = path
        self.problem = problem
        self.line = line

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.problem}"


class DocumentError(InputError):
    """One document of a corpus could not be read; the others are still checked."""


class UnreadableFileError(DocumentError, OSError):
    """A file exists but cannot be opened or read."""


class LedgerError(InputError):
    """The ledger of known facts has a row that cannot be understood."""


class AliasTableError(InputError):
    """The alias table has a row that cannot be understood."""


class TooLargeError(DocumentError):
    """A document is larger than the size limit, so it is refused before it is read whole.

    The limit keeps memory bounded and a stray 50 MB file from stalling a run; the message
    names the limit and how to raise it.
    """

    def __init__(self, path: str, size: int | None, limit: int) -> None:
        size_text = f"{size} bytes" if size is not None else "more than that"
        human = f", {limit / 1_000_000:g} MB" if limit >= 1_000_000 else ""
        problem = (
            f"too large ({size_text}; the limit is {limit} bytes{human}); "
            "raise it with max_bytes= in Python or --max-bytes on the command line"
        )
        super().__init__(path, problem)
        self.args = (path, size, limit)
        self.size = size
        self.limit = limit


class BinaryFileError(DocumentError):
    """A file holds binary data (a PDF, an image, an archive) rather than text."""


class EncodingError(DocumentError):
    """A file is text in an encoding factcheck cannot determine with confidence."""
