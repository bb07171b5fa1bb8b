"""When a figure holds: periods, fiscal years, halves, quarters, "as of", levels in time.

``_period`` picks the date that scopes a figure ("in 2019", "fiscal 2024", "the three
months to September"), with the readings that refine or refuse it: halves and quarters,
twelve months to a date, stocks counted at a month's end, baselines ("up from",
"a year earlier") and earlier events, spans ("quarterly", "annually"), and the periods a
passage lends to later sentences (``quarter_named``, ``passage_quarter``,
``results_year``, ``passage_year``). It is separate because time is read the same way
whoever the figure's subject is.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Collection, Iterator, Sequence

from factcheck.context.attributes import (
    LENT_ATTRIBUTES,
    AttributeRule,
    _without,
    is_change,
    is_margin,
    is_result,
    reads_as_a_result,
)
from factcheck.context.clauses import (
    _DATELINE,
    _EVENT_VERB,
    _FORWARD_STOP,
    _MONTH_ABBR,
    _WORD,
    _asides,
    _index,
    _words,
    _words_window,
)
from factcheck.model import SPLIT_YEAR, YEAR_TO, DateValue, Granularity, Kind, Mention, Period

_SCOPE = re.compile(
    # "over the whole of 2024", "for the full 2024", "for the full year 2023", "in full-year
    # 2024": the whole span, as "in 2024" is
    r"(?:\b(?P<rel>(?:over|for|in|during|across|throughout)\s+(?:the\s+)?(?:whole|entire|full)"
    r"(?:[\s-]+year)?(?:\s+of)?|"
    r"by the end of|at the end of|end of|at the close of|as of|as at|by the|"
    # "in the first six months of 2025", "for the first half of 2025": the year's, and the
    # span joins the attribute (``_half_of_year``)
    r"(?:first|second)\s+(?:half|six\s+months)\s+of(?:\s+the)?|"
    # "for its second quarter": the company's own quarter, as "for the second quarter"
    r"in the|during the|for the|over the|for its|for their|in its|in their|"
    r"in|by|on|at|since|throughout|through|until|for|during|"
    r"over|fiscal year|fiscal|FY)\s*)$",
    re.IGNORECASE,
)


def _event_verb_before(lead: str, scope: re.Match[str] | None) -> bool:
    """A verb of an event right before the date's preposition ("announced in March",
    "said on Tuesday", "founded in 1998"), or in the last words before a date with no
    preposition: the date is the event's. "said revenue in 2024 rose" has a noun between
    the verb and "in 2024", which scopes the noun's figure."""
    if scope is None:
        return _EVENT_VERB.search(lead[-16:]) is not None
    return _EVENT_VERB_LAST.search(lead, 0, scope.start()) is not None


# A superlative, then "since" right before the date: "the largest deal since 2020", "its
# highest level since March" date the comparison, not the figure
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:largest|biggest|highest|lowest|most|least|best|worst|strongest|weakest|fastest|"
    r"slowest|sharpest|steepest|deepest|first|only)\b[^,;:()]{0,70}\bsince\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "early", "late" between a scoping preposition and a year ("made in late 2023")
_PART_OF_YEAR_WORD = re.compile(r"\s+(?:early|late)\s+$", re.IGNORECASE)
_RELATIONS = {
    "by": "by",
    "by the": "by",
    "by the end of": "by",
    "as of": "by",
    "as at": "by",
    "through": "by",
    "until": "by",
    "since": "since",
}
_EVENT_VERB_LAST = re.compile(r"(?:" + _EVENT_VERB.pattern + r")\W*$", re.IGNORECASE)
# Verbs of a one-time transaction: the day a sum changes hands ("bought ... on Sunday",
# "was fined ... on Tuesday", "last month fined") is the day of the event, never a scope;
# a written year or month before them still scopes ("In 2022 the club bought him for ..."),
# and so does a day for what is counted or weighed ("sold 5,000 cars on Saturday").
_TRANSACTION_VERB = re.compile(
    r"\b(?:bought|buys|sold|sells|paid|pays|fined|fines|penalised|penalized|raised|raises|"
    r"imposed|imposes|levied|levies|"
    r"acquired|acquires|took\s+over|went\s+to|moved\s+to|joined|"
    # the day a deal is done: "wrapped up its $470 million takeover of X on Friday"
    r"completed|completes|closed|closes|wrapped\s+up|wraps\s+up|finalised|finalized|sealed)\b",
    re.IGNORECASE,
)
# A date relative to the news itself: "last month", "this week", "on Tuesday", "yesterday"
_RECENT = re.compile(
    r"(?:on\s+)?(?:(?:last|this|earlier\s+this|late\s+last)\s+(?:week|weekend|month)|yesterday|"
    r"today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    re.IGNORECASE,
)

# "for the first nine months of 2025", "nine-month revenue", "year-to-date sales"; not a
# child's age ("from nine months old")
_NINE_MONTHS = re.compile(
    r"\b(?:(?:first|the)\s+(?:nine|9)\s+months|(?:nine|9)-month\s+(?!old\b)[a-z]|"
    r"year[- ]to[- ]date)",
    re.I,
)
_SPANS = (
    ("quarterly", re.compile(r"\b(?:quarter|quarterly|three months)\b", re.IGNORECASE)),
    # a running total ("has sold more than 100,000 copies since it came out", "to date") is
    # no single period's figure
    (
        "to date",
        re.compile(
            # ("since it closed a €16 million Series A": the sum is that one event's)
            r"\b(?:since\s+(?:it|they|its|their|the|launch|launching|opening|listing)\b"
            r"(?!\s+(?:closed|raised|completed|secured|landed|signed|struck|agreed)\b)|"
            r"to\s+date|so\s+far|all[- ]time|cumulative(?:ly)?)",
            re.IGNORECASE,
        ),
    ),
    ("nine-month", _NINE_MONTHS),
    (
        "half-year",
        re.compile(
            r"\b(?:half-year|half year|(?:first|second)[- ]half|six months|in the half\b(?!-))\b",
            re.I,
        ),
    ),
    (
        "annual",
        re.compile(
            r"\b(?:full-year|full year|annual|annually|yearly|(?:12|twelve) months|5[23] weeks|"
            # "the year to March", never "moved it last year to its new plant" (a window of
            # words may end at "to")
            r"(?:financial |fiscal )?year (?:that )?(?:ended|ending|through|"
            r"to(?= (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)|$))|"
            r"for the (?:full |financial |fiscal )?year|"
            # "turnover of £1.44bn in its last financial year", "₹147 crore of EBITDA last
            # financial year": a year, of the article's day
            r"(?:in (?:its|the|their) )?(?:last|latest|most recent|previous) (?:financial|fiscal) "
            r"year|"
            # "closed its fiscal year with revenue of" (a flow; "ended the year with 812
            # stores" is a stock at its end)
            r"(?:closed|ended|finished) (?:its|the|their) (?:financial |fiscal )?year with "
            r"(?:revenue|revenues|sales|turnover|(?:a\s+)?(?:net\s+|pre-tax\s+)?(?:profit|loss)|"
            r"net income|earnings))\b",
            re.I,
        ),
    ),
)


