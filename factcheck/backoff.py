"""What one article leaves unsaid and the rest of the corpus says: readings made over the
whole corpus, before claims are grouped for comparison.

An article often writes a figure's attribute, date or parties once per story and leaves
them out elsewhere; the corpus then says what the bare figure is. Each reading here is
narrow and measured against the traps of the fixture corpora (see docs/how-it-decides.md):

- ``Lender``: a bare sum takes its subject's one fine, takeover price or fee;
- ``Dater``: an undated fine, takeover price or fee takes the one month or day the corpus
  dates it by, and an undated annual figure the one financial year;
- ``Takeovers``: a deal between two parties is the takeover price of the one the other
  bought;
- ``CountBackoff``: a count's one modifier that says what the subject is narrows nothing;
- ``Ranker``: a rank's board written short or left out, and its edition left out, are the
  one board and edition the corpus ranks that item on.

Each is built from a few rows gathered over the corpus (``*_rows``), so a distributed
engine (``factcheck.dask``) gathers the rows first and applies the same readings partition
by partition; the in-memory path (``factcheck.reconcile.claim_groups``) calls ``read_corpus``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

from factcheck.context import (
    BOARD_NOUNS,
    EDITION_WORDS,
    LENT_ATTRIBUTES,
    PART_MODIFIERS,
    SPAN_QUALIFIERS,
    figure_is_unqualified,
    group_ranked_within,
)
from factcheck.model import YEAR_TO, Claim, Granularity, Kind, Period
from factcheck.subjects import group_key, relation_parties, subject_key


class Keys:
    """Memoised subject keys and period strings: an archive names the same subjects and
    periods over and over, and the key functions are regex work. ``short`` maps a short
    name to the full name the corpus also writes (see ``corpus_short_names``)."""

    def __init__(self, short: Mapping[str, str] | None = None) -> None:
        self.short = short or {}
        self.groups: dict[str, str] = {}
        self.periods: dict[Period, str] = {}

    def group(self, subject: str) -> str:
        key = self.groups.get(subject)
        if key is None:
            key = self.groups[subject] = group_key(subject, self.short)
        return key

    def period(self, period: Period | None) -> str:
        if period is None:
            return ""
        text = self.periods.get(period)
        if text is None:
            text = self.periods[period] = str(period)
        return text


def _lend_unit(claim: Claim) -> str:
    """The unit two sums must share for one to lend its attribute to the other: the
    currency (or none written)."""
    return claim.unit or ""


def _lendable(attribute: str) -> bool:
    """An attribute of a one-time sum (``data/lent_attributes.txt``), qualified or not, or
    a facility's capacity (what a plant or a network can do, which a corpus gives one
    value of at a time), never capacity added or a combined group's."""
    if attribute.endswith(("(added)", "(combined)")):
        return False
    return attribute.split(" (", 1)[0] in LENT_ATTRIBUTES or attribute.startswith("capacity")


_LENT_KINDS = (Kind.MONEY, Kind.QUANTITY)


# (document, subject as written, currency, period, attribute) of an attributed sum: all
# that ``Lender`` needs of the corpus, few and small enough to gather on one machine
LendRow = tuple[str, str, str, str, str]


def lending_rows(claims: Iterable[Claim]) -> Iterator[LendRow]:
    """What the corpus says of attributed sums, for ``Lender`` (a distributed engine
    gathers these rows first, as it does the names for ``corpus_short_names``)."""
    written: dict[Period, str] = {}  # a corpus names a few periods a million times
    for claim in claims:
        if claim.kind in _LENT_KINDS and claim.subject and claim.attribute:
            period = claim.period
            if period is None:
                text = ""
            else:
                text = written.get(period) or written.setdefault(period, str(period))
            yield (claim.location.doc, claim.subject, _lend_unit(claim), text, claim.attribute)


class Lender:
    """Lends a sum that has a subject but no attribute its subject's one attribute of a
    one-time sum in the corpus ("will pay £185 million to resolve a probe" of a bank in
    one article, "a £240 million fine" of that bank in another: the fine), and a bare
    quantity its subject's one capacity in that unit ("will draw 240 megawatts" of a data
    centre whose "180 MW of critical IT capacity" another article gives).

    Editors write a sum's attribute once per story and leave it out elsewhere; the corpus,
    not the sentence, then says what the sum is. Measured on the fixture corpora, lending
    pays only for one-time sums (``LENT_ATTRIBUTES``: fines, takeover prices, fees) and
    capacities (found 2 pairs of corpora 15 and 31, no false alarm): lent results (revenue,
    profit), other quantities or counts made false alarms. Lent only when the sum cannot
    be something else: the subject has exactly one attribute in that currency (or unit)
    and period in the whole corpus, and it is a one-time sum's (or a capacity); the sum's
    own article states no attributed sum of the subject in that currency and period (an
    article that names one sum's attribute uses its other sums for other things); it is
    no price per unit; and its sentence holds none of the cues for which ``describe``
    withholds an attribute (``figure_is_unqualified``: a base, a projection, a listed
    part, an earlier event, a share price's level, an estimate).
    """

    def __init__(self, rows: Iterable[LendRow], keys: Keys) -> None:
        self.keys = keys
        told: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        # (subject key, unit, period) -> the documents that attribute such a sum
        self.told_in: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        groups, group = keys.groups, keys.group  # the subject's key looked up, not recomputed
        for doc, subject, unit, period, attribute in rows:
            key = (groups.get(subject) or group(subject), unit, period)
            told[key].add(attribute)
            self.told_in[key].add(doc)
        self.lent = {
            key: next(iter(names))
            for key, names in told.items()
            if len(names) == 1 and _lendable(next(iter(names)))
        }

    def lend(self, claim: Claim) -> Claim:
        """``claim``, with the attribute it is lent, if any."""
        if (
            not self.lent
            or claim.kind not in _LENT_KINDS
            or not claim.subject
            or claim.attribute
            or claim.per
        ):
            return claim
        key = (self.keys.group(claim.subject), _lend_unit(claim), self.keys.period(claim.period))
        attribute = self.lent.get(key)
        if attribute is None or claim.location.doc in self.told_in[key]:
            return claim
        if not unqualified(claim):
            return claim
        return dataclasses.replace(claim, attribute=attribute)


