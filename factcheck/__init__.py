"""factcheck: catch contradictory figures and unsourced statistics in a corpus of news.

>>> import factcheck
>>> report = factcheck.check("fixtures/corpus")       # doctest: +SKIP
>>> report.to_csv("contradictions.csv")               # doctest: +SKIP
"""

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

__all__ = [
    "AliasTable",
    "AliasTableError",
    "Amount",
    "Bound",
    "CLAIM_COLUMNS",
    "Claim",
    "Corpus",
    "DateValue",
    "Document",
    "DocumentError",
    "DocumentStatus",
    "Extractor",
    "FINDING_COLUMNS",
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