# Half of a year named by its year: "the first half of 2025", "first six months of fiscal
# 2025", "second-half 2024"
_HALF_OF_YEAR = re.compile(
    r"\b(?:first|second)[- ](?:half|six\s+months)(?:\s+of)?\s+(?:the\s+)?"
    r"(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# ... opening the sentence, where it scopes every clause after it
_OPENING_HALF = re.compile(
    r"\W*(?:In|For|During|Over)\s+(?:the\s+|its\s+)?" + _HALF_OF_YEAR.pattern, re.IGNORECASE
)


# A half written as the figure's modifier, not as a date ("first-half revenue", "half-year
# profit", "its interim results"): "the first half of 2024" is a date, read above
_HALF_MODIFIER = re.compile(
    r"\b(?:(?:first|second)[- ]half(?!\s+of\b)|half[- ]year|interim)\b", re.IGNORECASE
)


def _half_of_year(
    sentence: str, period: Period | None, start: int, end: int, figure: int
) -> bool:
    """Is the figure's year period a half of that year, as its date ("H1 2025", "January to
    June 2025") or its clause ("net profit of €121 million for the first six months of
    2025") writes it, or a modifier before the figure ("first-half revenue of $400 million
    in 2025", ending at ``figure``)? Then the figure is a half-year's, never the whole
    year's, as an undated "first-half profit" is."""
    if period is None or period.date.granularity is not Granularity.YEAR:
        return False
    if (period.date.start.month, period.date.end.month) in ((1, 6), (7, 12)):
        return True  # "in H1 2025", "from January to June 2025": the date is the half
    year = str(period.date.start.year)
    if any(m.group("year") == year for m in _HALF_OF_YEAR.finditer(sentence, start, end)):
        return True
    opening = _OPENING_HALF.match(sentence)
    if opening is not None and opening.group("year") == year:
        return True  # "In the first six months of 2025 it had revenue of": every clause's
    # "posted first-half revenue of $400 million in 2025": the half its noun names, before
    # the figure (a half named after it is another phrase's: "flat on the prior year,
    # reflecting weaker demand in the first half")
    return _HALF_MODIFIER.search(sentence, start, figure) is not None


# A round of funding is raised once, whatever stretch a word near it names ("lets tenants
# pay their annual rent in monthly instalments, has raised $42 million in a Series B
# round"): only a total "to date" is a span of its own
_ONE_TIME = frozenset(["funding_round"])


def _with_span(
    sentence: str, mention: Mention, left_edge: int, right_edge: int, attribute: str
) -> str:
    """An undated figure still says how long a stretch it covers: "quarterly revenue of $6
    billion" and "full-year revenue of $23.4 billion" are both true. The span joins the
    attribute ("revenue (quarterly)"), so only figures of the same span meet. A one-time
    sum (a fine, a takeover price, a fee: ``data/lent_attributes.txt``) covers no stretch,
    and a round only one "to date" (``_ONE_TIME``):
    in "its quarterly filing showed it had agreed to pay a $3.2 million penalty" the span
    is the filing's."""
    if attribute.split(" (", 1)[0] in LENT_ATTRIBUTES:
        return attribute
    stop = _FORWARD_STOP.search(sentence, mention.end, right_edge)
    end = stop.start() if stop else right_edge
    if stop is None and (length := _LENGTH_OF_TIME.match(sentence, right_edge)):
        end = length.end()  # "£208.9m in the six months to 30 June": its span, not a figure
    # eight words after: "almost R20 billion of EBITDA in its last financial year", "sold 178,000
    # vehicles in the first six months"
    after, _ = _words_window(sentence, mention.end, end, 8, forward=True)
    before, _ = _words_window(sentence, left_edge, mention.start, 10, forward=False)
    found = {name for name, pattern in _SPANS if pattern.search(before) or pattern.search(after)}
    # "nine" is a figure of its own, whose end is the clause's left edge: "For the first nine
    # months of 2025, revenue totaled" is looked at from "first" on
    if _NINE_MONTHS.search(sentence, max(0, left_edge - 16), mention.start):
        found.add("nine-month")
    # the last before the clause: "X's own numbers: in the six months to December,"
    # (or, when the clause reader took the whole sentence as the figure's clause, the last
    # before the figure: "In its result for the six months to September 30, released on
    # Thursday, X reported underlying profit of")
    opening = next(
        reversed(list(_OPENING_SPAN.finditer(sentence, 0, left_edge or mention.start))), None
    )
    if not found and opening is not None:
        # "Over the first nine months of the year, X's revenue reached ..., and the company
        # carried 6.1 million passengers": an opening span scopes every clause after it
        found = {name for name, pattern in _SPANS if pattern.search(opening.group())}
    # a trading update's weeks ("in the 13 weeks to January 31", "In the first 11 weeks of
    # the new financial year"): so many weeks' figure, and no other span's
    weeks = _WEEKS.search(after) or _WEEKS.search(sentence, max(0, left_edge - 16), mention.start)
    if weeks is not None and weeks.group("n") not in ("52", "53"):  # a year's weeks: annual
        return f"{attribute} ({weeks.group('n').lower()} weeks)"
    if attribute.split(" (", 1)[0] in _ONE_TIME:
        found &= {"to date"}
    if "recurring_revenue" in attribute:
        found.discard("annual")  # "annual recurring revenue" is a run rate's name, no span
    if len(found) != 1:
        return attribute
    span = found.pop()
    if _rate_is_span(attribute, span):
        return attribute  # "3 billion litres of milk annually": one rate, written once
    return f"{attribute} ({span})"


# A span set off at the head of a sentence: "Over the first nine months of the year,", "For
# the full year,"
_OPENING_SPAN = re.compile(
    r"(?:^\W*|[:;]\s+)(?:Over|In|For|During|Across|Throughout|over|in|for|during|across|"
    r"throughout)\s+(?:the|its|their)\s+[^,;:()]{1,60},"
)
# A length of time written as a figure, where the clause of the figure before it ends:
# "in the six months to 30 June" and "in the first six months of 2025" are that figure's span
_LENGTH_OF_TIME = re.compile(
    r"(?:(?:first|last|past|latest)\s+)?(?:(?:three|six|nine|twelve|3|6|9|12)\s+months\b|"
    r"\d{1,2}\s+weeks\b)|(?<=\bthe\s)half\b(?![\s-]+(?:of|a|an|the)\b)",
    re.IGNORECASE,
)
# A number of weeks a figure covers: "the 13 weeks to January 31", "the first 11 weeks"
_WEEKS = re.compile(
    r"\b(?P<n>\d{1,2}|four|six|eight|ten|eleven|twelve|thirteen|sixteen|twenty)[\s-]weeks?\b",
    re.IGNORECASE,
)


# The qualifiers a span adds to an attribute ("revenue (quarterly)")
SPAN_QUALIFIERS = frozenset(f" ({name})" for name, _ in _SPANS)


# The rate of time each span is ("annual" is "a year"): see ``_rate_is_span``
_SPAN_RATES = {"annual": "year", "quarterly": "quarter"}


def _rate_is_span(attribute: str, span: str) -> bool:
    """Does ``attribute`` already hold the rate that ``span`` would add? "annually" after
    a quantity is read both as a rate ("(per year)", ``_per_time``) and as a span
    ("(annual)", ``_with_span``); one word must not make two qualifiers, or "3 billion
    litres of milk annually" never meets "2.4 billion litres of milk a year"."""
    rate = _SPAN_RATES.get(span)
    return rate is not None and attribute.endswith(f"(per {rate})")


# A figure that is the base of a comparison ("up from $980 million a year earlier", "compared
# with $5 billion", "rose to $6 billion from $5 billion") belongs to an earlier period than
# the sentence's, which the sentence rarely writes: it is never compared.
_BASELINE_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|increas\w*|decreas\w*)?\s*(?:from|compared\s+(?:with|to)|"
    r"versus|vs\.?|against)\s+(?:a\s+|an\s+|the\s+)?"
    # "up from a combined figure of about £19m", "down from a total of"
    r"(?:(?:combined\s+|total\s+|previous\s+|year-earlier\s+)?(?:figure|total|level|tally)\s+"
    r"of\s+)?"
    r"(?:about|around|roughly|nearly|almost|some|just)?\s*$",
    re.IGNORECASE,
)
# "valued at $18 billion in its previous round", "its prior valuation of $18 billion": a
# figure of an earlier state, whose date the sentence rarely writes
_EARLIER = re.compile(r"\b(?:previous|prior|previously|former|formerly)\b", re.I)
# "had signed Rossi for €2 million": an earlier event, unless a date scopes it ("By 2025
# Acme had reached a valuation of €2 billion")
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:\w+ed|paid|sold|bought|spent|won|made|taken|given|got|"
    r"brought|built|held|lent|sunk|put)\b",
    re.I,
)
# "Acme said on Monday it had agreed to buy Globex", "its filing showed it had agreed to
# pay": a reporting verb puts the news it reports in the past perfect; that is the news,
# not an earlier event, unless a word says it was earlier ("said it had already set aside
# $700 million").
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|announced|confirmed|disclosed|revealed|reported|told\s+\w+|added|stated|"
    r"showed|shows|indicated)\b"
    r"[^.;:]{0,60}$",
    re.IGNORECASE,
)
_EARLIER_WORD = re.compile(r"\b(?:already|previously|earlier|once|formerly|before)\b", re.I)


# A complement clause between a past perfect and the figure, whose own noun phrase is
# definite ("had worried that the $58 million fine"): the figure is in the new clause, and
# the definite phrase names a thing already there, not an earlier event
_THAT_THE = re.compile(r"\bthat\s+(?:the|its|their)\s+$", re.IGNORECASE)


def _earlier_event(sentence: str, mention: Mention, left_edge: int) -> bool:
    """The figure is of an event before the news: a past perfect in its clause that no
    reporting verb backshifts."""
    found = _PLUPERFECT.search(sentence, left_edge, mention.start)
    if found is None:
        return False
    if _THAT_THE.search(sentence, found.end(), mention.start):
        return False  # "had worried that the $58 million fine ...": the worry was earlier
    reported = _REPORTING_BEFORE.search(sentence, max(0, found.start() - 80), found.start())
    return (
        reported is None
        or _EARLIER_WORD.search(sentence, reported.end(), mention.start) is not None
    )


# "When Acme last went to investors, in May, it was valued at $2bn": a sentence that opens
# on the last time something happened tells of that earlier time, not of the news; its
# figures are compared only when a date the sentence scopes them by says which time.
_WHEN_LAST = re.compile(
    r"^\W*(?:When|Since|The\s+last\s+time)\s+[^,;:]{1,60}?\blast\s+"
    r"(?:[a-z]{2,}ed|went|sold|won|paid|took|bought|came|got|raised|made|did)\b",
)


# "was last valued at $2bn", "last changed hands for £40m": the last time before now
_LAST_OCCASION = re.compile(
    r"\blast\s+(?:valued|priced|raised|sold|bought|traded|went|changed\s+hands)\b[^,;:]{0,40}$",
    re.IGNORECASE,
)


def _when_last(sentence: str, mention: Mention) -> bool:
    """The figure's sentence opens on "When X last <verb>" before the figure, or "last"
    qualifies the verb that governs it ("was last valued at $2bn"): the figure is of that
    earlier occasion (a valuation then, not the one the news reports)."""
    found = _WHEN_LAST.match(sentence, 0, min(mention.start, 200))
    return found is not None or bool(
        _LAST_OCCASION.search(sentence, max(0, mention.start - 60), mention.start)
    )


_BASELINE_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?(?:a\s+year|twelve\s+months|12\s+months|a\s+quarter)\s+"
    r"(?:earlier|ago|before)\b|"
    r"^\s*(?:in\s+)?(?:the\s+)?(?:previous|prior|year-earlier|year-ago)\s+(?:year|quarter|period)\b",
    re.IGNORECASE,
)


