# Dask ships without type hints for most of its API; its calls are checked by the tests.
# mypy: disable-error-code="no-untyped-call,no-any-return"
"""factcheck on a Dask cluster: extract partition by partition, reconcile with a groupby.

Install with ``pip install "newsroom-factcheck[dask]"``. Dask is imported only here, so
the rest of factcheck never needs it.

    import dask.bag as db
    from distributed import Client
    import factcheck.dask as fd

    client = Client("scheduler:8786")
    report = fd.check(fd.read_folder("s3-mounted/archive", npartitions=64))

The steps mirror ``factcheck.check`` so the findings are the same:

1. ``corpus_names`` (words the corpus capitalises mid-sentence, which the name finder
   needs before it reads any document) is a distributed reduction: a set per partition,
   united. Its result stays on the cluster and feeds step 2 as a dependency.
2. Each partition is extracted by an ``Extractor`` built once per worker process (per
   run), with the same alias table and attribute rules as the client's.
3. Claims are keyed by ``factcheck.reconcile.claim_group`` — (subject key, attribute,
   period, kind) — shuffled with a Dask groupby, and each group goes through
   ``factcheck.reconcile.group_findings``, the very function the in-memory path uses.
   Ledger mismatches and unsourced statistics need no shuffle: they are per claim.

Inputs are a Dask bag of ``Document`` (or of ``DocumentStatus`` for entries that failed
to load), a Dask DataFrame with a ``text`` column (rows become documents as in
``factcheck.load_corpus``), or ``read_folder(path)``. A custom spaCy pipeline is not
sent to workers: they use the rule-based one.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dask.bag as db
from dask.base import compute
from dask.delayed import delayed

from factcheck.api import resolve_options
from factcheck.backoff import (
    CountBackoff,
    DatedRow,
    Dater,
    Keys,
    Lender,
    LendRow,
    Ranker,
    RankRow,
    TakeoverRow,
    Takeovers,
    dated_rows,
    lending_rows,
    rank_rows,
    takeover_rows,
)
from factcheck.context import AttributeRule, cumulative_attributes, default_attribute_rules
from factcheck.corpus import FOLDER_SUFFIXES, load_corpus, read_file
from factcheck.ledger import check_ledger
from factcheck.model import Claim, Document, DocumentInfo, DocumentStatus, Finding, LedgerFact
from factcheck.reconcile import (
    GroupKey,
    NamePlace,
    Tolerance,
    claim_group,
    corpus_short_names,
    finding_order,
    group_findings,
    merged_short_names,
    name_places,
    unsourced,
    written_short,
)
from factcheck.report import Report
from factcheck.subjects import AliasTable, corpus_names

Entry = Document | DocumentStatus


@dataclass(frozen=True)
class _Config:
    """What a worker needs to build the client's extractor (``token`` names the run)."""

    token: str
    aliases: AliasTable
    attributes: Mapping[str, tuple[AttributeRule, ...]]


_extractors: dict[str, Any] = {}  # token -> Extractor, one per worker process and run


def _extractor(config: _Config, names: frozenset[str]) -> Any:
    extractor = _extractors.get(config.token)
    if extractor is None:
        from factcheck.parallel import set_corpus_names
        from factcheck.pipeline import Extractor

        extractor = Extractor(aliases=config.aliases, attributes=config.attributes)
        set_corpus_names(extractor, names)
        _extractors.clear()  # keep only the current run's pipeline
        _extractors[config.token] = extractor
    return extractor


# --- inputs ------------------------------------------------------------------------------


def read_folder(path: str | os.PathLike[str], *, npartitions: int | None = None) -> db.Bag:
    """The article files and tables under ``path`` (as ``load_corpus`` finds them: .txt,
    .md, .html, .jsonl, .csv, sorted by id, hidden entries skipped), read on the workers,
    ids relative to ``path`` (a table's rows keep their own, as ``load_corpus`` gives them).

    Only the listing happens on the client; links are not checked the way
    ``load_corpus`` checks them, so use it on folders you trust.
    """
    root = Path(path)
    files = sorted(
        (file.relative_to(root).as_posix(), str(file))
        for file in root.rglob("*")
        if file.is_file()
        and file.suffix.lower() in FOLDER_SUFFIXES
        and not any(part.startswith(".") for part in file.relative_to(root).parts)
    )
    count = npartitions or max(1, min(len(files), 4 * (os.cpu_count() or 1)))
    return db.from_sequence(files, npartitions=max(1, count)).map_partitions(_read_files)


def _read_files(pairs: Iterable[tuple[str, str]]) -> list[Entry]:
    entries: list[Entry] = []
    for doc_id, file in pairs:
        entries.extend(read_file(Path(file), doc_id))
    return entries


