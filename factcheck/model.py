"""Frozen value objects that flow through factcheck.

Everything here is plain data: strings, numbers, dates and offsets, never spaCy objects.
That keeps claims picklable (for multiprocessing), hashable (for grouping), easy to put
in a pandas DataFrame, and constructible by hypothesis without loading a pipeline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

INF = Decimal("Infinity")


class Kind(StrEnum):
    """What a claim measures."""

    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    QUANTITY = "quantity"
    RANK = "rank"
    DATE = "date"


class Bound(StrEnum):
    """How the writer qualified a number.

    ``exact`` is still subject to written precision ("$15B" spans 14.5B..15.5B);
    ``approx`` is a hedge ("about", "roughly", "nearly"); the reconciler widens it.
    """

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"  # "at least", "more than", "over", "11,000+", "X-plus"
    AT_MOST = "at_most"  # "up to", "under", "less than", "no more than"
    RANGE = "range"  # "$10-15B", "between 1 and 2 billion"


class Granularity(StrEnum):
    """How precisely a date was written; dates compare at the coarser of two."""

    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    DAY = "day"


class Sourcing(StrEnum):
    """Whether a claim carries an attribution, and whether it needs one."""

    SOURCED = "sourced"
    WEAK = "weak"  # "experts say", "studies show"
    UNSOURCED = "unsourced"
    NOT_NEEDED = "not_needed"


class FindingType(StrEnum):
    CONTRADICTION = "contradiction"
    LEDGER_MISMATCH = "ledger_mismatch"
    UNSOURCED = "unsourced"


@dataclass(frozen=True, slots=True)
class Amount:
    """A number as an interval.

    ``value`` is the number as written (the lower end for a range, ``high_value`` the
    upper end). ``precision`` is half a unit of the last written digit, scaled: "$15B"
    has precision 0.5e9 and "$15.2B" 0.05e9. ``low``/``high`` combine bound and
    precision into the interval the writer committed to; open ends are infinite.
    """

    value: Decimal
    bound: Bound = Bound.EXACT
    precision: Decimal = Decimal(0)
    high_value: Decimal | None = None

    @property
    def low(self) -> Decimal:
        if self.bound is Bound.AT_MOST:
            return -INF if self.value < 0 else Decimal(0)
        if self.bound is Bound.AT_LEAST:
            return self.value
        return self.value - self.precision

    @property
    def high(self) -> Decimal:
        if self.bound is Bound.AT_LEAST:
            return INF
        if self.bound is Bound.AT_MOST:
            return self.value
        top = self.high_value if self.high_value is not None else self.value
        return top + self.precision

    def scaled(self, factor: Decimal) -> Amount:
        """The same amount in another unit (used for currency conversion)."""
        return Amount(
            self.value * factor,
            self.bound,
            self.precision * factor,
            None if self.high_value is None else self.high_value * factor,
        )


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar date at the granularity it was written with.

    ``start``/``end`` are the first and last day covered ("March 2026" covers
    2026-03-01..2026-03-31). ``iso`` is the ISO string at that granularity:
    "2026", "2026-Q2", "2026-03" or "2026-03-02".
    """

    start: dt.date
    end: dt.date
    granularity: Granularity

    @property
    def iso(self) -> str:
        if self.granularity is Granularity.YEAR:
            return f"{self.start.year:04d}"
        if self.granularity is Granularity.QUARTER:
            return f"{self.start.year:04d}-Q{(self.start.month - 1) // 3 + 1}"
        if self.granularity is Granularity.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return self.start.isoformat()


Value = Amount | DateValue


@dataclass(frozen=True, slots=True)
class Mention:
    """What an extractor finds in a piece of text, before subjects are attached.

    Offsets are relative to the text the extractor was given.
    """

    kind: Kind
    start: int
    end: int
    text: str
    value: Value
    unit: str | None = None
    per: str | None = None  # money per unit: "$5.16 per share" -> per="share"