# A verb or noun of contesting before "against" ("would not appeal against the £18.5m
# penalty", "a protest against the $3bn deal"): "against" governs what is contested, and
# the figure is no base of a comparison.
_CONTESTED_AGAINST = re.compile(
    r"\b(?:appeal(?:s|ed|ing)?|protest(?:s|ed|ing)?|challenge[sd]?|challenging|"
    r"complain(?:s|ed|ing|ts?)?|cases?|actions?|lawsuits?|suits?|claims?|fight(?:s|ing)?|"
    r"fought|campaign(?:s|ed|ing)?|rul(?:e|es|ed|ing)|decid(?:e|es|ed|ing)|vot(?:e|es|ed|ing)|"
    r"object(?:s|ed|ing|ions?)?|lobb(?:y|ies|ied|ying)|su(?:e|es|ed|ing))"
    r"\s+against\s+(?:a\s+|an\s+|the\s+)?$",
    re.IGNORECASE,
)


# "trades from 241 shops", "operates out of 30 sites": the places a business runs from, not
# the base of a comparison ("up from 230")
_TRADES_FROM = re.compile(
    r"\b(?:trad(?:es|ed|ing|e)|operat(?:es|ed|ing|e)|sells|sold|selling)\s+(?:from|out\s+of)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)


# What introduces the parts a sum is made of: "The total is made up of a £120m penalty and
# £65m in redress", "a £2bn package comprising £1.2bn in cash and ...", "of which $300m is
# debt". A sum listed after it is one part of a whole written elsewhere, which its own
# attribute word ("penalty") would otherwise set against the whole.
_PARTS_FOLLOW = re.compile(
    r"\b(?:made\s+up\s+of|comprising|comprises|comprised\s+of|consisting\s+of|consists\s+of|"
    r"split\s+(?:between|into|among)|divided\s+(?:between|into)|broken\s+down\s+into|"
    r"breaks\s+down\s+into|of\s+which)\b",
    re.IGNORECASE,
)


def _listed_part(sentence: str, mention: Mention) -> bool:
    """A sum among the parts a sentence lists after "made up of", "comprising", "of
    which" ... (at most 120 characters before it, in its sentence): a part, not compared."""
    return mention.kind is Kind.MONEY and bool(
        _PARTS_FOLLOW.search(sentence, max(0, mention.start - 120), mention.start)
    )


def _is_baseline(sentence: str, mention: Mention, left_edge: int, right_edge: int) -> bool:
    """ "up from $980 million", "$1.1 billion a year earlier", "in its previous round":
    the base of a comparison, or a figure of an earlier state."""
    before = sentence[max(left_edge, mention.start - 40) : mention.start]
    after = sentence[mention.end : right_edge]
    near_before, _ = _words_window(sentence, left_edge, mention.start, 5, forward=False)
    near_after, _ = _words_window(sentence, mention.end, right_edge, 5, forward=True)
    return bool(
        (
            _BASELINE_BEFORE.search(before)
            and not _CONTESTED_AGAINST.search(before)
            and not _TRADES_FROM.search(before)
        )
        or _BASELINE_AFTER.search(after)
        or _earlier_before(near_before)
        or _EARLIER.search(near_after)
    )


# An adjective of an earlier state ("former", "previous", "prior") that a comma parts from
# the figure modifies a noun of its own phrase: in "founded by three former researchers,
# now has 410 employees" the researchers were former, not the headcount.
_EARLIER_ADJECTIVE_PARTED = re.compile(r"\b(?:previous|prior|former)\b[^,;]*[,;]", re.I)


def _earlier_before(near_before: str) -> bool:
    """An earlier-state word in the few words before a figure, unless it is an adjective
    parted from the figure by a comma (it describes another noun then)."""
    found = [m for m in _EARLIER.finditer(near_before)]
    return any(
        not _EARLIER_ADJECTIVE_PARTED.match(near_before, m.start()) for m in found
    )


# A verb of intent or expectation after a figure and before a date: the date scopes what is
# planned ("employs 640 people and expects to double its headcount by 2025", "has 90 stores
# and plans to open 40 more by 2027"), not the figure, which is of now.
_EXPECTS_BETWEEN = re.compile(
    r"\b(?:expects?|expected|expecting|plans?|planned|planning|aims?|aiming|hopes?|"
    r"intends?|targets?|wants?)\s+to\b",
    re.IGNORECASE,
)


def _period(
    sentence: str,
    mention: Mention,
    dates: Sequence[Mention],
    others: Sequence[Mention],
    rule: AttributeRule | None = None,
    left_edge: int = 0,
) -> Period | None:
    """The date that scopes the figure: "in 2019", "by 2023", "fiscal 2024", nearest first;
    or a date that modifies the figure's own attribute ("fourth-quarter net income reached
    $1.8 billion", "2026 revenue of $25 billion"), whatever verb comes before it.

    A date that another figure sits between, or that dates an announcement ("announced
    in March", "In February, X announced ..."), does not scope this figure.
    """
    candidates: list[tuple[int, Period, Mention]] = []
    asides = [(a, b) for a, b in _asides(sentence) if not a <= mention.start < b]
    same_kind = _index(others)[mention.kind][0]  # starts of figures of the same kind
    for date in _whole_split_years(sentence, dates):
        if not isinstance(date.value, DateValue) or any(a <= date.start < b for a, b in asides):
            continue  # "Globex, which was founded in 2009, has 6,200 staff": not the staff's
        if _RELATIVE_BASE.fullmatch(date.text):
            continue  # "flat on a year earlier": the base of a comparison, never a scope
        twelve_months = _twelve_months_to(sentence, date, mention, same_kind)
        if twelve_months is not None:
            # "produced 38,500 tonnes in the 12 months to December 31", "profit for the
            # year ended 31 December 2025 rose to": the year, not a day of results
            distance = abs(date.start - mention.end) if date.start >= mention.end else 0
            candidates.append((distance, twelve_months, date))
            continue
        if _day_of_results(date, rule) and _quarter_ending(sentence, date) is None:
            continue  # "posted annual sales of $5.1 billion on Monday": the day it was told
        if _year_ended_in(sentence, date):
            continue  # "ended its financial year in August with 720 stores": no month's
        if _ended_month_with(sentence, date, mention):
            ended = _closing_month(Period(date.value, "in"))
            candidates.append((mention.start - date.end, ended, date))
            continue  # "ended June with 486,000 subscribers": counted at the end of June
        lo, hi = (
            sorted((date.end, mention.start))
            if date.end <= mention.start
            else (
                mention.end,
                date.start,
            )
        )
        ahead = _quarter_phrase_start(sentence, date) if date.start >= mention.end else hi
        if bisect.bisect_left(same_kind, lo) < bisect.bisect_left(
            same_kind, ahead
        ) and not _opening_adjunct(sentence, date, mention):
            continue
        if date.start >= mention.end and _base_between(sentence, mention, date, others):
            continue  # "ranked third with 14.2%, up from 12.6% in the second quarter"
        if date.start >= mention.end and _PERIOD_AS_BASE.fullmatch(
            sentence, mention.end, date.start
        ):
            continue  # "Third-quarter revenue fell to $598 million from the second quarter"
        quarter = _quarter_ending(sentence, date) or _quarter_of_months(sentence, date)
        if quarter is not None:
            if date.start >= mention.end or not _CONJUNCTION.search(
                sentence, date.end, mention.start
            ):
                gap = date.start - mention.end if date.start >= mention.end else 0
                candidates.append((max(gap, mention.start - date.end), quarter, date))
            continue
        lead = sentence[max(0, date.start - 30) : date.start]
        # "in late 2023", "by early 2026": the year's part scopes as its year does
        lead = _PART_OF_YEAR_WORD.sub("", lead)
        scope = _SCOPE.search(lead)
        between = sentence[lo:hi]
        if _taken_as_of(scope, date, mention):
            # "had received 16,200 claims as of March 5": a count taken on that day, whatever
            # verb of telling stands before it ("said it had received")
            candidates.append((hi - lo, Period(date.value, "by"), date))
            continue
        day = date.value.granularity is Granularity.DAY
        money = mention.kind is Kind.MONEY  # "sold 5,000 cars on Saturday" is that day's
        if (
            money
            and date.end <= mention.start
            and (day or _RECENT.fullmatch(date.text))
            and _TRANSACTION_VERB.search(between)
        ):
            continue  # "the regulator last month fined Acme £36.8 million": the fine's day
        if _dates_the_offence(between, date, mention, rule):
            continue  # "fined Acme £6.1m over the 2022 discharge": the offence's year
        if _modifies_attribute(between, date, mention, rule):
            candidates.append((hi - lo, Period(date.value, "in"), date))
            continue
        if _results_named_year(sentence, date, mention, rule):
            # "the brewer's 2025 results showed pre-tax profit of £184 million": 2025's
            candidates.append((hi - lo, Period(date.value, "in"), date))
            continue
        # the figures between are left out: "1.08 trillion won" is a sum, not a verb "won"
        words_between = _without(sentence, lo, hi, [(o.start, o.end) for o in others])
        if _EVENT_VERB.search(words_between) or _event_verb_before(lead, scope):
            continue
        if scope is not None and _SUPERLATIVE_SINCE.search(
            sentence, max(0, date.start - 90), date.start
        ):
            continue  # "the largest terminal purchase by a container line since 2020"
        if _dates_its_source(sentence, date):
            continue  # "worth $580 million, according to a filing made on Friday"
        before = date.end <= mention.start
        if (
            not before
            and day
            and (
                _EVENT_VERB.search(sentence, max(0, mention.start - 80), mention.start)
                or (
                    money
                    and _TRANSACTION_VERB.search(
                        sentence, max(left_edge, mention.start - 80), mention.start
                    )
                )
                # "the £15.2m penalty imposed by the regulator on Tuesday": the verb of the
                # transaction between the sum and its day
                or (money and _TRANSACTION_VERB.search(between[:120]))
            )
        ):
            # "priced its shares at $24 on Wednesday", "bought Rossi for €14 million at the
            # auction on Sunday", "was fined £38.6 million on Tuesday": the event's day
            continue
        if not before and (_NEW_CLAUSE_AFTER.search(between) or _STARTS.search(between)):
            continue  # "$7.9 billion last quarter, and it expects growth through 2026"
        if not before and _SUBORDINATE_CLAUSE.search(between):
            continue  # "£720mn, the largest cheque since it floated in 2015": the listing's
        if not before and _EXPECTS_BETWEEN.search(between):
            continue  # "employs 640 people, expects to double that by 2025": the plan's date
        if before and _CONJUNCTION.search(between) and not _opens_sentence(sentence, date):
            continue  # "experiments in 2016 and a $1B investment": 2016 dates the experiments
        adjacent = not before and (
            re.fullmatch(r"\s*(?:\S+\s+){0,1}", between)
            or _OF_WHAT.fullmatch(between)
            or (money and _IN_WHAT.fullmatch(between))
            or (money and _FOR_NAME_BETWEEN.fullmatch(between))
            or (
                mention.kind in (Kind.COUNT, Kind.QUANTITY)
                and (_COUNTED_THEN.fullmatch(between) or _COUNTED_AT_PLACE.fullmatch(between))
            )
        )
        # "Last year, Acme sold ...", "This year the chain ...": a year or a quarter that
        # opens the sentence scopes it, as "In 2024, ..." does
        opening = (
            before
            and date.value.granularity in (Granularity.YEAR, Granularity.QUARTER)
            and _opens_sentence(sentence, date)
            and _ADVERBIAL_AFTER.match(sentence, date.end) is not None
        )
        if (
            scope is None
            and not adjacent
            and not opening
            and not _adjacent_before(sentence, date, mention)
            and not _after_results_noun(sentence, date, mention)
        ):
            continue
        relation = "in"
        if scope is not None:
            word = scope.group("rel").lower()
            relation = _RELATIONS.get(word, "in")
        distance = hi - lo + (12 if before else 0)  # a scope usually follows its figure
        scoped = Period(date.value, relation)
        if scope is not None and _AT_THE_END.fullmatch(scope.group("rel")):
            scoped = _closing_month(scoped)  # "at the end of the third quarter": September
        candidates.append((distance, scoped, date))
    if not candidates:
        return _that_year(sentence, mention, dates)
    _, period, chosen = min(candidates, key=lambda c: c[0])  # the nearest; ties: the first
    split = _SPLIT_YEAR.search(chosen.text)
    if split is not None and period.date.granularity is Granularity.YEAR:
        return _split_year(split)
    if _INFERRED_YEAR.fullmatch(chosen.text) and period.date.granularity in _PART_OF_YEAR:
        # "third-quarter" carries the publication's year: another scope of the sentence
        # that writes its year ("In fiscal 2024, ... third-quarter revenue") gives it
        years = {
            p.date.start.year
            for _, p, d in candidates
            if p.date.granularity is Granularity.YEAR
            and _WRITTEN_YEAR.search(d.text)
            and p.relation == "in"  # "since 2023" gives no year to "in January"
        }
        earlier = _earlier_by(sentence, mention, left_edge)
        if len(years) == 1:
            period = _in_year(period, years.pop())
        elif earlier == 1:
            # "A year earlier, Halden's third-quarter revenue was ...": last year's quarter
            period = _in_year(period, period.date.start.year - 1)
        elif earlier == 0:
            return None  # "Two years ago, its third-quarter revenue ...": no period says
    return _refine_quarter(sentence, mention, period)


# A year written across two calendar years, "the 2024/25 season", "its 2024-25 adjusted
# EBITDA": a season or a financial year whose months the text does not say. The date reader
# gives it as two years ("2024" and "25"), as the extraction suites label it.
_SPLIT_YEAR = re.compile(r"(?P<first>(?:19|20)\d\d)[/\u2013-](?P<second>\d\d)(?![\d/%-])")


def _whole_split_years(sentence: str, dates: Sequence[Mention]) -> Iterator[Mention]:
    """``dates``, each split year one mention: "fiscal 2024" of "fiscal 2024-25" reaches
    over the "-25", and the "25" is dropped, so that the words after the split year are
    read from its end ("its 2024/25 adjusted EBITDA of")."""
    for date in dates:
        if _SPLIT_YEAR.fullmatch(sentence, max(0, date.start - 5), date.end):
            continue  # the "25" of "2024/25"
        split = _SPLIT_YEAR.match(sentence, max(0, date.end - 4))
        if split is not None and split.start() == date.end - 4 and date.text[-4:].isdigit():
            text = sentence[date.start : split.end()]
            date = dataclasses.replace(date, end=split.end(), text=text)
        yield date


def _split_year(split: re.Match[str]) -> Period | None:
    """The period of a split year: both calendar years, told apart from either one ("the
    2024/25 season" is neither 2024 nor 2025, and is not the 2025/26 season). None when
    the two years do not follow each other ("2019-25" is a range of years)."""
    first = int(split.group("first"))
    if int(split.group("second")) != (first + 1) % 100:
        return None
    span = DateValue(dt.date(first, 1, 1), dt.date(first + 1, 12, 31), Granularity.YEAR)
    return Period(span, SPLIT_YEAR)


# "... and carried 7.6 million passengers on its own network that year": a year named
# before, in the same clause run
_THAT_YEAR = re.compile(r"[^.;:]{0,60}?\b(?:that|the\s+same)\s+year\b", re.IGNORECASE)


def _that_year(sentence: str, mention: Mention, dates: Sequence[Mention]) -> Period | None:
    """The year "that year" after the figure points back to: the last year the sentence
    names before the figure ("reported revenue of SEK 11.8 billion for 2024 and carried 7.6
    million passengers that year" is 2024's). None without one."""
    if _THAT_YEAR.match(sentence, mention.end) is None:
        return None
    years = [
        d.value
        for d in dates
        if d.end <= mention.start
        and isinstance(d.value, DateValue)
        and d.value.granularity is Granularity.YEAR
    ]
    return Period(years[-1], "in") if years else None


def _taken_as_of(scope: re.Match[str] | None, date: Mention, mention: Mention) -> bool:
    """ "as of"/"as at" a date: the day a stock was taken ("16,200 claims as of March 5",
    "As of June 30, Acme had ..."), a scope by its very words, never the day of an event
    or of its telling."""
    return (
        scope is not None
        and scope.group("rel").casefold() in ("as of", "as at")
        and isinstance(date.value, DateValue)
        and date.start != mention.start
    )


# What a measured figure is of, between it and a date right after: "sold 2.6 billion litres
# of beer and cider last year", "₹147 crore of EBITDA last financial year". Lower-case words
# or acronyms only, at most four, no clause break.
_OF_WHAT = re.compile(r"\s+of\s+(?:(?:[a-z][\w-]*|[A-Z]{2,6})\s+){1,4}")
# What a sum is "in" between it and a date right after: "booked $12.4bn in revenue last
# year", "took in $40 million in sales in 2024". A bare noun or two, no article, so that a
# place or an object ("$5m in the startup") is no such phrase.
_IN_WHAT = re.compile(r"\s+in\s+(?!the\b|a\b|an\b|its\b|their\b)(?:[a-z][\w-]*\s+){1,2}")
# Whom a sum is for, between it and a date right after: "brought in $1.5bn for Acme last
# year", "paid $40m for Globex in 2023". A name of at most four capitalised words.
_FOR_NAME_BETWEEN = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+")
# What a count or a quantity counts, and a word of totalling, between it and a date right
# after: "moved 3.9 million twenty-foot equivalent units in total last year", "shipped 4.2
# million tonnes of ore in all in 2024". Words of the noun phrase only (no function word
# that would open another phrase or clause), at most five.
_COUNTED_THEN = re.compile(
    r"\s+(?:of\s+)?(?:(?!(?:to|and|or|but|as|than|from|which|that|who|it|its|the|a|an|with|"
    r"by|at|on|in|for|after|before|since|while|when|between|during|over|under|until|through|"
    r"throughout|across|about|around|of|per|into|up)\b)(?:[a-z][\w-]*|[A-Z]{2,5})\s+){0,5}"
    r"(?:(?:in\s+total|in\s+all|altogether|overall|combined)\s+)?"
)
# The same, then the place it was counted at: "turned out 348,000 cubic metres of sawn
# wood at its Aldermoor sawmill last year", "sold 1.2 million cars in the Nordic region
# this year" (a possessive or "the", up to three capitalised words, one or two nouns)
_COUNTED_AT_PLACE = re.compile(
    _COUNTED_THEN.pattern
    + r"(?:at|in)\s+(?:its|the|their)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z][\w-]*\s+){1,2}"
)


# What follows a date that opens a sentence as an adverbial ("Last year, Acme ...", "This
# year the chain ..."), not as a modifier of a noun ("The 2026 restructure ...")
_ADVERBIAL_AFTER = re.compile(r"\s*,|\s+(?:(?:the|it|its|they|their|we)\b|[A-Z])")


def _day_of_results(date: Mention, rule: AttributeRule | None) -> bool:
    """A day, or a recent time ("on Tuesday", "last week"), never scopes a measure of
    results (revenue, profits: attributes with segments), which add up over a stretch of
    time: it is the day the results were reported."""
    if rule is None or not rule.segments or not isinstance(date.value, DateValue):
        return False
    return date.value.granularity is Granularity.DAY or bool(_RECENT.fullmatch(date.text))


# "ended its financial year in August": the month a financial year ended, written without
# its year, says when the figure was counted, not that it is the month's
_YEAR_ENDED = re.compile(
    r"\b(?:ended|ends|closed|closes|finished|finishes)\s+(?:its|the|their)\s+"
    r"(?:financial|fiscal|trading|business)\s+year\s+(?:in|on)\s+$",
    re.IGNORECASE,
)


# "ended June with 486,000 subscribers", "closed the quarter with": the stretch a figure
# was counted at the end of, right before "with" and the figure (a few words between)
_ENDED_BEFORE = re.compile(r"\b(?:ended|finished|closed)\s+(?:the\s+)?$", re.IGNORECASE)
_WITH_FIGURE = re.compile(r"\s+with\s+(?:[a-z]+\s+){0,2}")


def _ended_month_with(sentence: str, date: Mention, mention: Mention) -> bool:
    """ "Acme ended June with 486,000 subscribers": a stock counted at the end of the month
    that "ended" takes as its object is that month's, though no "in" or "at the end of"
    stands before it (such a month is otherwise skipped as no scope)."""
    if date.end > mention.start:
        return False
    lead = sentence[max(0, date.start - 16) : date.start]
    if _ENDED_BEFORE.search(lead) is None:
        return False
    found = _WITH_FIGURE.match(sentence, date.end, mention.start)
    return found is not None and found.end() == mention.start


# "at the close of the second quarter" is its end too
_AT_THE_END = re.compile(r"(?:at\s+the\s+)?end\s+of|at\s+the\s+close\s+of", re.IGNORECASE)


# "in the 12 months to", "for the year ended", "over the twelve months through the end of":
# a span of a whole year named by its last day or month, right before that date
_TWELVE_MONTHS_TO = re.compile(
    r"\b(?:(?:in|over|for|during)\s+)?the\s+(?:(?:12|twelve)\s+months|(?:(?:financial|fiscal)\s+)?year)\s+"
    r"(?:that\s+)?(?:to|ended|ending|through|until)\s+(?:the\s+end\s+of\s+|in\s+|on\s+)?$",
    re.IGNORECASE,
)


# What may stand before a span that opens a sentence: nothing, or a few words of the
# noun it scopes ("Pre-tax profit", "Its revenue", "Group sales")
_OPENING_NOUN = re.compile(r"\W*(?:[A-Za-z][\w'’-]*\s+){0,4}")


def _twelve_months_to(
    sentence: str, date: Mention, mention: Mention, same_kind: Sequence[int]
) -> Period | None:
    """ "in the 12 months to December 31", "the year ended December": twelve months that
    end with December are the calendar year, the period another article writes "in 2024".
    Twelve months that end with another month are a financial year, ``year to 2026-03``,
    named by its closing month whatever its last day ("the year to 31 March 2026", "the
    year to March", a retailer's year ended 28 January): no calendar year, so a figure of
    the year to March 2025 is never compared with one of the year to March 2026. A span
    another figure of the same kind stands before is left alone (it is that one's)."""
    value = date.value
    if not isinstance(value, DateValue):
        return None
    if value.granularity not in (Granularity.DAY, Granularity.MONTH):
        return None
    if value.end.month == 12 and value.end.day != 31:
        return None
    found = _TWELVE_MONTHS_TO.search(sentence, max(0, date.start - 60), date.start)
    if found is None:
        return None
    if found.start() >= mention.end:
        lo, hi = mention.end, found.start()
    elif date.end <= mention.start and _OPENING_NOUN.fullmatch(sentence, 0, found.start()):
        # "In the 12 months to December 31, Acme made", "Pre-tax profit for the year ended
        # 31 December 2025 rose to": the span opens the sentence, or its subject's noun does
        lo, hi = date.end, mention.start
    else:
        return None
    if not _opening_adjunct(sentence, date, mention) and (
        hi - lo > 120 or bisect.bisect_left(same_kind, lo) < bisect.bisect_left(same_kind, hi)
    ):
        return None
    year, month = value.end.year, value.end.month
    if month == 12:
        return Period(DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), Granularity.YEAR))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return Period(DateValue(last.replace(day=1), last, Granularity.MONTH), YEAR_TO)


