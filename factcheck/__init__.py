"""factcheck: catch contradictory figures and unsourced statistics in a corpus of news.

>>> import factcheck
>>> report = factcheck.check("fixtures/corpus")       # doctest: +SKIP
>>> report.to_csv("contradictions.csv")               # doctest: +SKIP

The names below load on first use, so that importing ``factcheck`` (which pytest does for
the plugin in every run) costs nothing until the library is actually used: spaCy, pint
and dateparser are imported only then.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from factcheck.api import check
    from factcheck.corpus import Corpus, load_corpus
    from factcheck.errors import (
        AliasTableError,
        DocumentError,
        FactcheckError,
        InputError,
        LedgerError,
    )
    from factcheck.ledger import load_ledger
    from factcheck.model import (
        Amount,
        Bound,
        Claim,
        DateValue,
        Document,
        DocumentInfo,
        DocumentStatus,
        Finding,
        FindingType,
        Granularity,
        Kind,
        LedgerFact,
        Location,
        Period,
        Sourcing,
    )
    from factcheck.pipeline import Extractor
    from factcheck.reconcile import Tolerance
    from factcheck.report import CLAIM_COLUMNS, FINDING_COLUMNS, Report
    from factcheck.subjects import AliasTable

__version__ = "0.1.0"

_EXPORTS = {
    "check": "factcheck.api",
    "Corpus": "factcheck.corpus",
    "load_corpus": "factcheck.corpus",
    "AliasTableError": "factcheck.errors",
    "DocumentError": "factcheck.errors",
    "FactcheckError": "factcheck.errors",
    "InputError": "factcheck.errors",
    "LedgerError": "factcheck.errors",
    "load_ledger": "factcheck.ledger",
    "Amount": "factcheck.model",
    "Bound": "factcheck.model",
    "Claim": "factcheck.model",
    "DateValue": "factcheck.model",
    "Document": "factcheck.model",
    "DocumentInfo": "factcheck.model",
    "DocumentStatus": "factcheck.model",
    "Finding": "factcheck.model",
    "FindingType": "factcheck.model",
    "Granularity": "factcheck.model",
    "Kind": "factcheck.model",
    "LedgerFact": "factcheck.model",
    "Location": "factcheck.model",
    "Period": "factcheck.model",
    "Sourcing": "factcheck.model",
    "Extractor": "factcheck.pipeline",
    "Tolerance": "factcheck.reconcile",
    "CLAIM_COLUMNS": "factcheck.report",
    "FINDING_COLUMNS": "factcheck.report",
    "Report": "factcheck.report",
    "AliasTable": "factcheck.subjects",
}

__all__ = [
    "CLAIM_COLUMNS",
    "FINDING_COLUMNS",
    "AliasTable",
    "AliasTableError",
    "Amount",
    "Bound",
    "Claim",
    "Corpus",
    "DateValue",
    "Document",
    "DocumentError",
    "DocumentInfo",
    "DocumentStatus",
    "Extractor",
    "FactcheckError",
    "Finding",
    "FindingType",
    "Granularity",
    "InputError",
    "Kind",
    "LedgerError",
    "LedgerFact",
    "Location",
    "Period",
    "Report",
    "Sourcing",
    "Tolerance",
    "check",
    "load_corpus",
    "load_ledger",
]


def __getattr__(name: str) -> _typing.Any:
    """Import a public name from its module the first time it is used."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
