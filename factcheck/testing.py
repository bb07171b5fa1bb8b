"""Assertions for your own tests: a corpus is consistent, its statistics are sourced, a
figure is what you expect.

>>> from factcheck.testing import assert_claim, assert_consistent, assert_sourced
>>> assert_consistent("articles/")                                   # doctest: +SKIP
>>> assert_sourced("articles/", ledger="facts.csv")                  # doctest: +SKIP
>>> assert_claim("articles/", subject="Acme/Globex", attribute="acquisition_price",
...              equals="$69 billion")                               # doctest: +SKIP

Each helper checks everything first and then raises ONE ``AssertionError`` that lists every
failure, so a test run shows the whole list an editor has to work through rather than the
first item of it. Failures are written the way an editor reads them: the document, the
sentence, the figure, and why factcheck thinks two figures are about the same thing.

``corpus`` is anything ``factcheck.check`` accepts (a folder, a file, a list of paths, a
DataFrame, a ``Corpus``) or a ``Report`` you already have; keyword arguments other than
the helper's own go to ``factcheck.check``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from factcheck.api import check
from factcheck.corpus import load_corpus
from factcheck.extract import find_mentions
from factcheck.ledger import ledger_subject, normalise_attribute
from factcheck.model import (
    Amount,
    Claim,
    DateValue,
    Document,
    Finding,
    FindingType,
    Mention,
)
from factcheck.reconcile import Tolerance, comparable_amount, disagree
from factcheck.report import Report
from factcheck.subjects import AliasTable, group_key

__all__ = [
    "assert_claim",
    "assert_consistent",
    "assert_sourced",
    "format_finding",
    "format_findings",
]

_TYPE_TITLE = {
    FindingType.CONTRADICTION: "contradiction",
    FindingType.LEDGER_MISMATCH: "ledger mismatch",
    FindingType.UNSOURCED: "unsourced statistic",
}


@dataclass(frozen=True)
class Checked:
    """A report together with its documents, so a failure can name the line a figure is
    on (a ``Report`` alone keeps offsets, not text)."""

    report: Report
    documents: Mapping[str, Document] = field(default_factory=dict)


# ------------------------------------------------------------------ the assertions
def assert_consistent(corpus: Any, **check_kwargs: Any) -> Report:
    """Fail when any two figures in ``corpus`` contradict each other (or a document could
    not be read, because then nobody checked it). Returns the report when it passes."""
    checked = _checked(corpus, check_kwargs)
    findings = _of_type(checked.report, FindingType.CONTRADICTION)
    failures = _document_failures(checked.report) + [
        format_finding(f, checked.documents) for f in findings
    ]
    _raise_if(failures, _count(len(findings), "contradiction"), checked.report)
    return checked.report


def assert_sourced(corpus: Any, **check_kwargs: Any) -> Report:
    """Fail when a statistic is stated with no source, or only a vague one ("experts
    say"), or a document could not be read. Returns the report when it passes."""
    checked = _checked(corpus, check_kwargs)
    findings = _of_type(checked.report, FindingType.UNSOURCED)
    failures = _document_failures(checked.report) + [
        format_finding(f, checked.documents) for f in findings
    ]
    _raise_if(failures, _count(len(findings), "unsourced statistic"), checked.report)
    return checked.report


def assert_claim(
    corpus: Any,
    *,
    subject: str,
    attribute: str,
    equals: str,
    rel: float = 0.01,
    period: str | None = None,
    **check_kwargs: Any,
) -> tuple[Claim, ...]:
    """Fail unless the corpus states ``subject``'s ``attribute`` and every statement of it
    agrees with ``equals`` (written as an article would write it: "$50 billion", "45%").

    ``subject`` may be a name or a deal between two parties joined by an en dash or a
    slash ("Acme/Globex", in either order); aliases apply, including those passed as
    ``aliases=``. Two figures agree when their intervals (written precision and hedges,
    as in the reconciler) overlap after widening each by ``rel`` of its value. ``period``
    ("2024", "by 2023") keeps only the claims scoped to that period. Returns the matching
    claims when it passes.
    """
    expected = _expected_value(equals)
    checked = _checked(corpus, check_kwargs)
    table = _alias_table(check_kwargs.get("aliases"))
    wanted_subject = group_key(ledger_subject(subject, table))
    wanted_attribute = normalise_attribute(attribute)
    rates = check_kwargs.get("exchange_rates") or {}
    tolerance = Tolerance(
        relative=Decimal(str(rel)),
        rates={str(k).upper(): Decimal(str(v)) for k, v in rates.items()},
    )

    about = [
        c for c in checked.report.claims if c.subject and group_key(c.subject) == wanted_subject
    ]
    matching = tuple(
        c
        for c in about
        if c.attribute
        and normalise_attribute(c.attribute) == wanted_attribute
        and (period is None or (c.period is not None and str(c.period) == period))
    )
    what = f"{subject} {attribute}" + (f" ({period})" if period else "")
    failures = _document_failures(checked.report)
    if not matching:
        failures.append(_nothing_found(what, about, checked.report.claims, wanted_attribute))
    for claim in matching:
        problem = _disagreement(claim, expected, tolerance)
        if problem:
            failures.append(f"{problem}\n" + _evidence(claim, checked.documents))
    _raise_if(failures, f"{what} is not {equals} throughout", checked.report)
    return matching


# ------------------------------------------------------------------ formatting
def format_finding(finding: Finding, documents: Mapping[str, Document] | None = None) -> str:
    """One finding as an editor reads it: what it is about, each sentence with its document
    and figure, and factcheck's reason. ``documents`` (id -> ``Document``) adds the line
    numbers of the files the figures are in."""
    documents = documents or {}
    a = finding.a
    about = ", ".join(p for p in (a.subject or "subject unclear", a.attribute) if p)
    if finding.ledger is not None:
        about = f"{finding.ledger.subject}, {finding.ledger.attribute}"
    lines = [f"{_TYPE_TITLE[finding.type]}: {about}" + (f" ({a.period})" if a.period else "")]
    lines.append(_evidence(a, documents))
    if finding.b is not None:
        lines.append(_evidence(finding.b, documents))
    elif finding.ledger is not None:
        fact = finding.ledger
        as_of = f" as of {fact.as_of}" if fact.as_of else ""
        source = f" (source: {fact.source})" if fact.source else ""
        lines.append(f"  the ledger, row {fact.row}, says {fact.text}{as_of}{source}")
    lines.append(f"  why: {finding.explanation}")
    return "\n".join(lines)


def format_findings(
    findings: Iterable[Finding], documents: Mapping[str, Document] | None = None
) -> str:
    """Numbered findings, one block each, separated by a blank line."""
    return "\n\n".join(
        _numbered(i, format_finding(f, documents)) for i, f in enumerate(findings, start=1)
    )


def _evidence(claim: Claim, documents: Mapping[str, Document]) -> str:
    where = claim.location.doc
    document = documents.get(where)
    line = document.line_of(claim.location.start) if document is not None else None
    if line is not None:
        where += f", line {line}"
    return f"  {where} says {claim.text}:\n    \"{claim.location.sentence}\""


def _numbered(number: int, block: str) -> str:
    head, _, rest = block.partition("\n")
    return f"{number}. {head}" + (f"\n{rest}" if rest else "")


# ------------------------------------------------------------------ helpers
def _checked(corpus: Any, check_kwargs: Mapping[str, Any]) -> Checked:
    if isinstance(corpus, Report):
        if check_kwargs:
            raise TypeError(
                "options for factcheck.check (" + ", ".join(sorted(check_kwargs)) + ") cannot "
                "apply to a Report that is already checked; pass the corpus instead"
            )
        return Checked(corpus)
    loaded = load_corpus(corpus)
    return Checked(check(loaded, **check_kwargs), {d.id: d for d in loaded.documents})


def _of_type(report: Report, kind: FindingType) -> list[Finding]:
    return [f for f in report.findings if f.type is kind]


def _document_failures(report: Report) -> list[str]:
    return [f"could not check {d.id}: {d.error}" for d in report.failures]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _raise_if(failures: Sequence[str], headline: str, report: Report) -> None:
    """Raise one AssertionError that lists every failure, numbered."""
    if not failures:
        return
    checked = sum(1 for d in report.documents if d.status == "checked")
    body = "\n\n".join(_numbered(i, f) for i, f in enumerate(failures, start=1))
    documents = _count(checked, "document")
    unread = f", {len(report.failures)} could not be read" if report.failures else ""
    raise AssertionError(
        f"factcheck: {headline} ({_count(len(failures), 'failure')}; "
        f"{documents} checked{unread})\n\n{body}"
    )


def _alias_table(aliases: Any) -> AliasTable:
    """The table ``check`` uses: the shipped one, extended by the user's."""
    table = AliasTable.default()
    if isinstance(aliases, AliasTable):
        return table | aliases
    if aliases is not None:
        return table | AliasTable.load(aliases)
    return table


def _expected_value(equals: str) -> Mention:
    mentions = [m for m in find_mentions(equals) if isinstance(m.value, (Amount, DateValue))]
    if not mentions:
        raise ValueError(f"equals={equals!r} is not a figure factcheck can read")
    return max(mentions, key=lambda m: m.end - m.start)


def _disagreement(claim: Claim, expected: Mention, tolerance: Tolerance) -> str | None:
    """Why ``claim`` does not state ``expected``, or None when it does."""
    if claim.kind is not expected.kind:
        return (
            f"a {claim.kind.value} figure ({claim.text}), "
            f"not a {expected.kind.value} like {expected.text}"
        )
    a, b = claim.value, expected.value
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        overlap = a.start <= b.end and b.start <= a.end
        return None if overlap else f"{claim.text} is not {expected.text}"
    as_expected = Claim(
        kind=expected.kind,
        value=expected.value,
        unit=expected.unit,
        text=expected.text,
        location=claim.location,
    )
    mine = comparable_amount(claim, tolerance)
    theirs = comparable_amount(as_expected, tolerance)
    if mine is None or theirs is None or mine[0] != theirs[0]:
        return (
            f"{claim.text} is in {claim.unit or 'no unit'}, {expected.text} in "
            f"{expected.unit or 'no unit'}; they cannot be compared"
        )
    if disagree(mine[1], theirs[1], tolerance):
        return f"{claim.text} is not {expected.text} (relative tolerance {tolerance.relative})"
    return None


def _nothing_found(
    what: str, about: Sequence[Claim], claims: Sequence[Claim], attribute: str
) -> str:
    """Say that nothing matched, and what was found instead, so a typo is easy to spot."""
    message = f"no claim states {what}"
    attributes = sorted({c.attribute for c in about if c.attribute})
    if attributes:
        message += f"; claims about this subject are about: {', '.join(attributes)}"
    elif about:
        message += "; claims about this subject have no clear attribute"
    subjects = sorted(
        {
            c.subject
            for c in claims
            if c.subject and c.attribute and normalise_attribute(c.attribute) == attribute
        }
    )
    if subjects:
        message += f"; subjects with this attribute: {', '.join(subjects)}"
    return message