# A day a stock is counted at: "as of March 31", "as at 30 June", "at 31 December"
_COUNTED_AT = re.compile(r"\b(?:as\s+(?:of|at)|at)\s+$", re.IGNORECASE)


def _month_end(
    sentence: str,
    mention: Mention,
    attribute: str | None,
    period: Period | None,
    dates: Sequence[Mention],
) -> Period | None:
    """A stock dated by the last day of a month ("had 143 shops on 31 March", "cash of
    $2.1 billion as of June 30") is the month's closing figure, the one another article
    dates "at the end of March" or "ended June with": a stock has one value at that moment,
    and the day adds nothing the month does not say. A stock is a count no verb governs
    ("count of stores"), or a figure "as of"/"at" the day; the day must be written with its
    number. A flow on a day ("sold 5,000 cars on Saturday") and any other day stay a day."""
    if period is None or period.date.granularity is not Granularity.DAY:
        return period
    day = period.date.start
    if (day + dt.timedelta(days=1)).day != 1:
        return period
    date = next((d for d in dates if d.value == period.date), None)
    if date is None or not any(ch.isdigit() for ch in date.text):
        return period
    stock = mention.kind is Kind.COUNT and attribute is not None and "(" not in attribute
    if not stock and not _COUNTED_AT.search(sentence, max(0, date.start - 12), date.start):
        return period
    return Period(DateValue(day.replace(day=1), day, Granularity.MONTH), period.relation)