@dataclass(frozen=True, slots=True)
class Document:
    """One input article. ``published`` anchors relative dates ("last week").

    ``first_line`` is the line of its file on which ``text`` begins (front matter comes
    before it), so that the line numbers shown to an editor are the ones their editor
    shows; ``None`` when the text is not a file's own lines (an HTML page's extracted text,
    a JSONL or CSV row).
    """

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    meta: tuple[tuple[str, str], ...] = ()
    first_line: int | None = 1

    def line_of(self, offset: int) -> int | None:
        """The file line that holds character ``offset`` of ``text``, when there is one."""
        if self.first_line is None:
            return None
        return self.first_line + self.text.count("\n", 0, offset)


@dataclass(frozen=True, slots=True)
class Location:
    """Where a claim was read: the evidence an editor needs to find it again."""

    doc: str
    start: int  # character offsets into Document.text
    end: int
    sentence: str
    sentence_start: int = 0
    # the document's publication date: an undated level ("employs 120 people") is the
    # level when the article appeared (see ``factcheck.reconcile.Tolerance.level_window``)
    published: dt.date | None = None

    @property
    def in_sentence(self) -> tuple[int, int]:
        """The figure's start and end offsets in ``sentence``."""
        return self.start - self.sentence_start, self.end - self.sentence_start


# The relation of a financial year named by its closing month ("the year to March 2026")
YEAR_TO = "year to"
# The relation of a year written across two calendar years ("the 2024/25 season"), whose
# ``date`` spans both
SPLIT_YEAR = "split year"


@dataclass(frozen=True, slots=True)
class Period:
    """The time a figure is scoped to: "in 2019", "by 2023", "fiscal 2024", "Q4".

    ``relation`` is "in" for a figure that belongs to the period (a tranche, a quarter's
    revenue), "by" for a cumulative figure up to it ("by 2023", "as of March"), and
    ``YEAR_TO`` for the twelve months that end with ``date``, a month ("the year to 31
    March 2026" is ``year to 2026-03``).
    """

    date: DateValue
    relation: str = "in"

    def __str__(self) -> str:
        if self.relation == SPLIT_YEAR:
            first = self.date.start.year
            return f"{first}/{(first + 1) % 100:02d}"
        return self.date.iso if self.relation == "in" else f"{self.relation} {self.date.iso}"

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        """The first and last day the period covers."""
        end = self.date.end
        if self.relation == YEAR_TO:
            month = end.month % 12 + 1
            return dt.date(end.year - (month != 1), month, 1), end
        return self.date.start, end


@dataclass(frozen=True, slots=True)
class Claim:
    """A typed, located statement of a figure about a subject."""

    kind: Kind
    value: Value
    unit: str | None
    text: str
    location: Location
    subject: str | None = None
    attribute: str | None = None
    period: Period | None = None
    source: str | None = None
    sourcing: Sourcing = Sourcing.NOT_NEEDED
    item: str | None = None  # ranks: the item that holds the position; None otherwise
    per: str | None = None  # money per unit ("per share")

    @property
    def doc(self) -> str:
        return self.location.doc

    def display_value(self) -> str:
        """The value as an editor reads it back, with the surface text it came from."""
        return self.text


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing an editor should look at. ``b`` is None for unsourced statistics;
    for a ledger mismatch ``b`` is None and ``ledger`` holds the known fact."""

    type: FindingType
    a: Claim
    b: Claim | None
    explanation: str
    ledger: LedgerFact | None = None


@dataclass(frozen=True, slots=True)
class LedgerFact:
    """A known fact from the user's ledger CSV (subject, attribute, value, as_of, source)."""

    subject: str
    attribute: str
    kind: Kind
    value: Value
    unit: str | None
    text: str
    as_of: Period | None = None
    source: str | None = None
    row: int = 0


@dataclass(frozen=True, slots=True)
class DocumentStatus:
    """Every input document is accounted for: checked, or failed with the reason."""

    id: str
    status: str  # "checked" or "failed"
    error: str | None = None
    claims: int = 0


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What a report shows about an article besides its claims: title, outlet, link, date.

    A report keeps this instead of the ``Document`` so that it stays small (no article
    text) while an editor's report can still name and link every article it cites.
    """

    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None

    @classmethod
    def of(cls, document: Document) -> DocumentInfo:
        return cls(document.id, document.title, document.source, document.url, document.published)
