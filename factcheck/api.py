"""``factcheck.check``: the whole path from a corpus to a report, in one call."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from spacy.language import Language

from factcheck.context import cumulative_attributes
from factcheck.corpus import DEFAULT_MAX_BYTES, CorpusSource, load_corpus
from factcheck.ledger import check_ledger, load_ledger
from factcheck.model import DocumentInfo, LedgerFact
from factcheck.pipeline import Extractor
from factcheck.reconcile import Tolerance, reconcile, unsourced
from factcheck.report import Report
from factcheck.subjects import AliasTable


def check(
    corpus: CorpusSource,
    *,
    ledger: str | Path | Iterable[LedgerFact] | None = None,
    aliases: str | Path | AliasTable | None = None,
    nlp: Language | None = None,
    tolerance: Tolerance | None = None,
    relative_tolerance: float | None = None,
    exchange_rates: Mapping[str, float] | None = None,
    within_documents: bool = False,
    extractor: Extractor | None = None,
    progress: Callable[[int, int], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
    cache: str | Path | None = None,
) -> Report:
    """Check a corpus: extract claims, find contradictions, ledger mismatches and
    unsourced statistics.

    ``corpus`` is a path (folder, .txt/.md, .jsonl, .csv), a list of paths, a DataFrame
    with a ``text`` column, or a ``Corpus``. ``aliases`` extends the default alias table.
    ``nlp`` is your own spaCy pipeline (for example a trained one), used instead of
    ``spacy.blank("en")``. Documents that cannot be read are listed in
    ``Report.documents`` with the reason; they never stop the others.
    ``progress(done, total)`` is called as documents are read (the command line draws
    its progress bar with it). A document larger than ``max_bytes`` (20 MB by default)
    is refused, and reported, before it is read. ``jobs`` processes extract in parallel
    (0 or -1: every core) with the same result as one; ``cache`` is a directory that
    keeps each document's claims, so checking again only extracts what is new or changed.
    Amounts are compared between articles; ``within_documents`` also compares the amounts
    of one article with each other (ranks and dates of events always are).
    """
    table, tolerance, facts = resolve_options(
        ledger=ledger,
        aliases=aliases,
        tolerance=tolerance,
        relative_tolerance=relative_tolerance,
        exchange_rates=exchange_rates,
        within_documents=within_documents,
    )
    loaded = load_corpus(corpus, max_bytes=max_bytes)
    extractor = extractor or Extractor(nlp=nlp, aliases=table)
    # options only when asked, so an extractor written before the arguments still works
    options: dict[str, Any] = {}
    if progress is not None:
        options["progress"] = progress
    if jobs != 1:
        options["jobs"] = jobs
    if cache is not None:
        options["cache"] = cache
    extraction = extractor.extract(loaded, **options)
    claims = extraction.claims
    cumulative = cumulative_attributes(extractor.attributes)
    findings = (
        reconcile(claims, tolerance, cumulative)
        + check_ledger(claims, facts, tolerance)
        + unsourced(claims)
    )
    sources = tuple(sorted((DocumentInfo.of(d) for d in loaded.documents), key=lambda i: i.id))
    return Report(claims, tuple(findings), extraction.documents, sources)


def resolve_options(
    *,
    ledger: str | Path | Iterable[LedgerFact] | None,
    aliases: str | Path | AliasTable | None,
    tolerance: Tolerance | None,
    relative_tolerance: float | None,
    exchange_rates: Mapping[str, float] | None,
    within_documents: bool = False,
) -> tuple[AliasTable, Tolerance, tuple[LedgerFact, ...]]:
    """The alias table (the shipped one extended by the user's), the tolerance and the
    ledger's facts that ``check`` and ``factcheck.dask.check`` share, read the same way."""
    table = AliasTable.default()
    if isinstance(aliases, AliasTable):
        table = table | aliases
    elif aliases is not None:
        table = table | AliasTable.load(aliases)
    if tolerance is None:
        tolerance = Tolerance()
        if relative_tolerance is not None or exchange_rates:
            tolerance = Tolerance(
                relative=Decimal(str(relative_tolerance))
                if relative_tolerance is not None
                else tolerance.relative,
                rates={k.upper(): Decimal(str(v)) for k, v in (exchange_rates or {}).items()},
            )
    if within_documents:
        tolerance = dataclasses.replace(tolerance, within_documents=True)
    facts: tuple[LedgerFact, ...] = ()
    if isinstance(ledger, (str, Path)):
        facts = load_ledger(ledger, table)
    elif ledger is not None:
        facts = tuple(ledger)
    return table, tolerance, facts