def _closing_month(period: Period) -> Period:
    """A figure counted at the end of a quarter ("ended the third quarter with 9.6 million
    customers", "at the end of the second quarter") is the count at the end of its last
    month: the same figure another article dates "at the end of September". A stock has
    one value at a moment, so the quarter's last month names the same moment; a year is
    left alone ("at the end of 2025" may be compared with "in 2025")."""
    if period.date.granularity is not Granularity.QUARTER:
        return period
    end = period.date.end
    value = DateValue(end.replace(day=1), end, Granularity.MONTH)
    return Period(value, period.relation)


# A wire lead that reports a penalty as news of the day: "has been fined", "was fined on
# Thursday" is not needed, the present perfect is ("has been ordered to pay")
_FINED_NOW = re.compile(
    r"\b(?:has|have)\s+been\s+(?:fined|ordered\s+to\s+pay|penali[sz]ed|hit\s+with)\b"
    # the regulator telling it on the day: "said on Tuesday it had fined Acme €4.2 million"
    r"|\b(?:said|says|announced)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it\s+)?(?:had|has)\s+"
    r"(?:fined|imposed|penali[sz]ed)\b|\b(?:has|have)\s+fined\b",
    re.IGNORECASE,
)


def _fined_on_dateline(sentence: str, dates: Sequence[Mention]) -> Period | None:
    """The month of the wire dateline, for a fine its lead reports in the present perfect
    ("DUBLIN, June 18 (Wire) - Acme has been fined €38.5 million", "ROME, Nov 18 (Wire) -
    The authority said on Tuesday it had fined Acme €4.2 million"): the penalty was imposed
    then, as "a €31 million penalty ... in June" elsewhere says. Else None."""
    found = _DATELINE.match(sentence[:160])
    if found is None or _FINED_NOW.search(sentence, found.end(), found.end() + 200) is None:
        return None
    for date in dates:
        value = date.value
        if (
            date.end <= found.end()
            and isinstance(value, DateValue)
            and value.granularity is Granularity.DAY
        ):
            first = value.start.replace(day=1)
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
            return Period(DateValue(first, last, Granularity.MONTH))
    return None


def _year_ended_in(sentence: str, date: Mention) -> bool:
    """A month (or day) with no year written, right after "ended its financial year in"."""
    if not isinstance(date.value, DateValue) or date.value.granularity is Granularity.YEAR:
        return False
    if _WRITTEN_YEAR.search(date.text):
        return False
    return _YEAR_ENDED.search(sentence, max(0, date.start - 60), date.start) is not None


# "in the three months to Sept. 30", "for the quarter ended June 30": a quarter named by
# its last day, as wire reports of results write it; or by its last month ("the three
# months to December", "the quarter that ended in June", "to the end of June")
_QUARTER_ENDING = re.compile(
    r"\b(?:three\s+months|3\s+months|quarter)\s+(?:that\s+)?(?:to|ended|ending|through|until)"
    r"(?:\s+(?:the\s+end\s+of|in))?\s+$",
    re.IGNORECASE,
)


_MONTH_WORD = _MONTH_ABBR
# "in the July–September quarter", "the April-June quarter", "the July-to-September
# quarter": a quarter named by its months
_FIRST_MONTH_OF = re.compile(rf"\s*(?:[–-]|-to-|\s+to\s+)\s*{_MONTH_WORD}\s+quarter\b")
_LAST_MONTH_OF = re.compile(rf"\b{_MONTH_WORD}\s*(?:[–-]|-to-|\s+to\s+)\s*$")
_QUARTER_AFTER = re.compile(r"\s+quarter\b")


def _quarter_of_months(sentence: str, date: Mention) -> Period | None:
    """The quarter a phrase names by its first and last months ("the July–September
    quarter" is the third quarter), from either month; None for months that span no
    calendar quarter (a fiscal quarter has no calendar name)."""
    value = date.value
    if not isinstance(value, DateValue) or value.granularity is not Granularity.MONTH:
        return None
    month = value.start.month
    if _FIRST_MONTH_OF.match(sentence, date.end):
        if month % 3 != 1:
            return None
        first_month = month
    elif _QUARTER_AFTER.match(sentence, date.end) and _LAST_MONTH_OF.search(
        sentence, max(0, date.start - 16), date.start
    ):
        if month % 3 != 0:
            return None
        first_month = month - 2
    else:
        return None
    year = value.start.year
    last_month = first_month + 2
    first = dt.date(year, first_month, 1)
    last = dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    return Period(DateValue(first, last, Granularity.QUARTER), "in")


