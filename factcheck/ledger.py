"""A ledger of known facts (CSV: subject, attribute, value, as_of, source) and the claims
that contradict it.

Ledger values are written the way articles write them ("€11.7 billion", "45%") and are
read by the same extractors, so a ledger needs no special number format.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from factcheck.corpus import parse_published
from factcheck.errors import InputError, LedgerError
from factcheck.extract import find_mentions
from factcheck.model import (
    Amount,
    Claim,
    DateValue,
    Finding,
    FindingType,
    Granularity,
    LedgerFact,
    Period,
)
from factcheck.reconcile import Tolerance, comparable_amount, disagree
from factcheck.subjects import AliasTable, group_key, relation_subject

COLUMNS = ("subject", "attribute", "value", "as_of", "source")


def normalise_attribute(name: str) -> str:
    """ "Deal value", "deal-value" and "deal_value" name one attribute."""
    return "_".join(name.strip().lower().replace("-", " ").split())


def load_ledger(path: str | Path, aliases: AliasTable | None = None) -> tuple[LedgerFact, ...]:
    """Read a ledger CSV; every problem names the file and the row."""
    path = Path(path)
    try:
        text = path.read_text("utf-8-sig")
    except FileNotFoundError as exc:
        raise LedgerError(str(path), "no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise LedgerError(str(path), f"cannot read: {exc}") from exc
    return tuple(parse_ledger(text, str(path), aliases))


def parse_ledger(text: str, name: str, aliases: AliasTable | None = None) -> Iterator[LedgerFact]:
    aliases = aliases if aliases is not None else AliasTable.default()
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or ()]
    missing = [c for c in ("subject", "attribute", "value") if c not in fields]
    if missing:
        raise LedgerError(
            name, f"missing column(s) {', '.join(missing)}; expected {', '.join(COLUMNS)}", 1
        )
    for number, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        if not any(row.values()):
            continue
        yield _fact(row, name, number, aliases)


def _fact(row: dict[str, str], name: str, number: int, aliases: AliasTable) -> LedgerFact:
    subject, attribute, value = (
        row.get("subject", ""),
        row.get("attribute", ""),
        row.get("value", ""),
    )
    if not subject or not attribute or not value:
        raise LedgerError(name, "subject, attribute and value are required", number)
    mentions = [m for m in find_mentions(value, None) if isinstance(m.value, Amount)]
    if not mentions:
        raise LedgerError(name, f"value {value!r} is not a figure factcheck can read", number)
    mention = max(mentions, key=lambda m: m.end - m.start)
    as_of: Period | None = None
    if row.get("as_of"):
        try:
            as_of = Period(_as_of(row["as_of"], name), "in")
        except InputError as exc:
            raise LedgerError(name, f"as_of: {exc.problem}", number) from exc
    return LedgerFact(
        subject=ledger_subject(subject, aliases),
        attribute=normalise_attribute(attribute),
        kind=mention.kind,
        value=mention.value,
        unit=mention.unit,
        text=value,
        as_of=as_of,
        source=row.get("source") or None,
        row=number,
    )


def ledger_subject(text: str, aliases: AliasTable) -> str:
    """A ledger subject is a name, or two parties joined by an en dash or a slash
    ("Acme – Globex", "Acme/Globex") for a deal between them."""
    parties = [p.strip() for p in re.split(r"\s*[–/]\s*", text) if p.strip()]
    if len(parties) == 2:
        return relation_subject(aliases.canonical(parties[0]), aliases.canonical(parties[1]))
    return aliases.canonical(text)


def _as_of(text: str, name: str) -> DateValue:
    """ "2025", "2025-09" or "2025-09-30", at that granularity."""
    import calendar
    import datetime as dt

    parts = text.strip().split("-")
    if len(parts) == 1 and parts[0].isdigit():
        year = int(parts[0])
        return DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), Granularity.YEAR)
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        year, month = int(parts[0]), int(parts[1])
        if not 1 <= month <= 12:
            raise InputError(name, f"{text!r} is not a month")
        last = calendar.monthrange(year, month)[1]
        return DateValue(dt.date(year, month, 1), dt.date(year, month, last), Granularity.MONTH)
    day = parse_published(text, name)
    assert day is not None
    return DateValue(day, day, Granularity.DAY)


def periods_overlap(a: Period | None, b: Period | None) -> bool:
    """A claim with no period, or whose period overlaps the fact's date, is comparable."""
    if a is None or b is None:
        return True
    if "by" in (a.relation, b.relation):
        # a cumulative figure "by 2025" is comparable with a fact in that year
        return a.date.start.year == b.date.start.year or a.date.end.year == b.date.end.year
    (a_start, a_end), (b_start, b_end) = a.span, b.span
    return a_start <= b_end and b_start <= a_end


def check_ledger(
    claims: Iterable[Claim], facts: Iterable[LedgerFact], tolerance: Tolerance | None = None
) -> list[Finding]:
    """A ``ledger_mismatch`` finding for each claim that contradicts a known fact."""
    tolerance = tolerance or Tolerance()
    index: dict[tuple[str, str], list[LedgerFact]] = {}
    for fact in facts:
        index.setdefault((group_key(fact.subject), fact.attribute), []).append(fact)
    findings = []
    for claim in claims:
        if not claim.subject or not claim.attribute or not isinstance(claim.value, Amount):
            continue
        for fact in index.get((group_key(claim.subject), normalise_attribute(claim.attribute)), ()):
            if fact.kind is not claim.kind or not periods_overlap(claim.period, fact.as_of):
                continue
            mine = comparable_amount(claim, tolerance)
            theirs = comparable_amount(_as_claim(fact, claim), tolerance)
            if mine is None or theirs is None or mine[0] != theirs[0]:
                continue
            if disagree(mine[1], theirs[1], tolerance):
                as_of = f" as of {fact.as_of}" if fact.as_of else ""
                why = (
                    f"the ledger (row {fact.row}{', ' + fact.source if fact.source else ''}) "
                    f"gives {fact.subject} {fact.attribute} {fact.text}{as_of}; "
                    f"the article says {claim.text}"
                )
                findings.append(Finding(FindingType.LEDGER_MISMATCH, claim, None, why, fact))
    findings.sort(key=lambda f: (f.a.location.doc, f.a.location.start))
    return findings


def _as_claim(fact: LedgerFact, like: Claim) -> Claim:
    return Claim(
        kind=fact.kind, value=fact.value, unit=fact.unit, text=fact.text, location=like.location
    )
