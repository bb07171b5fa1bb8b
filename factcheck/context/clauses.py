"""Clause edges, asides and word windows: the shared ground of every reading of a figure.

Where a figure's clause starts and ends (hard boundaries, conjunctions, conversions in
parentheses), which stretches are asides (non-restrictive relative clauses), the first or
last words of a stretch, the wire dateline, and the regex building blocks (``_WORD``,
``_PRONOUN_START``, ``_DESCRIPTION_HEAD`` ...) and word-list loaders that the other modules
build their patterns from. It also holds the plain values passed in and out (``Entity``,
``Context``). It is separate because every other module of ``factcheck.context`` needs it
and it needs none of them: it is the bottom of the package's imports.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from factcheck.model import Kind, Mention, Period
from factcheck.referents import KIND_HEADS, OPENING_PHRASE, TRADE_HEADS
from factcheck.subjects import DEMONYMS


@dataclass(frozen=True, slots=True)
class Entity:
    """A name in a sentence, offsets relative to the sentence text, canonical ``name``."""

    start: int
    end: int
    name: str


@dataclass(frozen=True, slots=True)
class Context:
    subject: str | None
    attribute: str | None
    period: Period | None
    item: str | None = None
    clause: tuple[int, int] = (0, 0)  # the stretch of sentence the figure's cues come from


def _words(name: str) -> frozenset[str]:
    """A word list shipped in ``factcheck/data`` (one a line, ``#`` comments)."""
    text = resources.files("factcheck.data").joinpath(name).read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and w[0] != "#")


def _alternation(name: str) -> str:
    """A word list of ``factcheck/data`` as one regex group, longest first (so "brought
    in" is tried before "brought"), the words of a form joined by any whitespace."""
    forms = sorted(_words(name), key=len, reverse=True)
    return r"(?:" + "|".join(r"\s+".join(map(re.escape, v.split())) for v in forms) + r")"