# Days before a quarter's last day that a 52/53-week fiscal quarter may end on (it ends on
# the same weekday each year, so up to six days early)
_FISCAL_WEEK_SLACK = 7


def _quarter_phrase_start(sentence: str, date: Mention) -> int:
    """Where the words naming a quarter by its end begin ("three months to" before "Sept.
    30"), else the date's start: the "three" of "in the three months to June" is part of
    the scope, not another count standing between a count and its date."""
    found = _QUARTER_ENDING.search(sentence, max(0, date.start - 34), date.start)
    return found.start() if found is not None else date.start


def _quarter_ending(sentence: str, date: Mention) -> Period | None:
    """The quarter that ends on ``date`` when the words before it name a quarter by its
    last day ("in the three months to Sept. 30" is the third quarter, and so is a 52/53-week
    quarter "ended Sept. 28"); None otherwise, and for a day far from a calendar quarter's
    end (a fiscal quarter ending in May has no calendar name). A month that closes a
    calendar quarter counts as its last day ("the three months to December")."""
    value = date.value
    if not isinstance(value, DateValue) or value.granularity not in (
        Granularity.DAY,
        Granularity.MONTH,
    ):
        return None
    if _QUARTER_ENDING.search(sentence, max(0, date.start - 34), date.start) is None:
        return None
    day = value.end if value.granularity is Granularity.MONTH else value.start
    last = calendar.monthrange(day.year, day.month)[1]
    # a 52/53-week fiscal quarter ends on a weekday near the month's end ("the quarter
    # ended June 29"): the calendar quarter it closes, as "the three months to June 30"
    if day.month % 3 or day.day <= last - _FISCAL_WEEK_SLACK:
        return None
    first = dt.date(day.year, day.month - 2, 1)
    end = dt.date(day.year, day.month, last)
    return Period(DateValue(first, end, Granularity.QUARTER), "in")


# A subordinate clause with a subject and verb of its own between a figure and a later
# date ("since it floated on the London market in", "after the company cut prices in"):
# the date is that clause's event. "since 2015" alone, with no clause, still scopes.
_SUBORDINATE_CLAUSE = re.compile(
    r"\b(?:since|once|when|after|before|because|until)\s+"
    r"(?:it|they|he|she|we|(?:the|its|their)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+"
    r"(?:(?:has|have|had|was|were|is|are|first|last|finally)\s+)?"
    r"(?!(?:of|in|on|at|to|for|from|with|by|and|or|than|as)\b)[a-z]+\b"
)


# A period written as the base a figure changed from, right after it: "fell to $598 million
# from the second quarter", "up from the year before"
_PERIOD_AS_BASE = re.compile(
    r"\s*,?\s+(?:(?:up|down)\s+)?(?:from|compared\s+with|against|versus)\s+(?:the\s+|a\s+)?",
    re.IGNORECASE,
)


def _base_between(
    sentence: str, mention: Mention, date: Mention, others: Sequence[Mention]
) -> bool:
    """A figure of any kind that is the base of a comparison ("up from 12.6%", "compared
    with $4 billion") stands between the figure and a later date: the date is the base's
    ("Voltrea ranked third with 14.2%, up from 12.6% in the second quarter")."""
    return any(
        mention.end <= other.start
        and other.end <= date.start
        and other.kind is not Kind.DATE
        and _BASELINE_BEFORE.search(sentence, max(0, other.start - 40), other.start) is not None
        for other in others
    )


# An attribution and what it cites: "according to a filing the streamer made with
# regulators on Friday", "a statement issued on Monday". The day of a source dates the
# source, never the figure it gives; a year or a quarter inside one ("according to its
# results for 2024") may still scope the figure, so only days and recent times are dropped.
_ATTRIBUTION_OPENER = re.compile(
    r"\b(?:according\s+to|citing|based\s+on)\b[^,;:()]*$|"
    r"\b(?:filings?|statements?|releases?|reports?|disclosures?|documents?|prospectus|letters?|"
    r"presentations?|submissions?|records?)\s+(?:[\w'’]+\s+){0,6}?(?:made|filed|published|issued|"
    r"released|submitted|lodged|sent|dated|posted)\s+(?:on\s+|last\s+|this\s+)?$",
    re.IGNORECASE,
)


def _dates_its_source(sentence: str, date: Mention) -> bool:
    """A day or a recent time inside an attribution: "according to a filing the streamer
    made with regulators on Friday", "a filing made on August 15 shows"."""
    if not isinstance(date.value, DateValue):
        return False
    if date.value.granularity is not Granularity.DAY and not _RECENT.fullmatch(date.text):
        return False
    return _ATTRIBUTION_OPENER.search(sentence, max(0, date.start - 120), date.start) is not None


# A date that is the base of a comparison ("a year earlier", "the previous year") never
# scopes a figure; before a figure it shifts the figure's period (see ``_earlier_by``).
_RELATIVE_BASE = re.compile(
    r"(?:(?:a|an|one|two|three|four|five|six|\d+)\s+(?:years?|quarters?|months?)\s+"
    r"(?:earlier|ago|before|previously)|the\s+(?:previous|prior)\s+(?:year|quarter)|"
    r"the\s+(?:year|quarter)\s+before)",
    re.IGNORECASE,
)
# A date whose year the extractor inferred from the publication date: a quarter or month
# written without a year ("third-quarter", "in March").
_WRITTEN_YEAR = re.compile(r"\b\d{4}\b|\b(?:FY|fiscal\s*)\d{2}\b|['’]\d{2}\b", re.IGNORECASE)
_INFERRED_YEAR = re.compile(
    r"(?!.*\b(?:last|next|this|previous|prior|ago|earlier|later|coming|past|current)\b)"
    r"(?!.*(?:\d{4}|['’]\d{2}|FY\s*\d{2}))[^\n]*",
    re.IGNORECASE,
)
_PART_OF_YEAR = (Granularity.QUARTER, Granularity.MONTH)
# "A year earlier, ...", "last year's third-quarter revenue", "the year-ago quarter": the
# figure is of an earlier time than its written period says.
_EARLIER_TIME = re.compile(
    r"^\W*(?P<opening>(?:a|an|one|two|three|four|five|six|\d+)\s+(?P<unit>years?|quarters?|"
    r"months?)\s+(?:earlier|ago|before|previously))\b|"
    r"\b(?P<possessive>(?:last|previous|prior)\s+year['’]s)|"
    r"\b(?P<modifier>year-earlier|year-ago|prior-year|previous-year)\b|"
    r"\bthe\s+same\s+(?:quarter|period|month|half|week)\s+(?:of\s+)?(?P<same>last\s+year|"
    r"(?:a|the)\s+(?:year\s+(?:earlier|ago|before)|previous\s+year|prior\s+year))",
    re.IGNORECASE,
)


def _earlier_by(sentence: str, mention: Mention, left_edge: int) -> int | None:
    """How many years before its written period the figure is, when an opening adjunct or
    a modifier just before it says it is of an earlier time: 1 for "A year earlier," and
    "the year-ago quarter"; 0 when no shift of the written period can say which time
    ("Two years ago,", "a quarter earlier", "last year's" of a quarter whose year was
    inferred); None when nothing says so."""
    found = None
    for match in _EARLIER_TIME.finditer(sentence, 0, mention.start):
        between = sentence[match.end() : mention.start]
        opening = not re.search(r"[A-Za-z]{3,}", _OPENING_WORDS.sub("", sentence[: match.start()]))
        if opening or (
            match.start() >= left_edge
            and "," not in between
            and len(_WORD.findall(between)) <= 6  # "last year's third-quarter revenue was"
        ):
            found = match
    if found is None:
        return None
    if found.group("opening"):
        words = found.group("opening").lower().split()
        return 1 if words[0] in ("a", "an", "one") and words[1] == "year" else 0
    # "the year-ago quarter" is a year before the quarter the article is about; "last
    # year's" is the year before publication, which an inferred quarter may already be in
    return 1 if found.group("modifier") else 0


def _in_year(period: Period, year: int) -> Period:
    """The same quarter or month in another year."""
    start = period.date.start.replace(year=year)
    end = period.date.end.replace(year=year, day=1)
    end = end.replace(day=calendar.monthrange(year, end.month)[1])
    return Period(DateValue(start, end, period.date.granularity), period.relation)


_QUARTER_WORD = re.compile(r"\b(first|second|third|fourth)[- ]quarter\b|\bQ([1-4])\b", re.I)
_ORDINAL_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _refine_quarter(sentence: str, mention: Mention, period: Period) -> Period:
    """ "first-quarter revenue of $5B for fiscal 2026": the year, narrowed to its quarter."""
    if period.date.granularity is not Granularity.YEAR:
        return period
    window = sentence[max(0, mention.start - 60) : mention.end + 60]
    found = {
        _ORDINAL_QUARTER[m.group(1).lower()] if m.group(1) else int(m.group(2))
        for m in _QUARTER_WORD.finditer(window)
    }
    if len(found) != 1:
        return period
    quarter = found.pop()
    year = period.date.start.year
    first = dt.date(year, 3 * quarter - 2, 1)
    last = dt.date(year, 3 * quarter, calendar.monthrange(year, 3 * quarter)[1])
    return Period(DateValue(first, last, Granularity.QUARTER), period.relation)


# What a penalty is for: "fined £6.1m over the 2022 spill", "a $2m settlement for its 2019
# data breach", "£4m after the 2021 collapse"
_OFFENCE_BEFORE = re.compile(
    r"\b(?:over|for|after|following|relating\s+to|related\s+to|in\s+connection\s+with)\b",
    re.IGNORECASE,
)