def unqualified(claim: Claim) -> bool:
    """Has ``claim`` no attribute for want of a cue, not for a reason (a base, a projection,
    an earlier event: ``figure_is_unqualified``)? Only such a figure may be given one."""
    start, end = claim.location.in_sentence
    return figure_is_unqualified(claim.location.sentence, start, end, claim.kind)


def lent_attributes(claims: list[Claim], keys: Keys) -> list[Claim]:
    """``claims``, each with the attribute ``Lender`` lends it, if any."""
    lender = Lender(lending_rows(claims), keys)
    if not lender.lent:
        return claims
    # only a claim without an attribute is lent one: most claims have one, and are kept
    # without a call
    return [claim if claim.attribute else lender.lend(claim) for claim in claims]


# (document, subject as written, currency, attribute, period) of a dated one-time sum: all
# that ``Dater`` needs of the corpus, gathered first on a cluster
DatedRow = tuple[str, str, str, str, Period | None]
# The attribute of a row that only says its article reports a quarter of its subject
_OF_A_QUARTER = ""
_QUARTERLY = " (quarterly)"


def _one_time_sum(claim: Claim) -> bool:
    """A sum of a one-time event with a subject (a fine, a takeover price, a fee:
    ``data/lent_attributes.txt``), not a price per unit."""
    return (
        claim.kind is Kind.MONEY
        and bool(claim.subject)
        and claim.attribute is not None
        and _lendable(claim.attribute)
        and not claim.per
    )


_ANNUAL = " (annual)"
_OTHER_SPANS = SPAN_QUALIFIERS - {_ANNUAL}


def _fiscal_figure(claim: Claim) -> bool:
    """A figure of a flow with a subject and no per-unit price, whose attribute states no
    span other than a year's: what a financial year dates (see ``Dater``)."""
    attribute = claim.attribute
    return (
        claim.kind in (Kind.MONEY, Kind.COUNT, Kind.QUANTITY)
        and bool(claim.subject)
        and attribute is not None
        and not claim.per
        and not any(attribute.endswith(span) for span in _OTHER_SPANS)
        and not _lendable(attribute)
    )


def dated_rows(claims: Iterable[Claim]) -> Iterator[DatedRow]:
    """Where the corpus dates a one-time sum, or a figure by a financial year, for
    ``Dater``."""
    for claim in claims:
        subject, attribute, period = claim.subject, claim.attribute, claim.period
        if not subject or not attribute:
            continue
        if claim.kind in (Kind.MONEY, Kind.PERCENT) and (
            attribute.endswith(_QUARTERLY)
            or (period is not None and period.date.granularity is Granularity.QUARTER)
        ):
            # an article on a quarter of its subject ("its third-quarter EBITDA margin
            # slipped to 15.2%"): its undated results are the quarter's
            yield claim.location.doc, subject, "", _OF_A_QUARTER, None
        if period is None:
            continue
        if _one_time_sum(claim) or (period.relation == YEAR_TO and _fiscal_figure(claim)):
            yield claim.location.doc, subject, _lend_unit(claim), attribute, period


def _recent(period: Period) -> bool:
    """A period of a month or a day: how news dates an event of its own year ("fined in
    July", "agreed on Monday"), while an earlier event is dated by its year ("paid €540m
    for X in 2021")."""
    return period.date.granularity in (Granularity.MONTH, Granularity.DAY)


# How long after a financial year ends its results are still the latest an article
# reports: the next year's end, and a season for the results to come out
_LATEST_YEAR = dt.timedelta(days=365 + 92)


def _reported_by(period: Period, published: dt.date | None) -> bool:
    """The financial year ``period`` is the latest one an article published on
    ``published`` can give results of: it has ended, and the next one has not been
    reported yet. "Net revenue rose 6.2%" in May 2025 is never of the year to March 2026,
    however often the corpus names that year."""
    if published is None:
        return True
    end = period.date.end
    return end < published <= end + _LATEST_YEAR