def documents(source: Any) -> db.Bag:
    """A bag of documents from a bag (returned as is) or a Dask DataFrame."""
    if isinstance(source, db.Bag):
        return source
    if hasattr(source, "to_delayed") and hasattr(source, "columns"):  # a Dask DataFrame
        parts = [delayed(_frame_entries)(part) for part in source.to_delayed()]
        return db.from_delayed(parts)
    raise TypeError(f"expected a dask Bag or DataFrame of documents, not {type(source).__name__}")


def _frame_entries(frame: Any) -> list[Entry]:
    loaded = load_corpus(frame)  # the in-memory rules: index as id, columns as metadata
    return [*loaded.documents, *loaded.failures]


# --- extraction --------------------------------------------------------------------------


def _names_of(entries: Iterable[Entry]) -> frozenset[str]:
    return corpus_names(e.text for e in entries if isinstance(e, Document))


def _union(parts: Iterable[frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*parts)


def _extract_partition(
    entries: Iterable[Entry], config: _Config, names: frozenset[str]
) -> list[tuple[DocumentStatus, list[Claim], DocumentInfo | None]]:
    from factcheck.pipeline import claims_or_error

    out: list[tuple[DocumentStatus, list[Claim], DocumentInfo | None]] = []
    for entry in entries:
        if isinstance(entry, DocumentStatus):
            out.append((entry, [], None))
            continue
        outcome = claims_or_error(_extractor(config, names), entry)
        if isinstance(outcome, str):
            out.append((DocumentStatus(entry.id, "failed", outcome), [], DocumentInfo.of(entry)))
        else:
            status = DocumentStatus(entry.id, "checked", None, len(outcome))
            out.append((status, outcome, DocumentInfo.of(entry)))
    return out


def extract(
    source: Any,
    *,
    aliases: AliasTable | None = None,
    attributes: Mapping[str, tuple[AttributeRule, ...]] | None = None,
) -> db.Bag:
    """A bag of ``(DocumentStatus, claims, DocumentInfo | None)``, one per input entry,
    in input order. Nothing is computed until you ask."""
    bag = documents(source)
    names = bag.reduction(_names_of, _union)
    config = _Config(
        uuid.uuid4().hex,
        aliases if aliases is not None else AliasTable.default(),
        attributes if attributes is not None else default_attribute_rules(),
    )
    return bag.map_partitions(_extract_partition, config, names)


# --- reconciliation ----------------------------------------------------------------------


def _bucket(key: GroupKey) -> int:
    """A shuffle key that is the same in every process (``hash`` of a str is not)."""
    digest = hashlib.blake2b("\x1f".join(key).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def _keyed(
    claims: Iterable[Claim],
    cumulative: Collection[str],
    short: Mapping[str, str],
    rows: Iterable[LendRow] = (),
    takeover: Iterable[TakeoverRow] = (),
    pairs: Iterable[tuple[str | None, str | None]] = (),
    dated: Iterable[DatedRow] = (),
    ranked: Iterable[RankRow] = (),
) -> list[tuple[int, GroupKey, Claim]]:
    out = []
    keys = Keys(short)
    lender = Lender(rows, keys)
    dater = Dater(dated, keys)
    takeovers = Takeovers(takeover, keys)
    backoff = CountBackoff(pairs, keys)  # the corpus's (subject, attribute) pairs
    ranker = Ranker(ranked, keys)
    for claim in claims:
        claim = backoff.widen(dater.date(takeovers.read(lender.lend(claim))))
        claim = ranker.read(claim)
        key = claim_group(claim, cumulative, short=short)
        if key is not None:
            out.append((_bucket(key), key, claim))
    return out


def _lent(
    claims: Iterable[Claim], short: Mapping[str, str], rows: Iterable[LendRow]
) -> list[Claim]:
    """The claims of a partition with the attributes ``Lender`` lends them."""
    lender = Lender(rows, Keys(short))
    return [lender.lend(claim) for claim in claims]


def _takeover_rows(claims: Iterable[Claim], short: Mapping[str, str]) -> list[TakeoverRow]:
    """The takeover prices of a partition (see ``Takeovers``)."""
    return list(takeover_rows(claims, Keys(short)))


def _dated_rows(claims: Iterable[Claim]) -> list[DatedRow]:
    """The dated one-time sums of a partition (see ``Dater``)."""
    return list(dated_rows(claims))


def _rank_rows(claims: Iterable[Claim]) -> list[RankRow]:
    """The ranks with an item of a partition (see ``Ranker``)."""
    return list(rank_rows(claims))


def _lending_rows(claims: Iterable[Claim]) -> list[LendRow]:
    """The attributed sums of a partition (see ``Lender``)."""
    return list(lending_rows(claims))


def _subject_and_attribute(claim: Claim) -> tuple[str | None, str | None]:
    """What short names are built from (see ``corpus_short_names``)."""
    return claim.subject, claim.attribute


def _name_places(claims: Iterable[Claim]) -> list[NamePlace]:
    return list(name_places(claims))


def _doc_and_name(place: NamePlace) -> tuple[str, str]:
    return place[0], place[1]


def _first_place(best: NamePlace | None, place: NamePlace | None) -> NamePlace | None:
    if best is None or (place is not None and place[2] < best[2]):
        return place
    return best


def _place(item: tuple[tuple[str, str], NamePlace]) -> NamePlace:
    return item[1]


def _bucket_findings(
    item: tuple[int, list[tuple[int, GroupKey, Claim]]], tolerance: Tolerance
) -> list[Finding]:
    groups: dict[GroupKey, list[Claim]] = {}
    for _, key, claim in item[1]:
        groups.setdefault(key, []).append(claim)
    findings: list[Finding] = []
    for key, group in groups.items():  # more than one only on a 64-bit hash collision
        if len(group) > 1:
            findings.extend(group_findings(key, group, tolerance))
    return findings


def reconcile(
    claims: db.Bag,
    tolerance: Tolerance | None = None,
    cumulative: Collection[str] | None = None,
) -> db.Bag:
    """Contradictions among a bag of claims, by a Dask groupby on ``claim_group``.

    Compute it and sort with ``factcheck.reconcile.finding_order`` for the order
    ``factcheck.reconcile.reconcile`` returns.
    """
    tolerance = tolerance or Tolerance()
    if cumulative is None:
        cumulative = cumulative_attributes(default_attribute_rules())
    # short names merge across the whole corpus, so the distinct (subject, attribute) pairs
    # come first
    pairs = claims.map(_subject_and_attribute).distinct().compute()
    # and each document's subjects at their first place, for the brands it writes short
    places = (
        claims.map_partitions(_name_places)
        .foldby(_doc_and_name, _first_place, None, _first_place, None)
        .map(_place)
        .compute()
    )
    short = merged_short_names(corpus_short_names(pairs), written_short(places))
    # and the attributed sums, for the attributes lent to bare sums (``Lender``)
    rows = claims.map_partitions(_lending_rows).distinct().compute()
    # and the takeover prices, for the deals that are takeovers (``Takeovers``); read after
    # lending, as in memory
    lent = claims.map_partitions(_lent, short, rows)
    takeover = lent.map_partitions(_takeover_rows, short).distinct().compute()
    # and the dated one-time sums, for the undated ones (``Dater``), after lending too
    dated = lent.map_partitions(_dated_rows).distinct().compute()
    # and the ranks with an item, for the boards and editions the corpus gives (``Ranker``)
    ranked = claims.map_partitions(_rank_rows).distinct().compute()
    keyed = claims.map_partitions(
        _keyed, frozenset(cumulative), short, rows, takeover, pairs, dated, ranked
    )
    grouped = keyed.groupby(lambda row: row[0], shuffle="tasks")
    return grouped.map(_bucket_findings, tolerance).flatten()


# --- the whole check ---------------------------------------------------------------------


def check(
    source: Any,
    *,
    ledger: str | Path | Iterable[LedgerFact] | None = None,
    aliases: str | Path | AliasTable | None = None,
    tolerance: Tolerance | None = None,
    relative_tolerance: float | None = None,
    exchange_rates: Mapping[str, float] | None = None,
    within_documents: bool = False,
) -> Report:
    """``factcheck.check`` on a Dask bag or DataFrame of documents: the same report.

    Runs on the current Dask scheduler (a ``distributed.Client`` if one is active).
    Claims come back to the client, as the report holds them.
    """
    table, tolerance, facts = resolve_options(
        ledger=ledger,
        aliases=aliases,
        tolerance=tolerance,
        relative_tolerance=relative_tolerance,
        exchange_rates=exchange_rates,
        within_documents=within_documents,
    )
    attributes = default_attribute_rules()
    records = extract(source, aliases=table, attributes=attributes).persist()
    claims = records.map(lambda r: r[1]).flatten()
    contradictions = reconcile(claims, tolerance, cumulative_attributes(attributes))
    mismatches = claims.map_partitions(check_ledger, facts, tolerance)
    statistics = claims.map_partitions(unsourced)
    rows, found, ledger_found, unsourced_found = compute(
        records, contradictions, mismatches, statistics
    )
    statuses = sorted((status for status, _, _ in rows), key=lambda s: s.id)
    all_claims = tuple(claim for _, group, _ in rows for claim in group)
    sources = tuple(sorted((info for _, _, info in rows if info is not None), key=lambda i: i.id))
    findings = (
        sorted(found, key=finding_order)
        + list(ledger_found)
        + sorted(unsourced_found, key=lambda f: finding_order(f)[2])
    )
    return Report(all_claims, tuple(findings), tuple(statuses), sources)