def _dates_the_offence(
    between: str, date: Mention, mention: Mention, rule: AttributeRule | None
) -> bool:
    """A date after a fine, past a word that says what it is for, dates the offence, not the
    fine: "was fined £6.1m over the 2022 discharge" is no fine of 2022 ("was fined £6.1m in
    2022" still is)."""
    return (
        rule is not None
        and rule.name == "fine"
        and date.start >= mention.end
        and _OFFENCE_BEFORE.search(between) is not None
    )


# Between a date and a later figure, a new clause means the date is another event's:
# "jumped 31% on Thursday, ... after it priced its shares at $26".
_CONJUNCTION = re.compile(r"\s(?:and|but|while|whereas|after|before|when|once)\s|;")


# "a deal worth £1.8 billion starts in August": when what the figure measures begins is no
# period of the figure ("The partnership began in 2019 with a $1 billion investment" is).
_STARTS = re.compile(r"\b(?:start(?:s|ed)?|begins?|began|kick(?:s|ed)?\s+off)\b", re.I)
# "... and, in December, the board approved": the comma after the conjunction too
_NEW_CLAUSE_AFTER = re.compile(
    r",\s*(?:and|but|while|whereas|which|who)\s|\s(?:and|but|while|whereas),\s", re.IGNORECASE
)


def _modifies_attribute(
    between: str, date: Mention, mention: Mention, rule: AttributeRule | None
) -> bool:
    """ "fourth-quarter net income reached $1.8 billion": the date is glued to the cue of
    the figure's attribute, a few words before the figure, with no clause break. A day
    never is ("agreed on Monday to buy X for $2.6 billion": the agreement's day)."""
    if rule is None or date.end > mention.start or re.search(r"[,;:()]", between):
        return False
    if isinstance(date.value, DateValue) and date.value.granularity is Granularity.DAY:
        return False
    words = _WORD.findall(between)
    if len(words) > 8:
        return False
    text = between.lstrip(" -")
    # "fourth-quarter net income", or with one word of its own: "fourth-quarter gold output";
    # the cue glued to the date may be further from the figure ("2024 net profit climbed
    # almost 10% to")
    if rule.pattern.match(text) is not None:
        return True
    # one or two words of its own: "fourth-quarter gold output", "third-quarter gross
    # gaming revenue"
    offset = 0
    for word in words[:2]:
        if (
            not word.islower()
            or _SUBJECT_PRONOUN.fullmatch(word)
            or _NOT_A_MODIFIER.fullmatch(word)
        ):
            return False  # "in 2024 and reported net income of": a clause of its own
        offset = text.find(word, offset) + len(word) + 1
        if rule.pattern.match(text, offset) is not None:
            return True
    return False


# Words that cannot modify a results noun: a joining word, an article or a past verb (but
# the participles results are qualified by: "its 2024 adjusted EBITDA")
_NOT_A_MODIFIER = re.compile(
    r"and|or|but|with|the|its|their|a|an|of|to|in|on|at|for|as|while|when|after"
    r"|(?!(?:adjusted|diluted|consolidated|audited|restated|annuali[sz]ed)$)[a-z]+ed"
)


# A year's set of results that shows a figure: "2025 results showed pre-tax profit of",
# "2024 accounts include revenue of" (a verb of showing, then at most four words before
# the figure: the attribute's cue and "of")
_SHOWED_IN_RESULTS = re.compile(
    r"\s+(?P<noun>[a-z]+)\s+(?:showed|shows|show|included|includes|include|revealed|"
    r"reveals|contained|contain|contains|put|puts|recorded|records)\s+"
    r"(?:[A-Za-z][\w-]*\s+){1,4}",
)


def _results_named_year(
    sentence: str, date: Mention, mention: Mention, rule: AttributeRule | None
) -> bool:
    """ "The brewer's 2025 results showed pre-tax profit of £184 million": a year glued to
    a noun for a set of results (``data/results_nouns.txt``) that a verb of showing makes
    show the figure dates a measure of results (an attribute with segments), as "2025
    pre-tax profit of" would. Only a year, written in digits, right before the noun."""
    if rule is None or not rule.segments or date.end > mention.start:
        return False
    value = date.value
    if not isinstance(value, DateValue) or value.granularity is not Granularity.YEAR:
        return False
    if not re.fullmatch(r"\d{4}", date.text) or mention.start - date.end > 80:
        return False
    found = _SHOWED_IN_RESULTS.match(sentence, date.end, mention.start)
    return (
        found is not None
        and found.end() == mention.start
        and found.group("noun") in _RESULTS_NOUNS
    )


# A subject pronoun opens a clause of its own: in "said on Wednesday it sold 21 million
# litres" the day is when it was said, and "it" is no modifier of "sold" as "gold" is of
# "output" in "fourth-quarter gold output".
_SUBJECT_PRONOUN = re.compile(r"it|they|we|he|she|i", re.IGNORECASE)


def _opens_sentence(sentence: str, date: Mention) -> bool:
    """ "In 2019, Acme invested ..." : a date in the opening adjunct scopes the sentence."""
    opening = _OPENING_WORDS.sub("", sentence[: date.start])
    return not re.search(r"[A-Za-z]{3,}", opening)


def _opening_adjunct(sentence: str, date: Mention, mention: Mention) -> bool:
    """Is the date an adjunct set off at the head of the sentence, before the figure ("In
    2024, ...", "For the year ending February 2027, ...")? It scopes every figure of the
    sentence up to a semicolon, however many figures of the same kind come first: "For the
    year ending February 2027, X forecast operating profit of ¥76.0 billion on operating
    revenue of ¥1.01 trillion" gives that year's revenue too."""
    return (
        date.end <= mention.start
        and _ADJUNCT_END.match(sentence, date.end) is not None
        and ";" not in sentence[date.end : mention.start]
        and not _LATER_BETWEEN.search(sentence, date.end, mention.start)
        and (
            _opens_sentence(sentence, date)
            or _OPENING_YEAR_TO.fullmatch(sentence, 0, date.start) is not None
        )
    )


# a comma, or none before the subject: "By 2010 the company ran six plants and had 1,100
# staff" dates both
_ADJUNCT_END = re.compile(r"\s*,|\s+(?=(?:the|its|their|it|they|we)\s|[A-Z])")
# a later time in the clause after it: "In 2010 Acme opened a plant and now employs 1,100"
_LATER_BETWEEN = re.compile(
    r"\b(?:now|today|currently|since|later|then|subsequently|eventually|still)\b"
)
_OPENING_YEAR_TO = re.compile(
    r"\W*(?:For|In|Over|During)\s+(?:the|its)\s+(?:(?:financial|fiscal)\s+)?(?:year|12\s+months|"
    r"twelve\s+months)\s+(?:to|ended|ending|through)\s+",
    re.IGNORECASE,
)
_OPENING_WORDS = re.compile(r"\b(?:in|by|as of|since|during|for|the|of|end|early|late|mid)\b", re.I)


# A results noun right before a date ("Sales last year", "revenue this year", "profit in
# the quarter" has its own preposition), and a verb of level after it, up to the figure
_RESULTS_NOUN_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
_LEVEL_VERB_THEN = re.compile(
    r"\s+(?:was|were|totalled|totaled|came\s+(?:in\s+)?(?:at|to)|reached|rose|fell|grew|"
    r"climbed|dropped|jumped|increased|decreased|amounted|stood)\b[^,;:()]{0,30}$"
)


def _after_results_noun(sentence: str, date: Mention, mention: Mention) -> bool:
    """A year or a quarter written bare right after a results noun, before the figure it
    levels ("Sales last year totalled €342 million", "Revenue this year rose to $2bn"):
    the noun's period, as "€342 million in sales last year" is."""
    if date.end > mention.start or not isinstance(date.value, DateValue):
        return False
    if date.value.granularity not in (Granularity.YEAR, Granularity.QUARTER):
        return False
    noun = _RESULTS_NOUN_BEFORE.search(sentence, max(0, date.start - 20), date.start)
    return (
        noun is not None
        and noun.group(1).lower() in _RESULTS_NOUNS
        and _LEVEL_VERB_THEN.match(sentence[: mention.start], date.end) is not None
    )


def _adjacent_before(sentence: str, date: Mention, mention: Mention) -> bool:
    """A date between the figure and its noun: "Acme's March 2026 funding round"."""
    return date.end <= mention.start and not sentence[date.end : mention.start].strip(" ,")


# A passage about one quarter: "The deal was announced alongside its second-quarter results.
# Net sales rose 4% to $3.12 billion" and "The company carried 1.42 million TEU in the
# quarter" report that quarter's figures without writing it again.
_RESULTS_NOUNS = _words("results_nouns.txt")
# "in the quarter", "during the three months": the quarter the article is about, written as
# a definite noun with no date of its own
# ("the period" is left out: in an annual report it is the year, whatever quarter the
# article named before)
_THE_QUARTER = re.compile(
    r"\b(?:in|for|during|over|through(?:out)?|(?:ended|finished|closed|exited))\s+the\s+"
    r"(?:quarter|three\s+months)\b(?!\s+(?:to|ended|ending|through|before|after)\b)",
    re.IGNORECASE,
)
# "the quarter, which closed on Nov. 1,": the day the article's quarter ended, no date of
# the figure's own
_QUARTER_CLOSED_ON = re.compile(
    r"\bthe\s+quarter,\s+which\s+(?:closed|ended)\s+(?:on\s+)?(?P<day>[^,;]{3,24}),",
    re.IGNORECASE,
)
# A span other than a quarter: an annual or half-year figure never takes the passage's quarter
_OTHER_SPAN = re.compile(
    r"\b(?:full-year|full\s+year|annual|annually|yearly|a\s+year(?!\s+(?:earlier|ago|before))|"
    r"per\s+year|each\s+year|"
    r"half-year|half\s+year|(?:first|second)[- ]half|six\s+months|(?:12|twelve)\s+months|"
    r"so\s+far|to\s+date|year\s+to\s+date|since|cumulative|in\s+total|all\s+told)\b",
    re.IGNORECASE,
)
_INHERITING_KINDS = (Kind.MONEY, Kind.QUANTITY, Kind.COUNT)


