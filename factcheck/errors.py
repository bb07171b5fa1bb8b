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


class UnreadableFileError(DocumentError, OSError):  # type: ignore[misc]
    """A file exists but cannot be opened or read."""


class LedgerError(InputError):
    """The ledger of known facts has a row that cannot be understood."""


class AliasTableError(InputError):
    """The alias table has a row that cannot be understood."""