class Dater:
    """Dates an undated one-time sum by the one date the corpus gives that sum ("fined
    £11.5 million in July" in one article, "a £14.2 million fine" of the same company in
    another: one fine, two figures), and an undated annual figure by the one financial
    year the corpus gives it ("£1.08bn in the year to March" in one article, "annual sales
    of £1.32bn" in another).

    A fine, a takeover price or a fee is one event: an article that leaves its date out
    speaks of the same event as one that gives it, when the corpus dates that subject's sum
    of that kind once by a month or a day (``_recent``: a year dates an earlier event, "paid
    €540m for X in 2021"). A company whose year ends in another month than December is
    written up for its latest financial year, which an article names once ("the year to 31
    March 2026") and others leave out; a calendar year is not lent (an undated annual
    figure may be any year's, and "2025" is not how a financial year is written). Not when
    the corpus gives two such dates (two fines, two years), nor when the undated figure's
    own article dates one such figure of the subject (it then speaks of another), nor a
    financial year to a figure in an article that reports a quarter of the subject ("its
    fiscal first quarter ... The net loss narrowed to ¥1.9 billion"), nor to one in an
    article written before that year ended or after the next one was reported
    (``_reported_by``).
    """

    def __init__(self, rows: Iterable[DatedRow], keys: Keys) -> None:
        self.keys = keys
        periods: dict[tuple[str, str, str], set[Period]] = defaultdict(set)
        self.in_doc: set[tuple[str, str, str, str]] = set()
        self.quarterly: set[tuple[str, str]] = set()  # (document, subject key)
        for doc, subject, unit, attribute, period in rows:
            if attribute == _OF_A_QUARTER:
                self.quarterly.add((doc, keys.group(subject)))
                continue
            if period is None or not _recent(period):
                continue  # "a £2.4 million fine in 2017": an earlier event, not this one's
            key = (keys.group(subject), unit, attribute)
            periods[key].add(period)
            self.in_doc.add((doc, *key))
        self.dates = {key: next(iter(p)) for key, p in periods.items() if len(p) == 1}

    def date(self, claim: Claim) -> Claim:
        """``claim``, with the period it is dated by, if any."""
        subject, attribute = claim.subject, claim.attribute
        if not self.dates or claim.period is not None or not subject or not attribute:
            return claim
        if _one_time_sum(claim):
            key = (self.keys.group(subject), _lend_unit(claim), attribute)
            period = self.dates.get(key)
        elif _fiscal_figure(claim):
            if (claim.location.doc, self.keys.group(subject)) in self.quarterly:
                return claim  # "The net loss narrowed to ¥1.9 billion" in a quarter's story
            attribute = attribute.removesuffix(_ANNUAL)
            key = (self.keys.group(subject), _lend_unit(claim), attribute)
            period = self.dates.get(key)
            if period is not None and (
                period.relation != YEAR_TO or not _reported_by(period, claim.location.published)
            ):
                period = None
        else:
            return claim
        if period is None or (claim.location.doc, *key) in self.in_doc:
            return claim
        return dataclasses.replace(claim, attribute=attribute, period=period)


def dated_sums(
    claims: list[Claim], keys: Keys, rows: Iterable[DatedRow] | None = None
) -> list[Claim]:
    """``claims``, each undated one-time sum with the date ``Dater`` gives it, if any;
    ``rows`` are the dated sums to read the dates from (by default ``claims``' own)."""
    dater = Dater(dated_rows(claims) if rows is None else rows, keys)
    if not dater.dates:
        return claims
    return [dater.date(claim) for claim in claims]


# (target's subject key, sentence of its takeover price, case-folded) of every takeover
# price in the corpus: all that ``Takeovers`` needs, gathered first on a cluster
TakeoverRow = tuple[str, str]

_DEAL = "deal_value"
_TAKEOVER_PRICE = "acquisition_price"


def takeover_rows(claims: Iterable[Claim], keys: Keys) -> Iterator[TakeoverRow]:
    """Where the corpus states a takeover price, for ``Takeovers``."""
    for claim in claims:
        if (
            claim.kind is Kind.MONEY
            and claim.subject
            and claim.attribute == _TAKEOVER_PRICE
            and len(relation_parties(claim.subject)) == 1
        ):
            yield keys.group(claim.subject), claim.location.sentence.casefold()


class Takeovers:
    """Reads the value of a deal between two parties as the takeover price of one of them
    when the corpus says that one was bought by the other ("Acme agreed to buy Globex for
    $2 billion" in one article, "Acme's deal with Globex is worth $2.6 billion" in another:
    one price, two figures).

    The deal is a takeover only when exactly one of its parties has a takeover price in
    the corpus, stated in a sentence that names the other party; a deal between a company
    and a firm that someone else bought stays a deal.
    """

    def __init__(self, rows: Iterable[TakeoverRow], keys: Keys) -> None:
        self.keys = keys
        self.sentences: dict[str, set[str]] = defaultdict(set)
        for target, sentence in rows:
            self.sentences[target].add(sentence)

    def read(self, claim: Claim) -> Claim:
        """``claim``, as the takeover price it is, if it is one."""
        if not self.sentences or claim.attribute != _DEAL or not claim.subject:
            return claim
        parties = relation_parties(claim.subject)
        if len(parties) != 2:
            return claim
        bought = [
            party
            for party, other in (parties, parties[::-1])
            if any(
                subject_key(other) in sentence
                for sentence in self.sentences.get(self.keys.group(party), ())
            )
        ]
        if len(bought) != 1:
            return claim
        return dataclasses.replace(claim, subject=bought[0], attribute=_TAKEOVER_PRICE)