def quarter_named(
    sentence: str, dates: Sequence[Mention], periods: Sequence[Period | None]
) -> Period | None:
    """The quarter a sentence reports on, for the passage after it: the quarter its own
    figures are scoped to (``periods``, of its figures that have an attribute), or a quarter
    written right before a results noun (``data/results_nouns.txt``: "alongside its
    second-quarter results"). A quarter named for a deal's completion or a forecast ("to
    close in the first quarter of 2026") is neither, so it names no passage."""
    quarters = {
        p
        for p in periods
        if p is not None and p.relation == "in" and p.date.granularity is Granularity.QUARTER
    }
    if len(quarters) == 1:
        return quarters.pop()
    if quarters:
        return None  # two quarters: the sentence compares, the passage is about neither
    for date in dates:
        value = date.value
        if not isinstance(value, DateValue) or value.granularity is not Granularity.QUARTER:
            continue
        if _RELATIVE_BASE.fullmatch(date.text):
            continue
        following = _WORD.match(sentence, date.end + 1) if date.end < len(sentence) else None
        if following is not None and following.group().lower().strip(".,") in _RESULTS_NOUNS:
            return Period(value, "in")
    return None


def passage_quarter(
    sentence: str,
    kind: Kind,
    attribute: str | None,
    dates: Sequence[Mention],
    continued: Period | None,
    article: Period | None,
) -> Period | None:
    """The quarter an undated figure inherits from its passage, or None.

    ``continued`` is the quarter the previous sentence of the same paragraph reported on
    (see ``quarter_named``), given only when this sentence goes on about the same subject
    (``refers_back``: "Adjusted operating profit rose 7% to $412m"); ``article`` is the last
    quarter the article reported on, which "in the quarter" refers to.
    Only a figure that says what it is (an attribute) and that no date of its own scopes
    inherits, and never one that states another span ("full-year", "annual", "so far"): an
    annual figure beside quarterly ones is the classic mismatch, so that one stays undated.
    A date that is only the base of a comparison ("from $385m a year earlier") does not
    stop the figure itself from taking the passage's quarter."""
    if attribute is None or (
        kind not in _INHERITING_KINDS
        and not is_change(kind, attribute)
        and not is_margin(kind, attribute)
    ):
        return None
    if kind is Kind.COUNT and not attribute.endswith(")"):
        return None  # a stock ("has 120 aircraft") is no quarter's; a flow has its verb
    closing = _QUARTER_CLOSED_ON.search(sentence)
    if any(
        not _RELATIVE_BASE.fullmatch(d.text)
        and not (closing and closing.start("day") <= d.start < closing.end("day"))
        for d in dates
    ):
        return None
    if attribute.endswith(("(annual)", "(half-year)")) or _OTHER_SPAN.search(sentence):
        return None
    if _THE_QUARTER.search(sentence):
        return continued or article
    return continued


def passage_results_year(
    sentence: str,
    kind: Kind,
    attribute: str | None,
    dates: Sequence[Mention],
    continued: tuple[Period, bool] | None,
) -> tuple[Period, bool] | None:
    """The year (and whether a half of it) an undated result inherits from the sentence
    before, in the same paragraph, when this one goes on about it (``refers_back``):
    "Vellacourt said 2024 net profit climbed to €287 million. Sales reached €3.42 billion"
    is 2024's revenue; after "net profit of €121 million for the first six months of 2025",
    "Revenue edged up 3.2% to €1.79 billion" is the half-year's. Only a sum that says what
    it is, that no date of its own scopes and that states no span of its own; a quarter's
    passage is ``passage_quarter``'s."""
    if continued is None or attribute is None or not reads_as_a_result(kind, attribute):
        return None
    if attribute.endswith(tuple(SPAN_QUALIFIERS)) or _OTHER_SPAN.search(sentence):
        return None
    if _THE_QUARTER.search(sentence) or any(not _RELATIVE_BASE.fullmatch(d.text) for d in dates):
        return None
    return continued


def passage_span(
    sentence: str,
    kind: Kind,
    attribute: str | None,
    dates: Sequence[Mention],
    continued: str | None,
) -> str | None:
    """The attribute an undated result takes from the span of the sentence before, in the
    same paragraph, when this one goes on about it (``refers_back``): after "a pre-tax
    profit of £18.7m in the six months to 31 December", "Revenue rose 5.8% to £312.4m" is
    the half-year's revenue too. ``continued`` is that span's qualifier (" (half-year)");
    only a result with no date, no span and no other span in its sentence takes it."""
    if continued is None or attribute is None or not is_result(kind, attribute):
        return None
    if passage_results_year(sentence, kind, attribute, dates, (_NO_YEAR, False)) is None:
        return None
    return f"{attribute}{continued}"


# a stand-in year for ``passage_span``'s checks, which look at the sentence, not the year
_NO_YEAR = Period(DateValue(dt.date(1, 1, 1), dt.date(1, 12, 31), Granularity.YEAR))


def results_span_named(claims: Sequence[tuple[Kind, str | None, Period | None]]) -> str | None:
    """The one span qualifier (" (half-year)") a sentence's undated results carry, which the
    next sentence that goes on about them takes (``passage_span``); None when none, or two."""
    found = {
        qualifier
        for kind, attribute, period in claims
        if period is None and attribute and is_result(kind, attribute)
        for qualifier in SPAN_QUALIFIERS
        if attribute.endswith(qualifier)
    }
    return found.pop() if len(found) == 1 else None


def results_year_named(
    claims: Sequence[tuple[str | None, Period | None]], results: Collection[str]
) -> tuple[Period, bool] | None:
    """The one year a sentence's results figures are dated by, and whether they are a half
    of it (``(half-year)``), from (attribute, period) pairs; ``results`` are the attributes
    of results (revenue, profit, ...). None when the sentence gives none, or two."""
    found = {
        (period, attribute.endswith(" (half-year)"))
        for attribute, period in claims
        if attribute
        and period is not None
        and period.date.granularity is Granularity.YEAR
        and period.relation == "in"
        and attribute.split(" (", 1)[0] in results
    }
    return found.pop() if len(found) == 1 else None


# A year written right after a results noun and "for" ("net profit for 2024", "results for
# the 2024 financial year" reads the year only): the year a results article reports on
_RESULTS_FOR = re.compile(r"(?P<noun>[A-Za-z]+)\s+for\s+(?:the\s+)?(?:fiscal\s+|financial\s+)?$")
# Spans other than a whole year: a quarter, a half, a running total never take the year
_NOT_WHOLE_YEAR = re.compile(
    r"\b(?:quarter|quarterly|three\s+months|half-year|half\s+year|(?:first|second)[- ]half|"
    r"six\s+months|nine\s+months|so\s+far|to\s+date|year\s+to\s+date|since|cumulative|"
    r"in\s+total|all\s+told|per\s+year|a\s+year(?!\s+(?:earlier|ago|before))|each\s+year|"
    r"by\s+the\s+end\s+of|forecast|expects?|target)\b",
    re.IGNORECASE,
)
# A comparison with the year before: "from €378 million a year earlier"
_YEAR_BASE = re.compile(
    r"\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b|\bthe\s+(?:previous|prior)\s+year\b",
    re.IGNORECASE,
)


def results_year(sentence: str, dates: Sequence[Mention]) -> Period | None:
    """The year whose results a sentence reports, for the article after it: its only year,
    written right before a results noun ("lifts 2024 profit", "its 2024 results") or after
    one and "for" ("net profit for 2024"; ``data/results_nouns.txt``). A sentence that
    names a quarter too, or two years, reports on neither (see ``passage_year``)."""
    years = []
    for date in dates:
        value = date.value
        if not isinstance(value, DateValue) or _RELATIVE_BASE.fullmatch(date.text):
            continue
        if value.granularity is Granularity.QUARTER:
            return None
        if value.granularity is Granularity.YEAR and re.fullmatch(r"\d{4}", date.text):
            years.append(date)
    if len(years) != 1:
        return None
    date = years[0]
    following = _WORD.match(sentence, date.end + 1) if date.end < len(sentence) else None
    if following is not None and following.group().lower().strip(".,") in _RESULTS_NOUNS:
        return Period(date.value, "in")  # type: ignore[arg-type]
    before = _RESULTS_FOR.search(sentence, max(0, date.start - 40), date.start)
    if before is not None and before.group("noun").lower() in _RESULTS_NOUNS:
        return Period(date.value, "in")  # type: ignore[arg-type]
    return None


def passage_year(
    sentence: str,
    kind: Kind,
    attribute: str | None,
    dates: Sequence[Mention],
    article: Period | None,
) -> Period | None:
    """The year an undated annual result inherits from an article on that year's results
    (``article``, see ``results_year``), or None: "Net profit rose to €412m from €378m a
    year earlier" in an article whose lead gives "net profit for 2024" is 2024's. Only a
    sum that says what it is (an attribute), that no date of its own scopes, that is
    compared with the year before (the sign of a reported annual result, not a plan or a
    stock), and that states no other span ("fourth-quarter", "so far", "by the end of")."""
    if article is None or attribute is None or not reads_as_a_result(kind, attribute):
        return None
    if any(not _RELATIVE_BASE.fullmatch(d.text) for d in dates):
        return None
    if not _YEAR_BASE.search(sentence) or _NOT_WHOLE_YEAR.search(sentence):
        return None
    return article