# Clause boundaries that a cue word does not reach across.
# A full stop inside a sentence ends a clause unless it ends an abbreviation ("the U.S.
# market", "Acme Corp. said"): the sentence splitter has already cut real sentences.
# An en dash between two words joins them ("the Shanghai–Rotterdam route", "2019–2021").
# Abbreviated months and titles end no clause either ("the three months ended Sept. 30
# rose 9%", "Dr. Okafor said"). A comma before "while" or "whereas" does: what follows is
# another clause, with its own subject and cues ("X paid $410m for Y in 2024, while Z
# bought W for $260m last year").
_ABBREVIATIONS = (
    *("Inc", "Corp", "Ltd", "Co", "No", "vs", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr"),
    *("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
)
_HARD_BOUNDARY = re.compile(
    r"[;:()\[\]—]|–(?!\w)|(?<!\w)–|\s-\s|[!?](?:\s|$)|,(?=\s+(?:while|whereas)\b)|"
    r"\.(?<![A-Z]\.)"
    + "".join(rf"(?<!\b{word}\.)" for word in _ABBREVIATIONS)
    + r"(?:\s|$)"
)
_WORD = re.compile(r"[\w$€£¥%][\w'’.,$€£¥%+-]*")
# What a sentence refers back to with: a pronoun, or a definite description whose head is a
# kind of organisation ("the company", "the Boston kidney specialist", "the travel-booking
# app"), optionally after an opening adjunct ("For the full year, the utility's revenue").
# A capitalised modifier must be followed by a lower-case one, so "the Acme group" stays a
# name. Heads are generic nouns for organisations, never names.
_DESCRIPTION_HEAD = (
    r"(?:company|firm|group|startup|start-up|lab|club|team|bank|[a-z]*-?maker|giant|retailer|"
    r"carrier|insurer|business|utility|developer|specialist|biotech|app|"
    r"streamer|service|platform|studio|operator|lender|airline|manufacturer|"
    r"supplier|provider|publisher|producer|miner|buyer|seller|owner|brand|"
    r"promoter|broadcaster|distributor|conglomerate|network|label|chain|brewer|grocer|"
    r"landlord|" + KIND_HEADS + r")"  # and the kinds users list (data/organisation_kinds.txt)
)
# An adjective of place before a description's head ("the Dutch company", "the Irish
# firm"): such a description refers back like "the company" (``data/demonyms.txt``)
_DEMONYM_OPENING = "|".join(
    re.escape(w[:1].upper() + w[1:]) for w in sorted(DEMONYMS, key=len, reverse=True) if w
)
# A name opening the sentence, then a description of it by its relation to the one before,
# set off by commas, then the verb: "Altamira Re, its smaller rival, reported ...". The
# sentence's figures are the name's (the "its" is no subject), while a later "its" still
# goes on about the one before, the paragraph's topic ("Hollins University, its neighbour,
# was placed 22nd. Its engineering faculty ..." is Calder's faculty). An opening phrase of
# time or place ("In March, its revenue ...") is no name.
_NAME_THEN_ITS_APPOSITIVE = re.compile(
    r"^\W*(?!(?:In|On|At|After|Before|For|With|Since|As|During|Following|Despite|Amid|By|"
    r"Last|This|Over|Under|Unlike|Like|Meanwhile|Today|Now)\b)"
    r"(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*,\s+(?:its|their)\s+(?:[a-z][\w-]*\s+){0,3}"
    r"[a-z][\w-]*,\s+(?=[a-z])"
)
# "She said the company, which employs 640 people, ...": a pronoun reporting what follows
# opens the sentence; the reported clause's own opening is what refers back.
_PRONOUN_START = re.compile(
    # an opening phrase, participle or reporting frame (``referents.OPENING_PHRASE``)
    r"^\W*(?:" + OPENING_PHRASE + r")?"
    r"(?:(?i:it|its|they|their)\b|[Tt]he\s+"
    # "the combined company", "the merged group": the company a deal would make, not the
    # previous sentence's
    r"(?!(?:combined|merged|enlarged|new|joint|proposed|resulting)\b)"
    # "the Boston kidney specialist", "the Frankfurt-listed steelmaker"
    r"(?:(?:[A-Z][\w.&-]*\s+)?[a-z][\w-]*\s+|[A-Z][\w.&]*-[a-z][\w-]*\s+"
    # "the Boise, Idaho-based pet retailer": a city, its state and "-based"
    r"|[A-Z][\w.&]*(?:\s[A-Z][\w.&]*)?,\s[A-Z][\w.&]*(?:\s[A-Z][\w.&]*)?-(?:based|headquartered)\s+"
    r"|(?:" + _DEMONYM_OPENING + r")\s+"  # "the Dutch company"
    r"|\d{4}-[a-z][\w-]*\s+)?(?:[a-z][\w-]*\s+)?"  # "the 1991-founded hotel chain"
    + _DESCRIPTION_HEAD
    + r"\b(?!\s+[A-Z]))"  # "the streaming service Vibe" names its subject: no pronoun
)
# "The New Jersey drugmaker", "Under the deal ..., the Leeds grocer": a description whose
# capitalised modifier is a place, before a head that names what a company does. Unlike
# "the Acme group", no name modifies such a head, so it refers back like "the company".
_PLACE_DESCRIPTION = re.compile(
    r"^\W*(?:(?:Under|In|On|At|After|Before|For|With|Since|As|During|Following|Despite|Amid)"
    r"\b[^,;:.]{0,80},\s+)?[Tt]he\s+(?:[A-Z][\w.&]*\s+){1,3}(?:[a-z][\w-]*\s+)?"
    r"(?:[a-z]*maker|retailer|grocer|lender|insurer|carrier|airline|miner|landlord|"
    r"broadcaster|brewer|manufacturer|supplier|producer|publisher|developer|specialist|"
    r"startup|start-up|trader|merchant|" + TRADE_HEADS + r")\b(?!\s+[A-Z])"
)
_EVENT_VERB = re.compile(
    r"\b(?:announc\w*|found(?:ed|s)|establish(?:ed|es)|incorporated|unveil\w*|said|says|report\w*|sign\w*|launch\w*|releas\w*|pric(?:ed|es)|"
    r"disclos\w*|reveal\w*|stat(?:ed|es)|confirm\w*|complet\w*|clos(?:ed|es)|"
    r"agree[ds]?|won|wins|approv(?:ed|es|al))\b",
    re.IGNORECASE,
)
_COORDINATION = re.compile(r"^,?\s+(?:and|or|&)\s+$")
# A board written as its owner's possessive ("ranked third in Q Data's quarterly count"):
# the owner's list, named in full after it (see ``_owned_board``)
_POSSESSIVE_BOARD = re.compile(r"['’]s$")


# A wire dateline opening a paragraph: "NEW YORK, July 31 (Northern Wire) - ",
# "LONDON (Reuters) - ", "SAN JOSE, Calif., March 3 - ", "LONDON, 10 June - ",
# "SPOKANE, Wash. - ", "AUSTIN - Acme ...". The city and the outlet say where
# and by whom the story was filed; they are never what a figure is about.
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^[\W_]*(?:[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}"  # NEW YORK
    r"(?:,[ ][A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?)?"  # , Calif.
    r"(?:,?[ ](?:" + _MONTH_ABBR + r"[ ]\d{1,2}|\d{1,2}[ ]" + _MONTH_ABBR + r"))?"  # , July 31
    r"|[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,[ ]" + _MONTH_ABBR + r"[ ]\d{1,2}"  # London, July 8
    # a date alone, then the outlet: "April 8 (Seaboard Wire) -"
    r"|(?:" + _MONTH_ABBR + r"[ ]\d{1,2}|\d{1,2}[ ]" + _MONTH_ABBR + r")(?=[ ]\())"
    r"(?:[ ]\([^()]{1,60}\))?"  # (Northern Wire)
    r"[ ]+(?:--|[-–—])[ ]+"
)


def without_dateline(
    sentence: str, entities: Sequence[Entity]
) -> tuple[str, Sequence[Entity]]:
    """The sentence with a wire dateline blanked out (same length, so offsets hold) and
    without the names inside it: "NEW YORK, July 31 (Northern Wire) - Acme agreed
    ..." is about Acme, which now opens the sentence. A dateline needs a city in capitals,
    or a date, then a state, a date or the outlet in parentheses before the dash (a date
    alone needs the outlet: "April 8 (Seaboard Wire) -"); a city in
    capitals alone ("AUSTIN - ") needs a capital after the dash."""
    found = _DATELINE.match(sentence[:160])
    if found is None:
        return sentence, entities
    end = found.end()
    # a city alone ("AUSTIN - Fast-casual chain X has ...") when a sentence starts after it
    city_only = re.fullmatch(r"\W*[A-Z]{3,}(?:[ .'’-]+[A-Z]+)*[ ]+(?:--|[-–—])[ ]+", found.group())
    if not re.search(r"\d|\)|,", found.group()) and not (
        city_only and sentence[end : end + 1].isupper()
    ):
        return sentence, entities
    blanked = " " * end + sentence[end:]
    return blanked, [e for e in entities if e.start >= end]


_APPROX = r"(?:(?:about|around|roughly|some|nearly|almost|just\s+under|just\s+over)\s+)?"
# ...or a floor ("more than 40", "over 40", "at least 40")
_APPROX_OR_FLOOR = (
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+under|just\s+over|more\s+than|over|"
    r"at\s+least)\s+)?"
)


# The units of time a sum may be paid per ("£2m a year"): a deal, fee or rent paid per year
# is still that deal's, fee's or rent's, between the same parties, only counted per year.
_TIME_UNITS = frozenset(("year", "season", "month", "week", "day", "quarter", "annum"))


def _boundary_edges(sentence: str, mention: Mention) -> tuple[int, int]:
    """The stretch of sentence around ``mention`` between hard clause boundaries."""
    left, right = 0, len(sentence)
    starts, ends, colons = _boundary_spans(sentence)
    before = bisect.bisect_right(ends, mention.start)
    if before:
        left = ends[before - 1]
    for i in range(bisect.bisect_left(starts, mention.end), len(starts)):
        if colons[i] and not sentence[mention.end : starts[i]].strip():
            continue  # "$50 billion: Acme's deal with Globex" -- a label and its gloss
        right = starts[i]
        break
    return left, right


def _clause_edges(sentence: str, mention: Mention, others: Sequence[Mention]) -> tuple[int, int]:
    """The stretch of sentence around ``mention`` that its cue words may come from."""
    left, right = _boundary_edges(sentence, mention)
    # a figure's clause ends at the next figure, a date's at the next date
    starts, ends = _index(others)[mention.kind is Kind.DATE]
    before = bisect.bisect_right(ends, mention.start)
    if before:
        left = max(left, ends[before - 1])
    after = bisect.bisect_left(starts, mention.end)
    if after < len(starts):
        right = min(right, starts[after])
    return left, right


# A figure with its conversion into another unit in parentheses: "€130 million ($140
# million) Series B round", "2,400 sq ft (223 sq m) of space"
_CONVERSION_OPEN = re.compile(r"\s*\(\s*")
_CONVERSION_CLOSE = re.compile(r"\s*\)")


def _through_conversion(
    sentence: str, mention: Mention, others: Sequence[Mention], left: int, right: int
) -> tuple[int, int]:
    """A conversion in parentheses is one figure written twice: "raised €130 million ($140
    million) in a Series B round" is a round, so the first figure's clause runs from before
    it to past the closing parenthesis and on (the parenthesis alone would cut "Series B
    round" off from it). The conversion itself keeps
    its own clause, so one round written twice is compared once, through its first figure.
    Only a figure of the same kind in another unit, alone in the parentheses: "£120m
    (£98m)", last year's figure in the same unit, stays apart."""
    if mention.unit is None:
        return left, right
    opened = _CONVERSION_OPEN.match(sentence, mention.end)
    by_start = _mentions_by_offset(others)
    if opened is None or "(" not in opened.group() or opened.end() not in by_start:
        return left, right
    first, second = mention, by_start[opened.end()]
    closed = _CONVERSION_CLOSE.match(sentence, second.end)
    if (
        first.kind is not second.kind
        or first.unit is None
        or second.unit is None
        or first.unit == second.unit
        or closed is None
        or _CONVERSION_OPEN.fullmatch(sentence, first.end, second.start) is None
    ):
        return left, right
    return _clause_edges(sentence, dataclasses.replace(first, end=closed.end()), others)


_last_by_offset: list[tuple[Sequence[Mention], dict[int, Mention]]] = []


def _mentions_by_offset(others: Sequence[Mention]) -> dict[int, Mention]:
    """A sentence's figures by start offset, built once a sentence and remembered by
    identity as ``_index`` is, so that looking up a figure's neighbour stays constant-time
    on a sentence of thousands of figures."""
    last = _last_by_offset[0] if _last_by_offset else None  # one read: safe if threads share it
    if last is not None and last[0] is others:
        return last[1]
    found = {m.start: m for m in others}
    _last_by_offset[:] = [(others, found)]
    return found


@lru_cache(maxsize=16)
def _boundary_spans(sentence: str) -> tuple[list[int], list[int], list[bool]]:
    """Starts, ends and is-a-colon of the sentence's ``_HARD_BOUNDARY`` matches, found once
    a sentence: ``_clause_edges`` runs for every figure of it and bisects these (the
    matches do not overlap, so both lists are sorted)."""
    matches = list(_HARD_BOUNDARY.finditer(sentence))
    return (
        [m.start() for m in matches],
        [m.end() for m in matches],
        [m.group() == ":" for m in matches],
    )


_Index = dict[object, tuple[list[int], list[int]]]
_last_index: list[tuple[Sequence[Mention], _Index]] = []
# the keys of an index: date or not, then each kind (listed once, not per sentence)
_INDEX_KEYS: tuple[object, ...] = (True, False, *Kind)


def _index(others: Sequence[Mention]) -> _Index:
    """Sorted starts and ends of a sentence's figures, by date-or-not and by kind.

    ``describe`` runs once per figure with the same ``others``; looking neighbours up by
    bisection in an index built once per sentence keeps a sentence of thousands of figures
    linear instead of quadratic. One sentence is remembered (by identity, holding a
    reference so the identity cannot be reused); callers must not change ``others``
    between calls, and the pipeline never does.
    """
    last = _last_index[0] if _last_index else None  # one read: safe if threads share it
    if last is not None and last[0] is others:
        return last[1]
    index: _Index = {key: ([], []) for key in _INDEX_KEYS}
    for m in others:
        for key in (m.kind is Kind.DATE, m.kind):
            starts, ends = index[key]
            starts.append(m.start)
            ends.append(m.end)
    for starts, ends in index.values():
        if len(starts) > 1:
            starts.sort()
            ends.sort()
    _last_index[:] = [(others, index)]
    return index


# A new clause before a figure: cues before it are the earlier clause's ("if regulators
# block the deal, while Globex would owe $280 million").
_CLAUSE_OPENER = re.compile(
    r",\s*(?:while|whereas|but|although|though)\b|\b(?:whereas|although|unless|because)\b|"
    r",\s*(?i:and)\s+(?=[A-Z][\w.&-]*\s+(?:[A-Z][\w.&-]*\s+)*[a-z])",  # ", and Globex said"
)
# A non-restrictive relative clause ("Globex, which led the round, manages ..."): its words
# are about its own noun, not about a figure after it.
_ASIDE = re.compile(r",\s*(?:which|who|whose)\b[^,;:()]*,", re.IGNORECASE)


@lru_cache(maxsize=16)
def _asides(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentence's non-restrictive relative clauses (computed once a sentence)."""
    return tuple(m.span() for m in _ASIDE.finditer(sentence))


# Where the words after a figure stop giving it cues: a new clause or phrase...
_NEW_PHRASE = (
    # "before tax" and "after tax" say which profit a sum is ("£42 million before tax")
    r"\b(?:if|unless|when|whereas|because|although|though|after(?!\s+tax)|before(?!\s+tax)|"
    r"which|that|who|and|"
    r"at|on|(?:but|or|while)\s+(?:its|the|a|an|their|his|her|it|they)\b)"
)
# ...and a comma, unless an adjective follows ("$2.5 billion, five-year partnership")
_FORWARD_STOP = re.compile(_NEW_PHRASE + r"|,(?!\s+\w*[-\d])", re.IGNORECASE)


def _words_window(
    sentence: str, start: int, end: int, count: int, *, forward: bool
) -> tuple[str, int]:
    """The first (or last) ``count`` words of ``sentence[start:end]`` and their offset."""
    if forward and count > 0:  # the first words: stop scanning after them
        lo = hi = -1
        for n, word in enumerate(_WORD.finditer(sentence, start, end)):
            if n == count:
                break
            if not n:
                lo = word.start()
            hi = word.end()
        return (sentence[lo:hi], lo) if hi >= 0 else ("", start)
    words = list(_WORD.finditer(sentence, start, end))
    if not words:
        return "", start
    chosen = words[:count] if forward else words[-count:]
    lo, hi = chosen[0].start(), chosen[-1].end()
    return sentence[lo:hi], lo