def takeovers_read(claims: list[Claim], keys: Keys) -> list[Claim]:
    """``claims``, each deal that is a takeover read as its price (``Takeovers``)."""
    takeovers = Takeovers(takeover_rows(claims, keys), keys)
    if not takeovers.sentences:
        return claims
    return [takeovers.read(claim) for claim in claims]


# A count's attribute with one modifier before its noun: "count of acute-care hospitals
# (operates)" -> ("acute-care", "hospitals", " (operates)")
_ONE_MODIFIER = re.compile(
    r"count of (?P<modifier>[^\s()]+) (?P<head>[^\s()]+)(?P<rest>(?: \(.*\))?)"
)
# The verb class of an estate run ("runs 980 shops", "operates 14 hospitals")
_RUNS = " (operates)"
# A stock at a period's end, right before its count: "ended 2025 with 1,140 stores", "closed
# the year with about 300" (bounded: the lead is at most 70 characters)
_ENDED_WITH = re.compile(
    r"\b(?:ended|closed|finished)\b[^.;]{0,40}?\bwith\s+(?:(?:about|around|some|nearly|"
    r"almost|more\s+than|over|roughly|just)\s+)*$",
    re.IGNORECASE,
)
# The same stock told after its count: "which had 960 shops at the end of June" (bounded:
# at most 40 characters of the count's noun phrase first, in its clause)
_AT_PERIOD_END = re.compile(r"[^.;,()]{0,40}?\bat\s+the\s+(?:end|close)\s+of\s", re.IGNORECASE)
# ... or before it: "By the end of 2024 it had 330 shops" (at most 60 characters between)
_BY_PERIOD_END = re.compile(
    r"\b(?:by|at)\s+the\s+(?:end|close)\s+of\b[^.;()]{0,60}$", re.IGNORECASE
)
# A participle as a modifier ("leased jets", "producing mines", "overlapping branches")
_PARTICIPLE = re.compile(r"[a-z-]{3,}(?:ed|ing)")


def names_a_part(modifier: str) -> bool:
    """True when a count's modifier may name a part of what is counted: a word of
    ``data/part_modifiers.txt`` (or a hyphened word with a piece there), a capitalised
    word or one with a digit (a brand, a line or a size: "Acme Local stores", "TEU
    ships"), or a participle ("leased jets", "producing mines")."""
    low = modifier.lower()
    return (
        low in PART_MODIFIERS
        or any(piece in PART_MODIFIERS for piece in low.split("-"))
        or modifier != low
        or any(ch.isdigit() for ch in modifier)
        or _PARTICIPLE.fullmatch(low) is not None
    )


class CountBackoff:
    """Lets the one modifier of a count go when it narrows nothing, so that "runs 14
    acute-care hospitals" meets "brings 19 hospitals into" of the same company.

    A modifier usually names a part ("franchised stores", "full-time staff"), and then
    the count must stay apart. It narrows nothing when it says what the subject is: it is
    a word of the subject's name ("coffee shops" of an Acme Coffee), or the corpus writes
    that subject's noun only bare and with this one modifier (a hospital group written of
    as running "acute-care hospitals" and "hospitals", never "psychiatric" or "rural"
    ones). Never for a modifier that may name a part (``names_a_part``). Built from the
    corpus's distinct (subject, attribute) pairs, which a distributed engine gathers for
    ``corpus_short_names`` already. Measured on the fixture corpora: dropping every
    modifier found one planted pair and raised a false alarm ("mobile" and "connected"
    subscribers); this found the pair and raised none.

    A stock at the end of a period ("ended 2025 with 1,140 stores") is also the estate the
    subject runs ("was running 980 shops" by then) when the corpus writes that subject
    running that noun: only then is the noun an estate (a chain that "ended June with
    486,000 subscribers" runs no subscribers, so that count stays a stock it has).
    """

    def __init__(self, pairs: Iterable[tuple[str | None, str | None]], keys: Keys) -> None:
        counted = [
            (subject, attribute)
            for subject, attribute in set(pairs)
            if subject and attribute and attribute.startswith("count of ")
        ]
        told: dict[tuple[str, str], set[str]] = defaultdict(set)
        for subject, attribute in counted:
            words = attribute[9:].split(" (", 1)[0].split(" ")
            told[(keys.group(subject), words[-1].lower())].add(" ".join(words[:-1]).lower())
        # (subject, attribute) -> the attribute without its modifier, where one is let go
        self.bare: dict[tuple[str, str], str] = {}
        for subject, attribute in counted:
            found = _ONE_MODIFIER.fullmatch(attribute)
            if found is None or names_a_part(found.group("modifier")):
                continue
            modifier, head = found.group("modifier").lower(), found.group("head")
            group = keys.group(subject)
            if modifier in group.split() or told.get((group, head.lower())) == {"", modifier}:
                self.bare[(subject, attribute)] = f"count of {head}{found.group('rest')}"
        # (subject key, "count of <noun>") of every estate the corpus says a subject runs
        self.keys = keys
        self.run = {
            (keys.group(subject), bare[: -len(_RUNS)])
            for subject, attribute in counted
            if (bare := self.bare.get((subject, attribute), attribute)).endswith(_RUNS)
        }

    def widen(self, claim: Claim) -> Claim:
        """``claim``, with its count's modifier let go when it narrows nothing, and a stock
        at a period's end as the estate run when it is one (see the class)."""
        if not (self.bare or self.run) or claim.kind is not Kind.COUNT or not claim.subject:
            return claim
        attribute = self.bare.get((claim.subject, claim.attribute or ""), claim.attribute)
        if attribute and self._ended_with_estate(claim, attribute):
            attribute += _RUNS
        if attribute == claim.attribute:
            return claim
        return dataclasses.replace(claim, attribute=attribute)

    def _ended_with_estate(self, claim: Claim, attribute: str) -> bool:
        """True for a stock count with no verb ("count of stores") of a noun the corpus
        says the subject runs, written "ended/closed/finished <period> with N", "N stores
        at the end of <period>" or "By the end of <period> it had N"."""
        if "(" in attribute or (self.keys.group(claim.subject or ""), attribute) not in self.run:
            return False
        start, end = claim.location.in_sentence
        sentence = claim.location.sentence
        return (
            _ENDED_WITH.search(sentence[max(0, start - 70) : start]) is not None
            or _AT_PERIOD_END.match(sentence, end) is not None
            or _BY_PERIOD_END.search(sentence[max(0, start - 90) : start]) is not None
        )


def backed_off_counts(claims: list[Claim], keys: Keys) -> list[Claim]:
    """``claims``, each count with the modifier ``CountBackoff`` lets go, if any."""
    backoff = CountBackoff(((c.subject, c.attribute) for c in claims if c.kind is Kind.COUNT), keys)
    if not (backoff.bare or backoff.run):
        return claims
    return [backoff.widen(claim) for claim in claims]


_BOARD_WORD = re.compile(r"[^\W_]+(?:[.+][^\W_]+)*")
# A list named by its size after its owner's possessive: the list's own name is the board,
# as other articles write it without the owner ("Nordic Seafood Review's Salmon 30")
_SIZED_LIST_OF_OWNER = re.compile(
    r"['’]s?[ \t]+(?:(?:annual|latest|new|yearly)[ \t]+)?"
    r"(?P<name>(?:[A-Z][\w&.+-]*[ \t]+)+(?!(?:19|20)\d\d\b)\d{2,3})\b"
)
# A rank that is the base of a comparison or of an earlier edition: "up from 19th", "15th
# in last year's table", "11th a year earlier" (windows of 12 characters before the rank
# and 40 after it)
_BASE_BEFORE = re.compile(r"\b(?:from|than|versus|against)\s+(?:No\.\s*|number\s+)?$", re.I)
_EARLIER_AFTER = re.compile(
    # "last week's index" is the edition out now, not an earlier one
    r"^[^.;]{0,25}?\b(?:last(?!\s+week['’]s)|previous|prior|a\s+year\s+(?:earlier|ago|before)|"
    r"(?:earlier|previous)\s+edition)\b",
    re.IGNORECASE,
)


# A rank within a part of the board's field: "ninth among UK universities", "sixth of the
# European schools in the ranking" (not "sixth among the 40 carriers", "12th among the
# country's 40 regions": a field counted is the whole field)
_PART_OF_FIELD = re.compile(
    r"^\s+(?:place\s+)?(?:among|of)\s+(?:the\s+)?(?!\d|the\b|all\b)(?![^,.;]{0,25}\d)[A-Za-z]",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1 << 16)
def board_words(board: str) -> tuple[str, ...]:
    """The words that tell one board from another, as two articles may write them: case,
    hyphens, "&" and "and", an owner's possessive, the edition ("2024", "September",
    "annual", "this year's") and a closing board noun ("Index", "table") fold away, so
    "Acme's 2024 Health & Fitness ranking" and "the Acme health-and-fitness chart" are one
    board; the words that name it ("overall", "health", "fitness") stay. Remembered: a
    corpus names its few boards in rank after rank, and the folding is regex work."""
    named = _SIZED_LIST_OF_OWNER.search(board)
    if named is not None:
        board = named.group("name")  # "Tyre Trade Weekly's Asia Tyre 50" is the Asia Tyre 50
    text = board.casefold().replace("&", " and ").replace("’", "'")
    text = re.sub(r"'s?\b", " ", text)
    words = [
        w for w in _BOARD_WORD.findall(text)
        if w not in EDITION_WORDS and not (len(w) == 4 and w.isdigit())
    ]
    while len(words) > 1 and words[-1] in BOARD_NOUNS:
        words.pop()
    return tuple(words)


# A word that says a bare ordinal is a position on a list ("placed fourth", "No. 2", "came
# in at seventh", "in the ranking"): "the acquisition is Globex's first" is none
_RANKING_CUE = re.compile(
    # whole words for the nouns: "Santiago-listed", "a placement of new shares" rank nothing
    r"\b(?:rank\w*|plac(?:e|es|ed|ing)\b|finish\w*|came|comes|sits?|sat|climb\w*|rose|fell|"
    r"slipp\w*|jump\w*|No\.|(?:number|index|tables?|charts?|lists?|leaderboards?|standings|"
    r"league)\b|(?<![\w-])listed\b)",
    re.IGNORECASE,
)


# The words an owner's possessive board carries before its noun: "Hooli's 2025 executive
# MBA ranking" is Hooli's executive MBA board, though the sentence's board reads "Hooli"
_OWNED_WORDS = re.compile(
    r"['’]s?[ \t]+(?P<words>(?:[\w&-]+[ \t]+){1,5}?)(?:"
    + "|".join(sorted(BOARD_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def claim_board_words(claim: Claim) -> tuple[str, ...]:
    """The ``board_words`` of a rank's board, with the words its sentence writes between the
    board's owner and a board noun ("Hooli's 2025 executive MBA ranking" is read on "Hooli";
    its words say it is not Hooli's global MBA table); () for a rank with no board, or a
    bare board noun ("the table")."""
    board = claim.subject or ""
    words = board_words(board) if board else ()
    if not words or (len(words) == 1 and words[0] in BOARD_NOUNS):
        return ()
    sentence = claim.location.sentence
    at = sentence.find(board)
    if at < 0:
        return words
    owned = _OWNED_WORDS.match(sentence, at + len(board), at + len(board) + 80)
    return words if owned is None else board_words(f"{board} {owned.group('words')}")


def _name_words(board: str) -> tuple[str, ...]:
    """The ``board_words`` of a board's capitalised words and numbers: its name, without
    the lower-case words that say which of its owner's lists it is ("overall")."""
    return board_words(" ".join(w for w in board.split() if w[:1].isupper() or w[:1].isdigit()))


def ranking_cue(claim: Claim) -> bool:
    """True when a word of ranking stands near a rank with no board (50 characters before
    it, 40 after): only then may it take the board the corpus ranks its item on."""
    start, end = claim.location.in_sentence
    sentence = claim.location.sentence
    return _RANKING_CUE.search(sentence[max(0, start - 50) : end + 40]) is not None


def read_apart(claim: Claim) -> bool:
    """True for a rank the corpus must not read on another board or edition: the base of a
    comparison or a rank in an earlier edition ("up from 19th in last year's edition"), or
    a rank within a part of the field ("ninth among UK universities", "the third-highest
    UK school on the list"), a rank by size ("the second-largest operator"), or a rank on
    one measure of a list ("ninth on lead times")."""
    start, end = claim.location.in_sentence
    sentence = claim.location.sentence
    return bool(
        _BASE_BEFORE.search(sentence[max(0, start - 12) : start])
        or _EARLIER_AFTER.search(sentence[end : end + 40])
        or _PART_OF_FIELD.search(sentence[end : end + 30])
        or _ANOTHER_LIST.search(sentence[max(0, start - 60) : end + 60])
        or group_ranked_within(sentence, end) is not None  # "the third-highest UK school"
        or _SIZE_SUPERLATIVE.match(sentence, end) is not None  # "the second-largest operator"
        or _on_a_measure(sentence, end)  # "ranked ninth on lead times"
        or _APART_OPENING.match(sentence, 0, start) is not None
    )


# An opening that sets the sentence's ranks apart: an earlier edition ("In last year's
# edition Westmarch took top spot, Bellcroft came fourth") or a part of the field ("In
# covered hoppers alone, Pemberton now ranks second", "Among producers measured only on
# their Norwegian harvest, ...")
_APART_OPENING = re.compile(
    r"\W*(?:(?:In|On|For)\s+(?:last\s+year['’]s|the\s+(?:previous|prior|earlier))\s+"
    r"(?:edition|ranking|table|list|league|index|survey)\b"
    r"|(?:In|Among|For)\s+[^,;:.]{1,40}?\balone\b"
    # "Among producers measured only on their Norwegian harvest, Nordfjord ranks seventh"
    r"|(?:In|Among|For|On)\s+[^,;:.]{1,60}?\b(?:only|solely|just)\s+(?:on|by|in)\b[^,;:.]{1,40},)",
    re.IGNORECASE,
)


# A rank on one measure of a list, right after it: "ranked ninth on lead times", "only 11th
# on cost", "seventh on the index's compliance pillar"
_ON_A_MEASURE = re.compile(
    r"\s+on\s+(?:(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?)?(?P<measure>[a-z][\w-]*)"
)
_NO_MEASURE = frozenset(["a", "an", "the", "course", "track", "top", "average", "record"])


def _on_a_measure(sentence: str, end: int) -> bool:
    """Is the rank ending at ``end`` a place on one measure of a list ("ninth on lead
    times", "11th on cost"), a fact apart from the overall place? "On the list", "on the
    table" (a board noun) and "on average" are no measure."""
    found = _ON_A_MEASURE.match(sentence, end)
    if found is None:
        return False
    measure = found.group("measure")
    return measure not in _NO_MEASURE and measure not in BOARD_NOUNS


# An ordinal glued to a superlative of size: "the second-largest operator in the country" is
# a rank by size among its peers, a fact of its own, never a place on a list
_SIZE_SUPERLATIVE = re.compile(r"-(?:largest|biggest|smallest)\b", re.IGNORECASE)


# A list the sentence says is another one: "placed second in the study's separate ranking
# of mobile banking apps", "In a separate survey, X was ninth"
_ANOTHER_LIST = re.compile(
    r"\b(?:separate|another|other|different|sister|companion)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rankings?|lists?|tables?|surveys?|charts?|index|indices|studies|study|categor(?:y|ies))\b",
    re.IGNORECASE,
)


# (document, item as written, board as written or "", its words (``claim_board_words``),
# edition or None, whether a word of ranking stands near it) of a rank with an item: all
# that ``Ranker`` needs of the corpus, gathered first on a cluster
RankRow = tuple[str, str, str, tuple[str, ...], Period | None, bool]


def _read_ranks(claims: Iterable[Claim]) -> Iterator[tuple[Claim, tuple[str, ...], bool]]:
    """Each rank with an item that may be read on another board or edition, with its
    ``claim_board_words`` and whether a word of ranking stands near it."""
    for claim in claims:
        if claim.kind is Kind.RANK and claim.item and not read_apart(claim):
            yield claim, claim_board_words(claim), ranking_cue(claim)


def _rank_row(claim: Claim, words: tuple[str, ...], cue: bool) -> RankRow:
    return claim.location.doc, claim.item or "", claim.subject or "", words, claim.period, cue


def rank_rows(claims: Iterable[Claim]) -> Iterator[RankRow]:
    """Where the corpus ranks an item, for ``Ranker``."""
    for claim, words, cue in _read_ranks(claims):
        yield _rank_row(claim, words, cue)


class Ranker:
    """Reads a rank's board and edition as the corpus gives them for its item, so that one
    item's two positions on one list, in one edition, meet though the articles name the list
    in different words ("Acme's 2024 Global MBA Ranking" and "Acme's global MBA table"),
    short ("the Acme ranking"), or not at all ("Globex placed fourth").

    For each item (its written names merged as subjects are): two boards whose
    ``board_words`` are equal are one; a board whose words are a part of exactly one other
    board ranking that item is that board (a short form); a bare board noun ("the table") is
    no board. A rank with no board then takes the one board the corpus ranks the item on,
    and a rank with no edition the one edition the corpus gives (item, board). Never for a
    rank that is the base of a comparison or an earlier edition ("up from 19th in last
    year's edition"); an owner's overall chart and its category chart stay two boards (their
    words differ), and two boards for the item leave a bare rank alone.
    """

    def __init__(self, rows: Iterable[RankRow], keys: Keys) -> None:
        self.keys = keys
        names: dict[str, set[str]] = defaultdict(set)
        boards: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        written: dict[tuple[str, ...], set[str]] = defaultdict(set)
        rows = list(rows)
        for _, item, board, words, _, _ in rows:
            key = keys.group(item)
            names[key].add(item)
            if words:
                boards[key].add(words)
                written[words].add(board)
        # item key -> the name written longest, so that a short name meets the full one
        self.item = {key: max(sorted(n), key=len) for key, n in names.items()}
        # (item key, board words) -> the board's words in full: the one longer board ranking
        # the item that starts with the same word, holds all its words and adds only words
        # in lower case ("X's October overall table", "X's third-quarter smartphone tally"
        # for "X"); a capitalised word names another board ("the X Innovation Index")
        self.full: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}
        for key, found in boards.items():
            for words in found:
                longer = [
                    o
                    for o in found
                    if o[0] == words[0]
                    and set(words) < set(o)
                    and any(set(_name_words(b)) <= set(words) for b in written[o])
                ]
                self.full[(key, words)] = longer[0] if len(longer) == 1 else words
        # board words in full -> the board's name written longest, and the words it leaves
        # out where two boards would take one name ("Hooli executive mba" and "Hooli global
        # mba" for Hooli's two MBA tables, both read on "Hooli")
        names_of: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for (_, words), full in self.full.items():
            names_of[full] |= written[words]
        name = {full: max(sorted(w), key=len) for full, w in names_of.items()}
        taken: dict[str, int] = defaultdict(int)
        for board in name.values():
            taken[board] += 1
        self.name = {
            w: b if taken[b] == 1 else " ".join([b, *(x for x in w if x not in board_words(b))])
            for w, b in name.items()
        }
        # item key -> its one board, where the corpus ranks it on one
        self.only: dict[str, tuple[str, ...]] = {}
        for key, found in boards.items():
            whole = {self.full[(key, words)] for words in found}
            if len(whole) == 1:
                self.only[key] = whole.pop()
        # (document, item key) -> how many ranks of the item the article gives
        self.ranks: dict[tuple[str, str], int] = defaultdict(int)
        for doc, item, _, _, _, _ in rows:
            self.ranks[(doc, keys.group(item))] += 1
        editions: dict[tuple[str, tuple[str, ...]], set[Period]] = defaultdict(set)
        for doc, item, board, words, period, cue in rows:
            key = keys.group(item)
            full = self.full[(key, words)] if words else self._lent(doc, key, board, cue)
            if period is not None and full:
                editions[(key, full)].add(period)
        self.edition = {k: next(iter(p)) for k, p in editions.items() if len(p) == 1}
        # board words in full -> the yearly editions the corpus names it by ("Asia Tyre 50,
        # 2025 edition"): a rank on a list named by its size, dated by the month the list
        # came out ("the Asia Tyre 50 ranking published in December"), is in that year's
        self.years: dict[tuple[str, ...], set[Period]] = defaultdict(set)
        for (_, full), periods in editions.items():
            self.years[full] |= {p for p in periods if p.date.granularity is Granularity.YEAR}
        # (document, board owner's word) -> the editions the article dates that owner's
        # boards by: an article on one edition ("the annual ranking, published on Tuesday")
        # leaves its other ranks undated, and they are of its edition, not another article's
        self.article_editions: dict[tuple[str, str], set[Period]] = defaultdict(set)
        for doc, _, _, words, period, _ in rows:
            if words and period is not None:
                self.article_editions[(doc, words[0])].add(period)

    def _lent(self, doc: str, key: str, board: str, cue: bool) -> tuple[str, ...]:
        """The board a rank of the item ``key`` that names none takes: its item's one board,
        when a word of ranking stands near it and its article ranks the item once or names
        the list by a bare board noun ("in the table": the list the article is about); an
        article that ranks the item twice may use two boards."""
        if not cue or (not board and self.ranks[(doc, key)] > 1):
            return ()
        return self.only.get(key, ())

    def _edition(self, doc: str, key: str, words: tuple[str, ...]) -> Period | None:
        """The edition an undated rank of item ``key`` on the board ``words`` in ``doc`` is
        read in: the one edition its own article dates that owner's boards by, else the one
        edition the corpus gives (item, board). A rank in an article on the 2026 edition
        never takes the 2025 edition another article ranks the item in; an article dating
        two editions lends neither."""
        own = self.article_editions.get((doc, words[0]))
        if own:
            return next(iter(own)) if len(own) == 1 else None
        return self.edition.get((key, words))

    def read(self, claim: Claim, facts: tuple[tuple[str, ...], bool] | None = None) -> Claim:
        """``claim``, with its item's full name and the board and edition it is read on.
        ``facts`` are its ``claim_board_words`` and ``ranking_cue``, when already known."""
        if facts is None:
            if claim.kind is not Kind.RANK or not claim.item or read_apart(claim):
                return claim
            facts = claim_board_words(claim), ranking_cue(claim)
        key = self.keys.group(claim.item or "")
        words, cue = facts
        words = self.full.get((key, words), words)
        if not words:
            words = self._lent(claim.location.doc, key, claim.subject or "", cue)
        if not words:
            return claim
        period = claim.period
        if period is None:
            period = self._edition(claim.location.doc, key, words)
            if period is not None and _left_last_years_edition(claim, period):
                period = None
        elif period.date.granularity is Granularity.MONTH and words[-1].isdigit():
            # only a list named by its size ("the Salmon 30"), which comes out once a year:
            # another board's monthly edition is its own
            years = {y for y in self.years.get(words, ()) if y.date.start <= period.date.start
                     and period.date.end <= y.date.end}
            if len(years) == 1:
                period = years.pop()
        board = self.name.get(words, claim.subject or "")
        item = self.item.get(key, claim.item)
        if (board, period, item) == (claim.subject, claim.period, claim.item):
            return claim
        return dataclasses.replace(
            claim, subject=board, attribute="rank", period=period, item=item
        )


# The base of a move told in last year's edition: "up from ninth in last year's index"
_FROM_LAST_YEARS_EDITION = re.compile(
    r"\bfrom\s+(?:No\.\s*)?\w+(?:\s+place)?\s+(?:in|on)\s+last\s+year['’]s\b", re.IGNORECASE
)


def _left_last_years_edition(claim: Claim, edition: Period) -> bool:
    """Is ``edition`` the one the rank's own sentence says it moved from ("climbs to sixth,
    up from ninth in last year's index", written in 2026: not the 2025 edition)? Then the
    rank is not lent it."""
    published = claim.location.published
    return (
        published is not None
        and edition.date.granularity is Granularity.YEAR
        and edition.date.start.year == published.year - 1
        and _FROM_LAST_YEARS_EDITION.search(claim.location.sentence) is not None
    )


def ranks_read(claims: list[Claim], keys: Keys) -> list[Claim]:
    """``claims``, each rank read on the board and edition ``Ranker`` gives it."""
    ranks = list(_read_ranks(claims))  # each rank's facts found once, for both passes
    ranker = Ranker((_rank_row(*rank) for rank in ranks), keys)
    if not ranker.item:
        return claims
    read = {id(claim): ranker.read(claim, (words, cue)) for claim, words, cue in ranks}
    return [read.get(id(claim), claim) for claim in claims]


def read_corpus(claims: list[Claim], keys: Keys) -> list[Claim]:
    """``claims`` with every corpus reading applied, in the order a distributed engine
    applies them too: attributes lent, deals read as takeovers, sums dated, counts widened,
    ranks read on their boards. Dates are read from the sums as written or lent, and
    given after the takeovers are read: "the transaction gives X an enterprise value of
    €2.1 billion" is X's price, dated as the rest of X's price is."""
    lent = lent_attributes(claims, keys)
    dated = list(dated_rows(lent))
    claims = dated_sums(takeovers_read(lent, keys), keys, dated)
    return ranks_read(backed_off_counts(claims, keys), keys)
