"""Read a figure's context in its sentence: subject, attribute, period, rank item and board.

Pure text in, plain values out: the caller (``factcheck.pipeline``) passes the sentence,
the figure's ``Mention``, the entities found by the spaCy pipeline (as ``Entity`` offsets)
and the dates found in the sentence. Keeping spaCy out of this module keeps it fast to
test and usable with any tokenizer.

Every rule here prefers silence to a guess: a figure whose subject or attribute is unclear
gets ``None``, and the reconciler abstains on it.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from factcheck.extract.numeric import COUNTED_UNITS
from factcheck.model import (
    YEAR_TO,
    Amount,
    Bound,
    DateValue,
    Granularity,
    Kind,
    Mention,
    Period,
)
from factcheck.referents import FACILITY_KINDS, KIND_HEADS, OPENING_PHRASE, TRADE_HEADS
from factcheck.subjects import (
    ABBREVIATION,
    BUSINESS_WORDS,
    DEMONYMS,
    NOT_NAMES,
    is_demonym,
    is_fragment,
    is_modifier,
    relation_subject,
    subject_key,
)


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


@dataclass(frozen=True, slots=True)
class AttributeRule:
    name: str
    pattern: re.Pattern[str]
    relational: bool
    cumulative: bool = False
    part_of: str | None = None
    weak: bool = False  # a linking word ("worth"): used only when no other cue is near
    object_subject: bool = False  # the subject is what is acquired, not the parties
    segments: bool = False  # "cloud revenue" is a part's figure, "revenue (cloud)"


def load_attribute_rules(data: Mapping[str, Any]) -> dict[str, tuple[AttributeRule, ...]]:
    """Compile an attributes table (see ``data/attributes.yaml``) into regex rules."""
    rules: dict[str, tuple[AttributeRule, ...]] = {}
    for kind, table in data.items():
        compiled = []
        for name, spec in table.items():
            for key, weak in (("cues", False), ("weak_cues", True)):
                cues = [str(c) for c in spec.get(key, [])]
                if not cues:
                    continue
                pattern = re.compile(
                    r"\b(?:" + "|".join(_cue_regex(c) for c in cues) + r")\b", re.IGNORECASE
                )
                compiled.append(
                    AttributeRule(
                        name,
                        pattern,
                        bool(spec.get("relational")),
                        bool(spec.get("cumulative")),
                        spec.get("part_of"),
                        weak,
                        spec.get("subject") == "object",
                        bool(spec.get("segments")),
                    )
                )
        rules[str(kind)] = tuple(compiled)
    rules.update(_head_rules(data))
    rules.update(_counted_nouns(data))
    return rules


def _counted_nouns(data: Mapping[str, Any]) -> dict[str, tuple[AttributeRule, ...]]:
    """The ``nouns`` of the count table: words that count one thing even bare ("shops" are
    "stores"), kept under "count nouns", one rule per noun written first in the list."""
    compiled, verbs = [], []
    for spec in (data.get("count") or {}).values():
        nouns = [str(n) for n in (spec or {}).get("nouns", [])]
        if nouns:
            pattern = re.compile("|".join(_cue_regex(n) for n in nouns), re.IGNORECASE)
            compiled.append(AttributeRule(nouns[0], pattern, False))
            # "verbs": {carried: [flew, ...]}: verbs that, with these nouns, say the same
            for verb, forms in ((spec or {}).get("verbs") or {}).items():
                alternation = "|".join(_cue_regex(str(f)) for f in forms)
                verbs.append(
                    AttributeRule(str(verb), re.compile(alternation, re.I), False, part_of=nouns[0])
                )
    found = {"count nouns": tuple(compiled)} if compiled else {}
    if verbs:
        found["count noun verbs"] = tuple(verbs)
    return found


def _head_rules(data: Mapping[str, Any]) -> dict[str, tuple[AttributeRule, ...]]:
    """The ``heads`` of an attributes table: nouns that, heading the figure's own noun
    phrase ("the £18.5m penalty", "a $2bn bond sale", "9.6 million mobile customers"),
    name the attribute whatever cue words stand around it. Kept under "<kind> heads",
    one rule per attribute (with its flags), whose pattern matches a whole head."""
    found: dict[str, tuple[AttributeRule, ...]] = {}
    for kind, table in data.items():
        compiled = []
        for name, spec in table.items():
            heads = [str(h) for h in (spec or {}).get("heads", [])]
            if not heads:
                continue
            compiled.append(
                AttributeRule(
                    name,
                    re.compile("|".join(_cue_regex(h) for h in heads), re.IGNORECASE),
                    bool(spec.get("relational")),
                    bool(spec.get("cumulative")),
                    spec.get("part_of"),
                    False,
                    spec.get("subject") == "object",
                    bool(spec.get("segments")),
                )
            )
        if compiled:
            found[f"{kind} heads"] = tuple(compiled)
    return found


def _cue_regex(cue: str) -> str:
    """One cue as a regex: "invest*" matches any ending; "buy #" only right before the
    figure (the end of the window before it); "series [a-h]" keeps its character class."""
    adjacent = cue.endswith(" #")
    words = cue[:-2].split() if adjacent else cue.split()
    parts = []
    for word in words:
        stem, punctuation = re.fullmatch(r"(.*?)([,;]?)", word).groups()  # type: ignore[union-attr]
        if stem.endswith("*"):  # "tax*," is "tax", "taxes", ... then a comma
            parts.append(re.escape(stem[:-1]) + r"[\w-]*" + re.escape(punctuation))
        elif "[" in word:
            parts.append(word)
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts) + (r"(?=\s*\Z)" if adjacent else "")


# Count verbs (``_verb_class``' classes) that keep a stock: a count they govern is what
# there was at a moment ("was running 980 shops", "employs 2,100 people"), not a flow that
# adds up ("had sold 2 million copies by the end of 2024")
_STOCK_VERBS = ("(operates)", "(employs)")


def is_level(kind: Kind, attribute: str | None) -> bool:
    """Is a figure of this kind and attribute a level held at a moment, one that moves with
    time: a count with no verb of its own or a verb that keeps a stock ("has 120
    employees", "runs 212 stores"), or a share of a market? Not a flow ("sold 2 million
    copies"), nor money."""
    if not attribute:
        return False
    if kind is Kind.PERCENT:
        return attribute.startswith("share of ")
    return kind is Kind.COUNT and (not attribute.endswith(")") or attribute.endswith(_STOCK_VERBS))


# Figures a third party compiles: "according to figures from the Gaming Authority", "data
# compiled by X show": a market's total, not the company's own figure (the company's own
# figures are "its", "the company's" or its name)
_THIRD_PARTY_FIGURES = re.compile(
    r"\b(?:figures|data|statistics|estimates|numbers)\s+(?:from|by|published\s+by|"
    r"compiled\s+by|released\s+by|collected\s+by)\s+"
    r"(?!(?:the\s+)?(?:company|group|firm|its|their)\b)(?:the\s+)?[A-Z]",
)


def third_party_figures(sentence: str) -> bool:
    """Does the sentence credit its figures to a third party's statistics ("Online casino
    gross gaming revenue rose 11% to €2.36 billion, according to figures from the Gaming
    Authority")? Then a figure that names nobody is a market's, never the article's company's
    nor the previous sentence's subject's."""
    return _THIRD_PARTY_FIGURES.search(sentence) is not None


def is_quoted_price(kind: Kind, attribute: str | None) -> bool:
    """Is a figure a price quoted per unit of a thing traded ("$6,045 a tonne", "$81 a
    barrel", "€90 per MWh")? Such a price moves from day to day, so two undated ones are
    one fact only when written the same day. A price per unit of time ("$14.99 a month")
    is a fee, which holds until it is changed, and a price per share is an offer's or a
    listing's ("priced its IPO at $24 per share"), fixed once."""
    if kind is not Kind.MONEY or not attribute or not attribute.startswith("price per "):
        return False
    unit = attribute[len("price per ") :]
    return unit not in _TIME_UNITS and unit != "share"


def cumulative_attributes(rules: Mapping[str, tuple[AttributeRule, ...]]) -> frozenset[str]:
    """Attributes whose undated figures must not be compared (see attributes.yaml)."""
    return frozenset(r.name for table in rules.values() for r in table if r.cumulative)


def _words(name: str) -> frozenset[str]:
    """A word list shipped in ``factcheck/data`` (one a line, ``#`` comments)."""
    text = resources.files("factcheck.data").joinpath(name).read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and w[0] != "#")


def _alternation(name: str) -> str:
    """A word list of ``factcheck/data`` as one regex group, longest first (so "brought
    in" is tried before "brought"), the words of a form joined by any whitespace."""
    forms = sorted(_words(name), key=len, reverse=True)
    return r"(?:" + "|".join(r"\s+".join(map(re.escape, v.split())) for v in forms) + r")"


@lru_cache(maxsize=1)
def default_attribute_rules() -> dict[str, tuple[AttributeRule, ...]]:
    text = resources.files("factcheck.data").joinpath("attributes.yaml").read_text("utf-8")
    return load_attribute_rules(yaml.safe_load(text))


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
_PREP_OBJECT = re.compile(r"\s(?:with|in|into|from|to|for|by|of|backing)\s+$", re.IGNORECASE)
_RELATION_WITH = re.compile(
    r"(?:\b(?:deal|agreement|partnership|pact|contract|tie-up|alliance|investment|stake)s?"
    r"\s+(?:\w+\s+){0,2}?(?:with|in|into)|\b(?:partner(?:s|ed|ing)?\s+with|"
    r"team(?:s|ed)?\s+up\s+with|merg(?:e|es|ed|ing)\s+with|sign(?:s|ed)?\s+with))\s+$",
    re.IGNORECASE,
)
# "paid £1.35 billion for the broadcast rights to X": the owner of the rights is a party
_RIGHTS_OF = re.compile(r"\brights\s+(?:to|for|of)\s+(?:the\s+)?$", re.IGNORECASE)
# "agreed to license Globex's drug ... in a deal worth $1B": the owner of what is licensed,
# named before the figure, is the other party (what is licensed itself is not)
_LICENSED = re.compile(r"\blicens(?:e|es|ed|ing)\s+$", re.IGNORECASE)
# "has licensed its back catalogue to streaming service Globex in a deal worth": the party
# after "to" (a description of it in lower case allowed) is the deal's other party
# (``data/giving_verbs.txt``); at most six words for what is given, bounded to 100 characters.
_GIVEN_TO = re.compile(
    r"\b(?:"
    + "|".join(sorted(map(re.escape, _words("giving_verbs.txt")), key=len, reverse=True))
    + r")\s+(?:[^\s,;:()]+\s+){1,6}?to\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}$",
    re.IGNORECASE,
)
# "will pay Globex $150 million": a name right before the figure is its indirect object
_DITRANSITIVE = re.compile(
    r"\b(?:pay|pays|paid|paying|give|gives|gave|offer(?:s|ed)?|lend|lends|lent|owe[sd]?|"
    r"grant(?:s|ed)?|award(?:s|ed)?)\s+$",
    re.IGNORECASE,
)
# "fined Merovan €120 million", "fined meal-kit company Merovan £4 million", "fined the
# lender Merovan": who pays the penalty, after the verb and a description of it in lower
# case (never a preposition: "was fined by Ofcom £2 million" names who fines)
_PENALISED = re.compile(
    r"\b(?:fined|fines|fining|penalised|penalized|sanctioned)\s+"
    r"(?:(?:the|a|an|its|their|rival|fellow)\s+)?"
    r"(?:(?!(?:by|for|in|on|at|of|to|from|with|over|after|and|or|as|last|this)\b)"
    r"(?-i:[a-z][\w-]*)\s+){0,3}$",
    re.I,
)
_GAP_PREPOSITION = re.compile(
    r"\s*(?:in|for|of|outside|from|at|on|into|across|within|inside|over|under|near|beyond|"
    r"among|between|throughout)\b",
    re.IGNORECASE,
)
_THE_DEAL = re.compile(
    r"\b[Tt]he\s+(?:deal|agreement|partnership|pact|contract|tie-up|alliance|transaction)\b"
)
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
_EVENT_VERB = re.compile(
    r"\b(?:announc\w*|found(?:ed|s)|establish(?:ed|es)|incorporated|unveil\w*|said|says|report\w*|sign\w*|launch\w*|releas\w*|pric(?:ed|es)|"
    r"disclos\w*|reveal\w*|stat(?:ed|es)|confirm\w*|complet\w*|clos(?:ed|es)|"
    r"agree[ds]?|won|wins|approv(?:ed|es|al))\b",
    re.IGNORECASE,
)
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
_COORDINATION = re.compile(r"^,?\s+(?:and|or|&)\s+$")
_BOARD_NOISE = re.compile(
    r"^(?:the|a|an)\s+|\s+(?:leaderboard|leader board|list|ranking|rankings|chart|charts|"
    r"index|table|standings|league table|tracker)$|\.(?:ai|com|org|io|net)$",
    re.IGNORECASE,
)
# A board written as its owner's possessive ("ranked third in Q Data's quarterly count"):
# the owner's list, named in full after it (see ``_owned_board``)
_POSSESSIVE_BOARD = re.compile(r"['’]s$")
_HEAD_NOUN_STOP = re.compile(
    r"^(?:was|were|is|are|be|been|had|has|have|will|would|which|that|who|in|on|at|for|to|"
    r"from|with|by|and|or|as|than|of|against|versus|vs|over|under|after|before|compared|"
    r"up|down|through|per|across|among|during|since|while|ahead|behind|"
    # an adverb of time after the noun ("of the parcel market last year")
    r"last|next|earlier|yesterday|today|currently)$",
    re.IGNORECASE,
)


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


def describe(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    dates: Sequence[Mention],
    others: Sequence[Mention],
    previous_subject: str | None,
    rules: Mapping[str, tuple[AttributeRule, ...]] | None = None,
    editions: Sequence[tuple[str, Period]] = (),
    facilities: Sequence[str] = (),
    deal_before: str | None = None,
    round_before: str | None = None,
) -> Context:
    """Subject, attribute and period of ``mention`` within ``sentence``.

    ``others`` are the other figures of the sentence: a cue word or a date on the far side
    of another figure belongs to that figure, not to this one. ``editions`` are the boards
    the sentence before names with their edition (see ``board_editions``): a rank whose own
    sentence gives its board no edition takes the one given there. ``facilities`` are the
    power plants the sentence before names (see ``named_facilities``): "The 1.4-gigawatt
    project" opening this sentence is that plant. ``deal_before`` is the kind of deal the
    sentence before tells of (see ``deal_kind``): "The deal values X at $Y" after an
    investment in X is X's valuation, after a takeover X's price. ``round_before`` is the
    one funding round the sentence before names (see ``round_named``): "The new money
    values the company at $Y" after a Series B is the company's valuation at that round.
    """
    rules = rules if rules is not None else default_attribute_rules()
    original = sentence
    sentence, entities = without_dateline(sentence, entities)
    entities = usable_entities(sentence, entities)
    left_edge, right_edge = _clause_edges(sentence, mention, others)
    left_edge, right_edge = _through_conversion(sentence, mention, others, left_edge, right_edge)
    left_edge = _through_change_or_span(sentence, mention, others, left_edge)
    sentence_subject = _sentence_subject(sentence, entities, mention, previous_subject)
    clause = (left_edge, right_edge)
    if mention.kind is Kind.RANK:
        if _RANK_BASE.search(sentence, max(0, mention.start - 30), mention.start):
            return Context(None, None, None, None, clause)  # "rose to 27th from 31st": 31st
        found = _rank_context(sentence, mention, entities, left_edge, dates, others)
        item = found.item or _relative_item(sentence, mention, entities)
        if item is not None and _names_a_board(item):
            item = None  # "The X Index placed the city 14th": the index is no item
        board, what, period = found.subject, found.attribute, found.period
        if board is None or (
            _POSSESSIVE_BOARD.search(mention.unit or "")
            and subject_key(board) == subject_key(mention.unit or "")
        ):
            # "On Apex's 2025 rich list ..., X came in at No. 22", "ranked third in Q
            # Data's quarterly count of ...": the owner's board ("on Apex's weekend chart"
            # stays the board it names)
            owned = _owned_board(sentence, entities, dates)
            if owned is not None:
                board, what = owned[0], "rank"
                period = owned[1] or period
        if board is None:
            board = _ranked_by(sentence, mention, entities)  # "ranked fourth by Q Data"
            what = "rank" if board is not None else what
        if board is None:
            board = _sentence_board(sentence, mention)  # "In the latest X rankings, ..."
            what = "rank" if board is not None else what
        if board is None:
            board = _board_placing(sentence, mention)  # "The X Index placed Y 22nd"
            what = "rank" if board is not None else what
        if board is not None and _YEAR_NAMED_BOARD.search(sentence):
            # "this year's X": the edition the article's year names beats any other date of
            # the sentence ("X's 2031 bonds rose after it climbed to 24th in this year's Y")
            named, edition = _edition_named_before(board, editions)
            if edition is not None:
                board, period = named, edition
        if period is None:
            period = _opening_edition(sentence, dates)  # "In the 2024 edition, ... came ninth"
        if period is None and board is not None:
            board, period = _edition_named_before(board, editions)
        if item is None and board is not None:
            # "The club came in"; "The X Index placed the city 14th": the index is the
            # sentence's subject, the city what the sentences before were about
            referent = sentence_subject
            if referent is not None and _names_a_board(referent):
                referent = previous_subject
            item = _described_item(sentence, mention, referent, previous_subject)
        if item is None and board is not None:
            item = _rank_holder_backoff(sentence, mention, entities, sentence_subject)
        if item is None:
            item = _participle_holder(sentence, mention, sentence_subject)  # ", finishing third"
        if board is not None:
            board = _board_of_segment(sentence, _board_named(board), mention)
        return Context(board, what, period, item, clause)
    if mention.kind is Kind.DATE:
        if any(r.name == "founded" for r in rules.get("date", ())):
            founded = _founded_object(sentence, mention, entities)  # "started X in 2009"
            if founded is not None:
                return Context(founded, "date founded", None, None, clause)
        who, event = _stake_bought(sentence, mention, entities, clause, previous_subject)
        if event is None and any(r.name == "acquired" for r in rules.get("date", ())):
            done = _deal_completed(sentence, mention, entities, rules.get("date heads", ()))
            who, event = (done, _COMPLETED_PURCHASE) if done else (who, event)
        if event is None:
            who, event = _event(
                sentence, mention, entities, rules.get("date", ()), clause, previous_subject
            )
        if who is None and any(r.name == "opened" for r in rules.get("date", ())):
            who, event = _facility_opened(sentence, mention, entities) or (who, event)
        if who is None:
            who, event = _listing(
                sentence, mention, entities, rules.get("date", ()), clause, previous_subject
            ) or (who, event)
        if who is None:
            who, event = _dated_event_noun(
                sentence, mention, entities, rules.get("date heads", ()), previous_subject,
                sentence_subject,
            ) or (who, event)
        if who is None:
            who, event = _event_noun_before_date(
                sentence, mention, entities, rules.get("date heads", ()), previous_subject,
                sentence_subject,
            ) or (who, event)
        if event == "date acquired" and _COMPLETING_CUE.search(
            sentence, max(clause[0], mention.start - 120), mention.start
        ):
            event = _COMPLETED_PURCHASE  # "completed its takeover of X on 3 July"
        if event == "date listed" and _PRICED_OFFERING.search(sentence, 0, mention.start):
            who, event = None, None  # "priced its IPO at $24 on Wednesday": not the first day
        if event is not None and _planned_event(sentence, mention, clause):
            event = f"{event} (planned)"  # "will reopen on 14 June": never the day it happened
        return Context(who, event, None, None, clause)
    attribute: str | None = None
    rule: AttributeRule | None = None
    received: str | None = None
    bought_for = False  # the price of what a takeover verb far before the figure buys
    invested = False  # "the deal values X at" after an investment: X's valuation
    facility: str | None = None
    if mention.kind is Kind.MONEY:
        money_rules = rules.get("money", ())
        share_price = _share_price_noun(sentence, mention, left_edge)
        if (not mention.per or mention.per in _TIME_UNITS) and share_price is None:
            rule = _head_rule(sentence, mention, rules.get("money heads", ()), right_edge)
            if rule is None:
                rule = _money_rule(sentence, mention, entities, money_rules, left_edge, right_edge)
            if (
                rule is not None
                and rule.object_subject
                and _investment_values(sentence, mention, left_edge, deal_before)
            ):
                rule = next((r for r in money_rules if _is_valuation(r)), rule)
                invested = True
            if rule is None:
                rule = _clause_opening_cue(sentence, mention, money_rules, left_edge)
            if rule is None:
                rule = _takings(sentence, mention, entities, money_rules)
            if rule is None:
                rule = _bought_for(sentence, mention, entities, money_rules, left_edge)
                bought_for = rule is not None
            if rule is not None and rule.relational and not rule.cumulative:
                described = _described_takeover(
                    sentence, mention, entities, left_edge, right_edge, previous_subject
                )
                if described is not None:  # "agreed to buy the club in a deal worth"
                    rule = next((r for r in money_rules if r.object_subject and not r.weak), rule)
            else:
                described = None
            received = _received_for(sentence, mention, entities)
            if described is not None and rule is not None and rule.object_subject:
                received = described
            if received is None and (rule is None or rule.weak):
                received = _bought_gap(sentence, mention, entities)  # "X, the forward Y signed for"
            if received is not None and (rule is None or rule.weak):
                rule = next((r for r in money_rules if r.object_subject and not r.weak), rule)
            spent_on = _spent_to_buy(sentence, mention, entities)
            if spent_on is None:
                spent_on = _bought_past_appositive(sentence, mention, entities)
            if spent_on is None:
                spent_on = _priced_opening(sentence, mention, entities)  # "At $N, the X purchase"
            if spent_on is None:
                spent_on = _priced_name(sentence, mention, entities)  # "the price tag ... for X"
            if spent_on is not None:
                received = spent_on  # "is spending $4.1 billion to buy Globex": Globex's price
                rule = next((r for r in money_rules if r.object_subject and not r.weak), rule)
            elif rule is None or rule.weak or _is_valuation(rule):
                rule = _takeover_valuing(sentence, mention, entities, money_rules) or rule
                if rule is None:
                    rule = _enterprise_value_paid(
                        sentence, mention, entities, money_rules, left_edge, right_edge
                    )
        if share_price is not None:
            attribute = share_price or None  # "its 2021 listing price of $17": one share's
        elif mention.per == "share" or (rule is not None and rule.name == "price_per_share"):
            rule = None
            attribute = _per_share(sentence, mention, rules.get("per_share", ()), clause)
        elif mention.per in _TIME_UNITS and rule is not None and not rule.weak:
            attribute = f"{rule.name} per {mention.per}"  # "a sponsorship worth £2m a year"
        elif mention.per:
            attribute = f"price per {mention.per}"
        elif rule is None and (thing := _bought_thing(sentence, mention, entities, others)):
            attribute = f"price paid ({thing})"  # "paid €415m for its 120MHz block"
        elif _RATE_AFTER.match(sentence, mention.end):
            rule = None  # "£270 million a season": a rate, not the deal's total
        elif (
            rule is not None
            and rule.cumulative
            and _raised_by_no_company(sentence, mention, clause)
        ):
            rule = None  # "the auction raised £4.8 billion", "its third fund raised $500m"
        elif rule is not None:
            attribute = _round_label(sentence, mention, clause, rule.name)
            if rule.segments:
                attribute = _with_segment(sentence, mention, rule, clause, attribute)
    elif mention.kind is Kind.PERCENT:
        attribute = _share_attribute(sentence, mention, left_edge, right_edge)
    elif mention.kind is Kind.COUNT and not mention.unit and _HEADCOUNT_OF.search(
        sentence, max(left_edge, mention.start - 40), mention.start
    ):
        attribute = _HEADCOUNT_ATTRIBUTE  # "a workforce of 2,100" = "employs 2,100 people"
    elif mention.kind is Kind.COUNT and not mention.unit and _level_count(sentence, mention):
        attribute = _level_count(sentence, mention)  # "passenger numbers rose to 16 million"
    elif mention.kind is Kind.COUNT and _base_count(sentence, mention):
        # "its subscriber base stood at 7.4 million", "a customer base of 2.9 million makes
        # it": the base says what is counted, whatever word follows
        attribute = _base_count(sentence, mention)
        if attribute is not None:
            attribute = _same_counted(attribute, rules.get("count heads", ()))
    elif mention.kind is Kind.COUNT and mention.unit and mention.unit != "x":
        attribute = _count_attribute(sentence, mention, left_edge)
        if attribute is not None:
            attribute = _same_counted(attribute, rules.get("count heads", ()))
            attribute = _same_counted_noun(
                attribute, rules.get("count nouns", ()), rules.get("count noun verbs", ())
            )
            attribute = _headcount(attribute)  # "employs 640 people" = "has 640 employees"
    elif mention.kind is Kind.QUANTITY:
        rule = _find_cue(sentence, mention, rules.get("quantity", ()), left_edge, right_edge)
        if rule is not None:
            attribute = _measured(sentence, mention, rule, clause)
            if attribute is not None:  # "lost 182 megalitres of water a day": a rate
                of = _MEASURED_OF.match(sentence, mention.end)
                attribute = _per_time(sentence, of.end() if of else mention.end, attribute)
        if attribute is not None and attribute.startswith("capacity"):
            customer = _dedicated_to(sentence, mention, entities)
            if customer is not None:
                attribute = f"capacity (for {customer})"  # "dedicate 300MW ... to X"
        facility = _facility_capacity(sentence, mention, entities, facilities)
        if attribute is None and rule is None and facility is not None:
            attribute = "capacity"  # "the 1.4-gigawatt project": the plant's capacity
        elif attribute is None and rule is None:
            attribute = _measured_noun(sentence, mention, right_edge)  # "litres of milk"
    if attribute is not None and (
        _of_a_class(sentence, mention, left_edge)
        or _is_baseline(sentence, mention, left_edge, right_edge)
        or _projection(sentence, mention, rules.get("projection", ()), left_edge, right_edge)
        or _listed_part(sentence, mention)
        or _SHARE_RESTATED_BEFORE.search(sentence, max(0, mention.start - 90), mention.start)
    ):
        attribute = None  # "up from $980 million", "expects revenue of $25 billion": no fact
    if (
        sentence_subject is None
        and attribute is not None
        and _opens_with_attribute(sentence, mention, entities, rule, attribute)
        and not third_party_figures(sentence)
    ):
        sentence_subject = previous_subject  # "Revenue in the quarter rose to $6.1 billion."
    round_values = (
        attribute == "valuation"
        and round_before is not None
        and _ROUND_VALUES.fullmatch(sentence, 0, mention.start) is not None
    )
    if round_values:
        # "The new money values the company at $360 million" after a Series B: its value
        # at that round, and "the company" or "it" is the previous sentence's subject
        attribute = f"valuation ({round_before})"
        if sentence_subject is None:
            sentence_subject = previous_subject
    subject: str | None
    if rule is not None and rule.object_subject:
        subject = _acquired(
            sentence, mention, entities, _BUYING_VERB_RULE if bought_for else rule, sentence_subject
        )
        if subject is None and mention.kind is Kind.MONEY:
            subject = _paid_for(sentence, mention, entities, left_edge)
        if subject is None and rule is not _TAKEOVER_RULE and _PRIVATE.search(sentence):
            # "its £1.18 billion agreement to take Acme & Sons private": the takeover verbs'
            subject = _acquired(sentence, mention, entities, _TAKEOVER_RULE, None)
        if subject is None and mention.kind is Kind.MONEY:
            subject = _deal_valued(sentence, mention, entities, deal_before)  # "The offer values X"
        if received is not None:
            subject = received  # "Valmar banked €30m for Ana Rossi": Rossi's price
    elif rule is not None and rule.relational:
        subject = _relation(
            sentence, mention, entities, sentence_subject, left_edge, right_edge, previous_subject
        )
    else:
        subject = _owner(sentence, mention, entities, sentence_subject, left_edge)
    if rule is not None and rule.segments and not rule.relational and mention.kind is Kind.MONEY:
        subject = _sales_of_named(sentence, mention, entities, rule, left_edge) or subject
    if rule is not None and rule.name == "fine":
        subject = _fined_party(sentence, mention, entities) or subject  # "hit X with a fine"
    if subject is None and rule is not None and rule.object_subject and mention.kind is Kind.MONEY:
        # "X's £350m takeover of the club": what the description refers to
        subject = _described_takeover(
            sentence, mention, entities, left_edge, right_edge, previous_subject
        )
    if invested and attribute is not None:
        subject = _investment_valued(sentence, mention, entities)
    if attribute == "capacity" and facility is not None:
        subject = facility
    elif attribute == "price per share":
        subject = _share_price_of(sentence, mention, entities, rules.get("money", ())) or subject
    elif (
        rule is not None
        and rule.cumulative
        and _LED_BEFORE.search(sentence, left_edge, mention.start)
    ):
        subject = None  # "Halden Ventures led a $120 million Series B": whose round is unsaid
    if rule is not None and rule.cumulative and attribute and attribute.startswith("funding_round"):
        subject = _round_for(sentence, mention, entities) or subject
    tagged = (
        _price_tag_on(sentence, mention, entities, sentence_subject)
        if mention.kind is Kind.MONEY
        else None
    )
    if tagged is not None:  # "a Series B that put a $1.2 billion price tag on the company"
        rule = next((r for r in rules.get("money", ()) if r.name == tagged[0]), rule)
        attribute, subject = _round_label(sentence, mention, clause, tagged[0]), tagged[1]
    if mention.kind is Kind.MONEY:
        cost_of = _facility_cost(sentence, mention, entities, facilities)
        if cost_of is not None and not (
            _is_baseline(sentence, mention, left_edge, right_edge)
            or _find_cue(sentence, mention, rules.get("projection", ()), left_edge, right_edge, 6)
        ):
            subject, attribute = cost_of, "cost"  # "the £4.5bn project": the plant's cost
    period = _period(sentence, mention, dates, others, rule, left_edge)
    if period is None and mention.kind is Kind.PERCENT and attribute is not None:
        period = _dated_whole(sentence, mention, dates)  # "17.8% of the 2024 box office"
    period = _month_end(sentence, mention, attribute, _round_period(attribute, period), dates)
    if period is None and rule is not None and rule.name == "fine":
        period = _fined_on_dateline(original, dates)
    if period is None and _earlier_by(sentence, mention, left_edge) is not None:
        attribute = None  # "A year earlier, revenue was $2.68 billion": of an unwritten time
    if period is None and _earlier_event(sentence, mention, left_edge):
        attribute = None  # "had signed Rossi for €2 million": an earlier event
    if period is None and _when_last(sentence, mention):
        attribute = None  # "When Acme last raised money, it was valued at $2bn": not now
    if attribute is not None and mention.kind is Kind.MONEY and _set_aside(sentence, mention):
        attribute = None  # "set aside €40m to cover the fine": a provision, not the fine
    if attribute == "fine" and _BESIDES_THE_FINE.search(
        sentence, max(0, mention.start - 120), mention.start
    ):
        attribute = None  # "In addition to the fine, Acme must pay £3.1 million": not it
    if (
        attribute is not None
        and mention.kind is Kind.MONEY
        and _DEMANDED_BEFORE.search(sentence, max(left_edge, mention.start - 80), mention.start)
    ):
        attribute = None  # "the authority had sought $61 million in damages": not paid
    if period is None and attribute is not None:
        attribute = _with_span(sentence, mention, left_edge, right_edge, attribute)
    elif attribute is not None and _half_of_year(sentence, period, left_edge, right_edge + 40):
        attribute = f"{attribute} (half-year)"  # "for the first half of 2025": not 2025's
    if mention.kind is Kind.MONEY and attribute is not None and not _is_cap(mention):
        tail, _ = _words_window(sentence, mention.end, right_edge, 6, forward=True)
        if _ADD_ONS_LEFT_OUT.search(tail):
            attribute = f"{attribute} (before add-ons)"  # "€72m, not counting bonuses"
        elif _ADD_ONS.search(tail):
            attribute = f"{attribute} (with add-ons)"  # "€75m, including bonuses": not the fee
        elif _ADD_ONS.search(sentence, right_edge):
            # "€38 million, rising to €45 million with add-ons": the fixed part, which a
            # single "€45 million" elsewhere (the whole, perhaps) does not contradict
            attribute = f"{attribute} (before add-ons)"
        elif rule is not None and rule.object_subject and _fixed_part(sentence, mention):
            attribute = f"{attribute} (before add-ons)"  # "€30m up front", "a guaranteed fee"
    if subject is not None and _on_related_party(sentence, mention):
        subject = None  # "its buyer, which employs around 9,800 people": the buyer's
    if subject is not None and _on_owned_part(sentence, mention, left_edge, subject):
        subject = None  # "Acme Air's busiest route carried 310,000": the route's
    if subject is not None and _shared_by_listed(sentence, mention, entities, subject):
        subject = None  # "Acme, Globex and Initech each paid £2m": none of them alone
    return Context(subject, attribute, period, None, clause)


# A word that shares a figure among the names listed before it: "each", "together",
# "between them", "a combined", "jointly", "apiece" ("each year" is a rate, not a share)
_JOINT = re.compile(
    r"\b(?:each(?!\s+(?:year|month|quarter|week|day|season|share|time)\b)|together|"
    r"between\s+them|combined|jointly|collectively|apiece)\b",
    re.IGNORECASE,
)
# What joins two names of a list: a comma, "and", ", and", "or"
_LIST_JOIN = re.compile(r"(?:['’]s?)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)")


def _shared_by_listed(
    sentence: str, mention: Mention, entities: Sequence[Entity], subject: str
) -> bool:
    """Is the figure shared among a list of names the subject is one of ("Acme, Globex and
    Initech each paid a fine of £2 million", "fined Acme and Globex a combined £9m",
    "sold 50,000 cars between them")? Then it is no one name's. The word that shares it
    stands after the list, at most 60 characters before the figure or 25 after it."""
    listed: set[str] = set()
    last_end = -1
    for left, right in itertools.pairwise(entities):
        if right.start > mention.start:
            break
        if _LIST_JOIN.fullmatch(sentence, left.end, right.start):
            listed.update((left.name, right.name))
            last_end = right.end
    if subject not in listed or len(listed) < 2:
        return False
    lo = max(last_end, mention.start - 60)
    return bool(_JOINT.search(sentence, lo, min(len(sentence), mention.end + 25)))


# Things bought that are not companies (spectrum, licences, rights, land), from a data
# table: "paid €415m for its 120MHz block" and "walked away with 120MHz of the band for
# €530m" are the price of that thing for the buyer, so two articles that write either way
# meet on `price paid (120 MHz)`. A verb of getting, what is got (no name), then "for" and
# the figure; or "paid" the figure "for" what is got.
_BOUGHT_NOUNS = _words("bought_things.txt")
_GOT_THEN_FOR = re.compile(
    r"\b(?:won|wins|secured|secures|took|takes|bought|buys|acquired|acquires|purchased|"
    r"obtained|landed|claimed|picked\s+up|snapped\s+up|walked\s+away\s+with)\s+"
    r"(?P<what>[^,;:()]{1,60}?)\s+for\s+(?:(?:about|around|roughly|some|nearly|almost|"
    r"just\s+under|just\s+over)\s+)?$",
    re.IGNORECASE,
)
_PAID_BEFORE = re.compile(
    r"\b(?:paid|pays|paying|pay)\s+(?:(?:about|around|roughly|some|nearly|almost|"
    r"just\s+under|just\s+over)\s+)?$",
    re.IGNORECASE,
)
_FOR_WHAT = re.compile(r"\s+for\s+(?P<what>[^,;:()]{1,60}?)(?=\s*(?:[,;:.()]|$)|\s+(?:in|at|on|"
                       r"from|to|with|under|after|before|when|while|and|which|as)\b)")


_PRICE_NOUNS = _alternation("price_nouns.txt")
_APPROX = r"(?:(?:about|around|roughly|some|nearly|almost|just\s+under|just\s+over)\s+)?"
# ...or a floor ("more than 40", "over 40", "at least 40")
_APPROX_OR_FLOOR = (
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+under|just\s+over|more\s+than|over|"
    r"at\s+least)\s+)?"
)
# "the price tag of £410m for the X business": the noun, "of", the sum, then "for" what
_PRICE_NOUN_OF = re.compile(r"\b" + _PRICE_NOUNS + r"\s+of\s+" + _APPROX + "$", re.IGNORECASE)
_FOR_WHAT_THEN = re.compile(
    r"\s+for\s+(?P<what>[^,;:()]{1,60}?)(?=\s*(?:[,;:.()]|$)|\s+(?:is|was|were|are|has|had|"
    r"will|would|came|comes|in|at|on|from|to|with|after|and|which|as)\b)"
)
# "X's bill for the spectrum came to €1.46 billion": the noun, "for" what, a verb of amounting
_PRICE_NOUN_FOR = re.compile(
    r"\b" + _PRICE_NOUNS + r"\s+for\s+(?P<what>[^,;:()]{1,50}?)\s+(?:came\s+to|comes\s+to|"
    r"amounted\s+to|amounts\s+to|was|is|totalled|totaled|totals|stood\s+at|reached|of)\s+"
    + _APPROX + "$",
    re.IGNORECASE,
)


# A common noun before a noun of price names a kind of cost ("the wage bill", "a legal
# bill"), not the price of what is bought; determiners and possessives do not
_KIND_OF_BILL = re.compile(
    r"(?<![\w'’])(?!(?:the|its|their|a|an|his|her|our|this|that|total|final|overall|"
    r"combined|whole|eventual|agreed)\b)(?-i:[a-z][\w-]*)\s+$"
)


def _price_noun_object(sentence: str, mention: Mention) -> tuple[int, int] | None:
    """Where what a sum buys is written when a noun of price frames the sum: "the price tag
    of £410m for the X business" (after the sum) or "X's bill for the spectrum came to
    €1.46 billion" (before it); the nouns are ``data/price_nouns.txt``. None otherwise."""
    before = _PRICE_NOUN_FOR.search(sentence, max(0, mention.start - 110), mention.start)
    if before is not None:
        if _KIND_OF_BILL.search(sentence, max(0, before.start() - 30), before.start()):
            return None  # "the wage bill for X came to": a kind of cost, no price paid
        return before.start("what"), before.end("what")
    noun = _PRICE_NOUN_OF.search(sentence, max(0, mention.start - 30), mention.start)
    if noun is None or _KIND_OF_BILL.search(sentence, max(0, noun.start() - 30), noun.start()):
        return None
    after = _FOR_WHAT_THEN.match(sentence, mention.end, min(len(sentence), mention.end + 80))
    return (after.start("what"), after.end("what")) if after is not None else None


def _priced_name(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The name a noun of price prices: "the price tag of £410m for the Quillfield business"
    is Quillfield's price (a name, with a noun of its whole after it, ``whole_nouns.txt``).
    None when what is bought is no name, or a part of one ("for Globex's chip unit")."""
    span = _price_noun_object(sentence, mention)
    if span is None:
        return None
    start, end = span
    for entity in entities:
        if not start <= entity.start < end:
            continue
        if not re.fullmatch(r"(?:the\s+)?", sentence[start : entity.start]):
            return None  # "for the remaining stake in X": not X's whole
        if _WHOLE_AFTER.match(sentence, entity.end) or _OBJECT_ENDS.match(sentence, entity.end):
            return entity.name  # "for the X business looks rich", "for X is steep"
        return None
    return None


def _bought_thing(
    sentence: str, mention: Mention, entities: Sequence[Entity], others: Sequence[Mention]
) -> str | None:
    """What a sum is the price of, when it is not a company: a quantity written in the
    object ("120MHz", keyed by value and unit so that "120MHz of the band" meets "its
    120MHz block"), else a noun of ``bought_things.txt``. None when no verb of paying or
    getting frames the sum, or when the object names an entity (a takeover, found
    elsewhere), so that "for $X" alone never makes a price."""
    window = max(0, mention.start - 90)
    got = _GOT_THEN_FOR.search(sentence, window, mention.start)
    if got is not None:
        start, end = got.start("what"), got.end("what")
    else:
        priced = _price_noun_object(sentence, mention)  # "its bill for the spectrum came to"
        if priced is not None:
            start, end = priced
        else:
            if not _PAID_BEFORE.search(sentence, max(0, mention.start - 30), mention.start):
                return None
            after = _FOR_WHAT.match(sentence, mention.end, min(len(sentence), mention.end + 80))
            if after is None:
                return None
            start, end = after.start("what"), after.end("what")
    if any(start <= e.start < end for e in entities):
        return None  # "paid $2bn for Globex": a takeover, which the acquisition rules read
    quantities = [
        m for m in others
        if m.kind is Kind.QUANTITY and start <= m.start < end and m.unit
    ]
    if quantities:
        first = quantities[0]
        amount = getattr(first.value, "value", None)
        if amount is None or getattr(first.value, "high_value", None) is not None:
            return None  # a range of megahertz is no one thing
        return f"{amount.normalize():f} {first.unit}"
    words = re.findall(r"[a-z][a-z-]*", sentence[start:end].lower())
    nouns = [w for w in words if w in _BOUGHT_NOUNS]
    return nouns[-1] if nouns else None


# A sum put by to pay for something later ("has set aside €40m to cover the penalty",
# "earmarked $12 million for the settlement", "a provision of £25m"): the cue words after
# it name what it may pay for, whose amount it is not (it may include costs, or be topped
# up). A verb of setting aside, or "provision", within a few words before the sum.
_SET_ASIDE_BEFORE = re.compile(
    r"\b(?:set|sets|setting|put|puts|putting)\s+aside\s+(?:(?:a\s+)?total\s+of\s+|about\s+|"
    r"around\s+|some\s+|nearly\s+|almost\s+)?$|"
    r"\b(?:earmarked|earmarks|reserved|provisioned)\s+(?:(?:a\s+)?total\s+of\s+)?$|"
    r"\bprovisions?\s+(?:of|for)\s+(?:(?:a\s+)?total\s+of\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)


def _set_aside(sentence: str, mention: Mention) -> bool:
    """Is the sum one set aside or provided for ("has set aside a total of €40m to cover
    the penalty and legal costs")? Such a provision is not the fine, settlement or bill it
    covers, and a cue word after it ("penalty") must not make it one."""
    return _SET_ASIDE_BEFORE.search(sentence, max(0, mention.start - 40), mention.start) is not None


# A figure set against a forecast is the outcome, not the forecast: "profit of £486m beat
# forecasts", "revenue came in ahead of analysts' expectations", "missed consensus"
_MEASURED_AGAINST = re.compile(
    r"\b(?:beat|beats|beating|topped|tops|topping|exceeded|exceeds|exceeding|missed|misses|"
    r"missing|(?:came|comes|was|were|is|are)\s+(?:in\s+)?(?:well\s+|just\s+)?"
    r"(?:ahead\s+of|above|below|short\s+of|in\s+line\s+with))\s+"
    r"(?:(?:the|its|their|analysts['’]?|market|city|wall\s+street['’]?s?|average|company)\s+)*"
    r"(?:forecasts?|expectations|estimates|consensus|guidance)\b",
    re.IGNORECASE,
)


def _projection(
    sentence: str,
    mention: Mention,
    rules: Sequence[AttributeRule],
    left_edge: int,
    right_edge: int,
) -> bool:
    """A projection cue near the figure (6 words before, 4 after), not counting one in a
    comparison with a forecast ("£486m beat forecasts": the outcome, which is a fact). The
    comparison is blanked out in a bounded window, so long sentences stay linear."""
    if _find_cue(sentence, mention, rules, left_edge, right_edge, 6) is None:
        return False
    lo, hi = max(left_edge, mention.start - 200), min(right_edge, mention.end + 200)
    if not _MEASURED_AGAINST.search(sentence, mention.end, hi):
        return True
    window = _MEASURED_AGAINST.sub(lambda m: " " * len(m.group()), sentence[lo:hi])
    shifted = dataclasses.replace(mention, start=mention.start - lo, end=mention.end - lo)
    return _find_cue(window, shifted, rules, 0, hi - lo, 6) is not None


# A power plant written with its power: "the 1.4-gigawatt project", "its 1.1GW wind farm",
# "Norveld's 860MW Greyhaven wind farm"; the noun says the figure is the plant's capacity
_FACILITY = (
    r"(?:(?:offshore|onshore|floating|solar|wind|nuclear|gas-fired|coal-fired|battery|"
    r"hydro|hydroelectric|hydropower|geothermal|tidal|power)\s+)*"
    r"(?:wind\s+farm|solar\s+farm|farm|project|plant|power\s+station|station|park|reactor|"
    r"array)s?\b"
)
_FACILITY_AFTER = re.compile(r"\s+(?P<name>(?:[A-Z][\w'’-]*\s+){0,3})" + _FACILITY)
_NAMED_FACILITY = re.compile(
    r"(?:,\s+(?:the|an?|its|their)\s+|\s+)(?:[a-z-]+\s+){0,2}?" + _FACILITY
)
_APPOSED = re.compile(r",\s+(?:its|their|the|a|an)\s+$", re.IGNORECASE)
_OPENS_WITH_FACILITY = re.compile(r"\W*The\s+$")
_POWER_UNITS = frozenset(["watt", "kilowatt", "megawatt", "gigawatt", "terawatt"])


def named_facilities(sentence: str, entities: Sequence[Entity]) -> tuple[str, ...]:
    """Names the sentence gives to a power plant or project ("its Kelda Sands offshore wind
    farm", "Kelda Sands, the wind farm being built by ..."), which "the project" in the next
    sentence refers to."""
    return tuple(
        dict.fromkeys(e.name for e in entities if _NAMED_FACILITY.match(sentence, e.end))
    )


def _facility_capacity(
    sentence: str, mention: Mention, entities: Sequence[Entity], facilities: Sequence[str]
) -> str | None:
    """Whose capacity a power right before a plant noun is ("860MW Greyhaven wind farm"),
    or None when the sentence does not say: the name between the figure and the noun, the
    name an appositive describes ("Harrow Bank, its 1.1GW wind farm"), or the one plant the
    sentence before named when this one opens with it ("The 1.4-gigawatt project, ...").
    A company's plants are many: the company itself is never the answer."""
    if mention.unit not in _POWER_UNITS:
        return None
    noun = _FACILITY_AFTER.match(sentence, mention.end)
    if noun is None:
        return None
    if noun.group("name"):
        named = [e for e in entities if e.start == noun.start("name")]
        return named[0].name if named else None
    apposed = _APPOSED.search(sentence, max(0, mention.start - 12), mention.start)
    if apposed is not None:
        head = [e for e in entities if e.end == apposed.start()]
        return head[-1].name if head else None
    if _OPENS_WITH_FACILITY.fullmatch(sentence, 0, mention.start) and len(facilities) == 1:
        return facilities[0]
    return None


# "committing to spend £3.8 billion ($4.9 billion) on one of the largest renewable projects"
_SPEND_BEFORE = re.compile(
    r"\b(?:spend|spending|spent|invest|investing|invested)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_SPEND_ON = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?on\s+(?:one\s+of\s+)?(?:the|its|their|a|an)\s+"
    r"(?:[\w-]+\s+){0,4}?" + _FACILITY
)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their)\s+$", re.IGNORECASE)


def _facility_cost(
    sentence: str, mention: Mention, entities: Sequence[Entity], facilities: Sequence[str]
) -> str | None:
    """The plant whose cost a sum is, or None: a sum right before a plant noun ("the £4.5bn
    project", "£3.8bn Kelda Sands wind farm") or spent on one ("to spend £3.8 billion on one
    of the largest projects"), when the sentence (or, for "the project", the sentence
    before) names exactly one plant. A company's spending on many things is never a plant's."""
    if mention.per or not isinstance(mention.value, Amount):
        return None
    noun = _FACILITY_AFTER.match(sentence, mention.end)
    if noun is not None:
        if noun.group("name"):
            named = [e for e in entities if e.start == noun.start("name")]
            return named[0].name if named else None
        if not _DEFINITE_BEFORE.search(sentence, max(0, mention.start - 8), mention.start):
            return None  # "a £200m project": a new one, named nowhere
        candidates = named_facilities(sentence, entities) or tuple(facilities)
        return candidates[0] if len(candidates) == 1 else None
    if _SPEND_BEFORE.search(sentence, max(0, mention.start - 40), mention.start) and (
        _SPEND_ON.match(sentence, mention.end)
    ):
        own = named_facilities(sentence, entities)
        return own[0] if len(own) == 1 else None
    return None


# Figures that do not end the clause of a figure after them: a length of time ("for the
# twelve months to September 30", "the six months to March"), which is the span of the figure,
# and a change right before the level it led to ("rose 11% to $4.4 billion"), which shares
# the level's cue words.
_DURATION_AFTER = re.compile(r"\s+(?:months?|weeks?|years?|quarters?|days?|seasons?)\b", re.I)
_CHANGE_TO_LEVEL = re.compile(r"\s+(?:to|at)\s+(?:a\s+(?:record|new)\s+(?:high\s+of\s+)?)?$")
_CHANGE_VERB_BEFORE = re.compile(
    r"\b(?:rose|rises|rising|risen|grew|grows|growing|grown|climbed|climbs|jumped|jumps|"
    r"increased|increases|fell|falls|falling|fallen|dropped|drops|declined|declines|slipped|"
    r"slips|slid|gained|gains|surged|surges|soared|soars|plunged|plunges|up|down)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just|by)\s+)*$",
    re.IGNORECASE,
)


def _through_change_or_span(
    sentence: str, mention: Mention, others: Sequence[Mention], left_edge: int
) -> int:
    """The left edge of the figure's clause, moved back over a figure that is a length of
    time or a change leading to this figure: in "Revenue for the twelve months to September 30
    rose 11% to $4.4 billion" the cue "Revenue" is the $4.4 billion's."""
    for _ in range(3):
        if left_edge <= 0 or left_edge > mention.start:
            break
        if not (
            _DURATION_AFTER.match(sentence, left_edge)
            or _CHANGE_TO_LEVEL.fullmatch(sentence, left_edge, mention.start)
        ):
            break  # checked on the text first: the scan below is for the rare candidate
        previous = next(
            (o for o in others if o.end == left_edge and o.kind is not Kind.DATE), None
        )
        if previous is None:
            break
        duration = previous.kind is Kind.COUNT and _DURATION_AFTER.match(sentence, previous.end)
        change = (
            previous.kind is Kind.PERCENT
            and _CHANGE_TO_LEVEL.fullmatch(sentence, previous.end, mention.start) is not None
            and _CHANGE_VERB_BEFORE.search(sentence, max(0, previous.start - 40), previous.start)
        )
        if not (duration or change):
            break
        left_edge = _clause_edges(sentence, previous, others)[0]
    return left_edge


# A verb that gives its subject a level, or changes it to one: "Revenue ... rose 11% to",
# "Net profit for the year came in at", "Sales ... totalled".
_LEVEL_VERB = re.compile(
    r"\b(?:rose|rise[sn]?|grew|grow[sn]?|climbed|jumped|increased|fell|fallen|falls|dropped|"
    r"declined|slipped|slid|gained|surged|soared|plunged|was|were|is|are|came|comes|reached|"
    r"hit|totall?ed|stood|amounted|narrowed|widened)\b",
    re.IGNORECASE,
)


def _clause_opening_cue(
    sentence: str, mention: Mention, rules: Sequence[AttributeRule], left_edge: int
) -> AttributeRule | None:
    """The attribute a clause opens with when the figure is the level its verb gives it,
    however long the span between ("Revenue for the twelve months to September 30 rose 11% to
    $4.4 billion"): the clause's subject is the attribute. Only measures of a company's
    results (attributes with segments: revenue, the profits); no clause break between."""
    text = sentence[left_edge : mention.start]
    opening = _ATTRIBUTE_MODIFIERS.match(text)
    start = opening.end() if opening else 0
    for rule in rules:
        if rule.weak or not rule.segments:
            continue
        cue = rule.pattern.match(text, start)
        if cue is None:
            continue
        rest = text[cue.end() :]
        if re.search(r"[,;:()]", rest) or not _LEVEL_VERB.search(rest):
            return None
        return rule
    return None


# The seller's side of a sale: "Valmar banked €30m up front for Ana Rossi", "the club
# received £30 million for its captain". The figure is the price of the name after "for".
_RECEIVED_BEFORE = re.compile(
    r"\b(?:banked|banks|received|receives|collected|collects|pocketed|pockets|netted|nets|"
    r"recouped|recoups|got|gets)\s+(?:(?:a|an|the|about|around|roughly|nearly|almost|some|"
    r"more\s+than|over|just)\s+)*$",
    re.IGNORECASE,
)
_FIXED_WORDS = r"(?:up\s+front|upfront|up-front|guaranteed|fixed|initial)"
_FOR_AFTER = re.compile(
    r"\s+(?:" + _FIXED_WORDS + r"\s+|in\s+cash\s+)?for\s+(?:(?:the\s+|its\s+|their\s+)?"
    r"(?-i:[a-z][\w-]*)\s+){0,2}",
    re.IGNORECASE,
)
# The part of a price that does not depend on anything: "€30m up front", "a guaranteed fee
# of", "an initial €30 million".
_FIXED_AFTER = re.compile(r"\s+" + _FIXED_WORDS + r"\b", re.IGNORECASE)
_FIXED_BEFORE = re.compile(
    r"\b" + _FIXED_WORDS + r"\s+(?:(?:fee|payment|sum|price)\s+of\s+)?$", re.IGNORECASE
)


# A sum paid or spent for the purpose of a takeover, right after the figure: "is spending
# roughly $4.1 billion to bring Globex in-house", "paid $2 billion to acquire Globex". Money
# raised or borrowed "to buy" is the financing, not the price, so only verbs of paying count.
_PAYING_BEFORE = re.compile(
    r"\b(?:pay|pays|paid|paying|spend|spends|spent|spending|shell(?:s|ed|ing)?\s+out|"
    r"fork(?:s|ed|ing)?\s+out)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|"
    r"over|just|an\s+estimated)\s+)*$",
    re.IGNORECASE,
)
_TO_TAKE_OVER = re.compile(
    r"\s+(?:in\s+cash\s+)?to\s+(?:(?P<buy>buy|acquire|purchase|take\s+over|snap\s+up)|"
    r"(?P<bring>bring))\s+",
    re.IGNORECASE,
)
_IN_HOUSE = re.compile(r"[^,;:.]{0,80}?\b(?:in-house|in\s+house|under\s+(?:its|one)\s+roof)\b")


def _spent_to_buy(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """What a sum paid or spent to take it over buys: the name right after "to buy",
    "to acquire", or "to bring ... in-house". None for a part of it ("to buy Globex's chip
    unit") or when no name follows."""
    if not _PAYING_BEFORE.search(sentence, max(0, mention.start - 40), mention.start):
        return None
    purpose = _TO_TAKE_OVER.match(sentence, mention.end)
    if purpose is None:
        return None
    named = [e for e in entities if e.start == purpose.end()]
    if not named or _PART_OF_NAME.match(sentence, named[0].end):
        return None
    if purpose.group("bring") and not _IN_HOUSE.match(sentence, named[0].end):
        return None  # "to bring Globex's games to consoles"
    return named[0].name


# The price after an appositive on what is bought: "agreed to acquire Quillgate, a privately
# held startup, for $1.2 billion" (the appositive's commas end the takeover verb's clause,
# so the cue window alone never reaches the verb); bounded to 120 characters before the sum.
_APPOSED_OBJECT_FOR = re.compile(
    r",\s+(?:the|a|an)\s+[^,;:()]{1,80}?,\s+for\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_TAKEOVER_OF_BEFORE = re.compile(
    r"\b(?:acquir(?:e|es|ed|ing)|acquisition\s+of|buy|buys|buying|bought|purchas(?:e|es|ed|ing)|"
    r"purchase\s+of|takeover\s+of|(?:take|takes|took|taking|taken)\s+over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _bought_past_appositive(
    sentence: str, mention: Mention, entities: Sequence[Entity]
) -> str | None:
    """The name a takeover verb takes as its object when an appositive stands between that
    name and "for" and the sum: "to acquire X, a privately held startup, for $1.2 billion"
    is X's price (as "to acquire X for $1.2 billion" is). None unless the name is right
    after the verb and right before the appositive."""
    gap = _APPOSED_OBJECT_FOR.search(sentence, max(0, mention.start - 120), mention.start)
    if gap is None:
        return None
    for entity in entities:
        if entity.end == gap.start() and _TAKEOVER_OF_BEFORE.search(
            sentence, max(0, entity.start - 40), entity.start
        ):
            return entity.name
    return None


# An opening price and the takeover it prices: "At $940 million, the Quillgate purchase is
# the largest deal of the year", "At £2bn, Globex's takeover of ..." is not (a buyer's).
_OPENING_AT = re.compile(
    r"\W*At\s+(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_COMMA_THE = re.compile(r",\s+(?:the\s+)?")
_TAKEOVER_NOUN_AFTER = re.compile(
    r"\s+(?:purchase|acquisition|takeover|buyout|buy-out)\b(?!\s+of\b)", re.IGNORECASE
)


def _priced_opening(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The name an opening "At $N," prices when the clause's subject is that name's
    takeover: "At $940 million, the Quillgate purchase is ..." is Quillgate's price. A
    takeover "of" something else ("the Globex takeover of Initech") names its buyer, so
    nothing. None otherwise."""
    if not _OPENING_AT.fullmatch(sentence, 0, mention.start):
        return None
    comma = _COMMA_THE.match(sentence, mention.end)
    if comma is None:
        return None
    for k, entity in enumerate(entities):
        if entity.start != comma.end():
            continue
        if _TAKEOVER_NOUN_AFTER.match(sentence, entity.end):
            return entity.name
        for bought in entities[k + 1 :]:  # "At $1.15 billion, Acme's bid for Globex is ..."
            if _POSSESSED_BID_FOR.fullmatch(sentence, entity.end, bought.start):
                return bought.name
    return None


# A buyer's bid for a name, between the two: "Acme's bid for", "Acme's takeover of the"
_POSSESSED_BID_FOR = re.compile(
    r"['’]s?\s+(?:(?:agreed|proposed|planned|all-cash|cash|hostile|rival|revised|sweetened)\s+)?"
    r"(?:bid|offer|takeover|purchase|acquisition|buyout|buy-out)\s+(?:for|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)


# A participle that says what a takeover values the bought company at: "agreed to acquire
# Globex for $34.50 a share in cash, valuing the company at about $3.4 billion".
_VALUING_AT = re.compile(
    r",\s*(?:valuing|which\s+values|that\s+values)\s+[^,;:()]{1,100}?\s+at\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+over|more\s+than)\s+)?$",
    re.IGNORECASE,
)


def _takeover_valuing(
    sentence: str, mention: Mention, entities: Sequence[Entity], rules: Sequence[AttributeRule]
) -> AttributeRule | None:
    """The acquisition rule, when the figure is what a takeover in the clause before values
    the company it buys at: the price of that company, not a valuation of the buyer."""
    valuing = _VALUING_AT.search(sentence, max(0, mention.start - 160), mention.start)
    if valuing is None or ";" in sentence[: valuing.start()]:
        return None
    acquisition = next((r for r in rules if r.object_subject and not r.weak), None)
    if acquisition is None:
        return None
    cues = list(_TAKEOVER.finditer(sentence, 0, valuing.start()))
    if not cues:
        return None
    cue = cues[-1]
    at_cue = dataclasses.replace(mention, start=cue.end(), end=cue.end())
    if _acquired(sentence[: valuing.start()], at_cue, entities, _TAKEOVER_RULE, None) is None:
        return None  # "bought a stake in Globex, valuing it at": no company bought
    return acquisition


# "a transaction that puts an enterprise value of $2.7 billion on the business", "at an
# enterprise value of about $900m": the value of the whole business, debt included
_ENTERPRISE_VALUE = re.compile(
    r"\benterprise\s+value\s+(?:of|at)\s+(?:(?:about|around|roughly|nearly|almost|some|"
    r"just\s+(?:over|under)|more\s+than)\s+)?$",
    re.IGNORECASE,
)


# A takeover's price written as what it pays for the equity ("values the miner's equity at
# about C$1.46 billion", "an equity value of $412 million") or as the enterprise value, debt
# included ("an enterprise value of just over C$1.7 billion", "$2.3 billion including
# debt"), right before or after the figure
_EQUITY_BEFORE = re.compile(
    r"\bequity(?:\s+value)?\s+(?:of|at)\s+(?:(?:about|around|roughly|nearly|almost|some|"
    r"just\s+(?:over|under)|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_BASIS_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:(?P<equity>equity\s+value)|(?:in\s+)?enterprise\s+value|"
    r"(?:including|incl\.)\s+(?:[a-z]+\s+){0,2}?(?:debt|borrowings))\b",
    re.IGNORECASE,
)


def written_basis(sentence: str, start: int, end: int) -> str | None:
    """Whether the figure at ``sentence[start:end]`` is written as an equity value
    ("equity") or as an enterprise value, debt included ("enterprise"), or neither (None).
    One takeover's two sums are both its price, and either may be restated as the plain
    price; but an equity value never contradicts an enterprise value (the reconciler
    keeps them apart)."""
    before = sentence[max(0, start - 60) : start]
    if _EQUITY_BEFORE.search(before):
        return "equity"
    if _ENTERPRISE_VALUE.search(before):
        return "enterprise"
    after = _BASIS_AFTER.match(sentence, end)
    if after is None:
        return None
    return "equity" if after.group("equity") else "enterprise"


def _enterprise_value_paid(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    left_edge: int,
    right_edge: int,
) -> AttributeRule | None:
    """The acquisition rule, for the enterprise value a takeover in the same clause puts on
    what it buys: that is the price, debt included ("Globex will be taken over by Acme in a
    transaction that puts an enterprise value of $2.7 billion on the business")."""
    if not _ENTERPRISE_VALUE.search(sentence, max(0, mention.start - 60), mention.start):
        return None
    return _takeover(sentence, mention, entities, rules, left_edge, right_edge)


def _received_for(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The name a seller was paid for, when the figure follows a verb of receiving and
    precedes "for" and a name: that name's price, as "sold X for" would be."""
    if not _RECEIVED_BEFORE.search(sentence, max(0, mention.start - 40), mention.start):
        return None
    after = _FOR_AFTER.match(sentence, mention.end)
    if after is None:
        return None
    named = [e for e in entities if e.start == after.end()]
    if not named or _PART_OF_NAME.match(sentence, named[0].end):
        return None
    return named[0].name


def _fixed_part(sentence: str, mention: Mention) -> bool:
    """The figure is said to be the fixed part of a price ("€30m up front", "a guaranteed
    fee of €40 million"): what a single total with add-ons elsewhere does not contradict."""
    return bool(
        _FIXED_AFTER.match(sentence, mention.end)
        or _FIXED_BEFORE.search(sentence, max(0, mention.start - 30), mention.start)
    )


# The units of time a sum may be paid per ("£2m a year"): a deal, fee or rent paid per year
# is still that deal's, fee's or rent's, between the same parties, only counted per year.
_TIME_UNITS = frozenset(("year", "season", "month", "week", "day", "quarter", "annum"))


# A sum per unit of time or per item that the money extractor left without its "per"
# ("£270 million a season"): a rate, never compared with totals.
_RATE_AFTER = re.compile(
    r"\s+(?:a|an|each|every|per)\s+(?:season|game|match|week|day|month|year|quarter|night|"
    r"episode|film|title|seat|ticket|unit|head|person|user|subscriber|customer|employee)\b",
    re.IGNORECASE,
)


# A total that counts conditional payments ("€75 million with add-ons", "up to $1.4
# billion including milestones") is not the fixed sum: the two never meet.
_ADD_ONS = re.compile(
    r"\b(?:add-ons?|bonus(?:es)?|incentives?|milestones?|variables?|performance-related|"
    r"earn-outs?|earnouts?|contingent)\b",
    re.IGNORECASE,
)


# Add-ons a sum leaves out ("€72m, not counting potential bonuses", "£40m plus
# add-ons", "excluding performance-related payments"): the sum is the fixed part
_ADD_ONS_LEFT_OUT = re.compile(
    r"\b(?:not\s+(?:counting|including)|excluding|excludes|before|without|plus|"
    r"on\s+top\s+of)\s+(?:[\w-]+\s+){0,2}?" + _ADD_ONS.pattern,
    re.IGNORECASE,
)


# A later sentence that says the fee may grow with add-ons ("Vandelay said the fee could
# rise by up to €9m in add-ons", "The price may increase to $2bn with earn-outs"): the
# fee the article gave before is the fixed part (bounded: 100 characters to the add-ons)
_FEE_RISES = re.compile(
    r"\bthe\s+(?:fee|price|transfer\s+fee|sum)\s+(?:could|may|might|would|will|can|is\s+set\s+to)\s+"
    r"(?:rise|increase|climb|grow|go\s+up)\b[^.;]{0,100}?" + _ADD_ONS.pattern,
    re.IGNORECASE,
)


def fee_rises_with_add_ons(sentence: str) -> bool:
    """Whether ``sentence`` says the fee told before may grow with add-ons ("the fee could
    rise by up to €9m in add-ons"): the pipeline then reads the undated price of the
    sentences just before as the fixed part (``price (before add-ons)``), which another
    article's fee before add-ons is compared with."""
    return bool(_FEE_RISES.search(sentence))


def _is_cap(mention: Mention) -> bool:
    """ "up to $1.4 billion", "as much as $1.4 billion": already the sum with everything
    conditional, so "including milestones" after it changes nothing."""
    bound = getattr(mention.value, "bound", None)
    return bound is Bound.AT_MOST or bool(_CAP.match(mention.text))


_CAP = re.compile(r"(?:up to|as much as|as high as|no more than)\b", re.IGNORECASE)

_SPANS = (
    ("quarterly", re.compile(r"\b(?:quarter|quarterly|three months)\b", re.IGNORECASE)),
    # a running total ("has sold more than 100,000 copies since it came out", "to date") is
    # no single period's figure
    (
        "to date",
        re.compile(
            r"\b(?:since\s+(?:it|they|its|their|the|launch|launching|opening|listing)\b|"
            r"to\s+date|so\s+far|all[- ]time|cumulative(?:ly)?)",
            re.IGNORECASE,
        ),
    ),
    (
        "half-year",
        re.compile(r"\b(?:half-year|half year|(?:first|second)[- ]half|six months)\b", re.I),
    ),
    (
        "annual",
        re.compile(
            r"\b(?:full-year|full year|annual|annually|yearly|(?:12|twelve) months|"
            r"(?:financial |fiscal )?year (?:that )?(?:ended|ending|to|through)|"
            r"for the (?:full |financial |fiscal )?year|"
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


def _half_of_year(sentence: str, period: Period | None, start: int, end: int) -> bool:
    """Is the figure's year period a half of that year, as its date ("H1 2025", "January to
    June 2025") or its clause ("net profit of €121 million for the first six months of
    2025") writes it? Then the figure is a half-year's, never the whole year's, as an
    undated "first-half profit" is."""
    if period is None or period.date.granularity is not Granularity.YEAR:
        return False
    if (period.date.start.month, period.date.end.month) in ((1, 6), (7, 12)):
        return True  # "in H1 2025", "from January to June 2025": the date is the half
    year = str(period.date.start.year)
    return any(m.group("year") == year for m in _HALF_OF_YEAR.finditer(sentence, start, end))


def _with_span(
    sentence: str, mention: Mention, left_edge: int, right_edge: int, attribute: str
) -> str:
    """An undated figure still says how long a stretch it covers: "quarterly revenue of $6
    billion" and "full-year revenue of $23.4 billion" are both true. The span joins the
    attribute ("revenue (quarterly)"), so only figures of the same span meet. A one-time
    sum (a fine, a takeover price, a fee: ``data/lent_attributes.txt``) covers no stretch:
    in "its quarterly filing showed it had agreed to pay a $3.2 million penalty" the span
    is the filing's."""
    if attribute.split(" (", 1)[0] in LENT_ATTRIBUTES:
        return attribute
    stop = _FORWARD_STOP.search(sentence, mention.end, right_edge)
    after, _ = _words_window(
        sentence, mention.end, stop.start() if stop else right_edge, 4, forward=True
    )
    before, _ = _words_window(sentence, left_edge, mention.start, 10, forward=False)
    found = {name for name, pattern in _SPANS if pattern.search(before) or pattern.search(after)}
    if len(found) != 1:
        return attribute
    span = found.pop()
    if _rate_is_span(attribute, span):
        return attribute  # "3 billion litres of milk annually": one rate, written once
    return f"{attribute} ({span})"


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


# A verb of fining, its object (a name) and the sum: "fined Acme Foods £960,000"
_FINED_NAME_THEN_SUM = re.compile(
    r"\b(?:fined|fines|fining|penalised|penalized)\s+(?:[A-Z][\w.&'’-]*\s+){1,5}"
    r"(?:(?:about|around|roughly|nearly|some|almost|more\s+than)\s+)?$"
)


def _money_rule(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    left_edge: int,
    right_edge: int,
) -> AttributeRule | None:
    """The attribute rule of a money figure: the nearest cue, where a cue that names what
    is bought ("signed", "took") counts only when something is named after it: in "a pact
    ..., signed in January, is worth $4B" the pact gives the attribute, not "signed"."""
    if _FINED_NAME_THEN_SUM.search(sentence, max(left_edge, mention.start - 80), mention.start):
        # "The regulator fined Acme £960,000 over a discharge into the river": the fine,
        # whatever cue the words after it hold ("into" of an investment)
        fine = next((r for r in rules if r.name == "fine"), None)
        if fine is not None:
            return fine
    if _MOVED_TO_FOR.search(sentence, left_edge, mention.start):
        # "Mehra went to the Coastal Chargers for Rs 12.25 crore": the price of the mover
        moved = next((r for r in rules if r.object_subject and not r.weak), None)
        if moved is not None:
            return moved
    rule = _find_cue(sentence, mention, rules, left_edge, right_edge)
    if rule is not None and _ROUND_VALUES.search(sentence, left_edge, mention.start):
        # "a Series C that valued it at $1.4 billion": the company's value at the round
        return next((r for r in rules if _is_valuation(r)), rule)
    if (
        rule is not None
        and rule.object_subject
        and _acquired(sentence, mention, entities, rule, "") is None
    ):
        others = [r for r in rules if r.name != rule.name]
        rule = _find_cue(sentence, mention, others, left_edge, right_edge)
    if (rule is None or rule.weak) and _PAID_FOR.match(sentence, mention.end):
        # "agreed to pay £1.35 billion over five years for the broadcast rights to X"
        rule = _deal_rule(rules) or rule
    if (
        rule is not None
        and not rule.object_subject
        and (
            _DEAL_VALUES.search(sentence, left_edge, mention.start)
            or _OFFER_OF_VALUES.search(sentence, max(0, mention.start - 100), mention.start)
        )
    ):
        # "the offer values the airline at 46 billion kronor": a price, not a valuation
        rule = next((r for r in rules if r.object_subject and not r.weak), rule)
    elif rule is not None and (rule.relational or (rule.weak and not rule.object_subject)):
        rule = _takeover(sentence, mention, entities, rules, left_edge, right_edge) or rule
    if rule is not None and rule.weak and not rule.relational:
        rule = _what_is_worth(sentence, mention, entities, rules, rule, left_edge)
    if rule is not None and rule.part_of:
        whole = next((r for r in rules if r.name == rule.part_of), None)
        # a partnership named anywhere in the sentence makes the figure its value
        if whole is not None and any(
            r.name == whole.name and not r.weak and r.pattern.search(sentence) for r in rules
        ):
            rule = whole
    return rule


# The words right after a figure that may make up its own noun phrase ("the £18.5m civil
# penalty imposed by", "a $2bn bond sale on Monday"): up to four lower-case words, bounded
_NP_AFTER = re.compile(r"(?:[ \t]+(?:[a-z][a-z-]*|[A-Z]{2,5}\b)){1,4}")  # "IPO" too
# An indefinite appositive right after a figure, up to its noun: "€18 million, a record
# penalty", "$2 billion, an all-cash takeover"
_INDEFINITE_APPOSITIVE = re.compile(r",[ \t]+(?:a|an)[ \t]")
# A verb form ends the noun phrase ("the $5m charge covering fines", "the £18.5m penalty
# imposed by"), unless a head begins with it ("funding round", "offering")
_NP_VERB_FORM = re.compile(r"[a-z-]+(?:ed|ing)|said|says|is|was|are|were|has|had|will")


def _head_rule(
    sentence: str, mention: Mention, heads: Sequence[AttributeRule], right_edge: int
) -> AttributeRule | None:
    """The attribute the figure's own noun phrase names by its head noun: "the £18.5m
    penalty imposed by the regulator" is a fine, "a $2bn bond sale" a bond issue (not a
    sale of a company), "its 4.1bn-euro takeover bid" a bid (not the price paid). The
    head is the phrase's last word, looked up in the table (``heads`` of attributes.yaml)
    with the word before it first ("bond sale" before "sale"); the phrase ends at a
    function word, a verb form, a time word ("last month") or punctuation, and may be an
    indefinite appositive ("€18 million, a record penalty"). None when no head of the
    table heads it: the cue words around the figure decide then."""
    if not heads:
        return None
    found = _NP_AFTER.match(sentence, mention.end, min(right_edge, mention.end + 60))
    if found is None:
        appositive = _INDEFINITE_APPOSITIVE.match(sentence, mention.end)
        if appositive is None:
            return None
        # "€18 million, a record penalty for the sector": the appositive names the sum
        found = _NP_AFTER.match(sentence, appositive.end() - 1, appositive.end() + 60)
        if found is None:
            return None
    raw = found.group().split()
    words: list[str] = []
    for k, word in enumerate(raw):
        if _HEAD_NOUN_STOP.match(word) or (words and word in _NOT_SEGMENT):
            break  # "the £18.5m penalty last month": a time word ends the phrase
        if _NP_VERB_FORM.fullmatch(word):
            pair = " ".join(raw[k : k + 2])
            if any(r.pattern.fullmatch(pair) for r in heads):
                words.extend(raw[k : k + 2])
            elif any(r.pattern.fullmatch(word) for r in heads):
                words.append(word)
            break
        words.append(word)
    if not words:
        return None
    # the head is the phrase's last word: "a takeover bid" is a bid, "the 2019 acquisition
    # wave" no acquisition
    for phrase in (" ".join(words[-2:]) if len(words) > 1 else "", words[-1]):
        rule = next((r for r in heads if phrase and r.pattern.fullmatch(phrase)), None)
        if rule is not None:
            return rule
    return None


# A verb of taking money in, right before the figure: "Zantrel generated $742 million",
# "the drug brought in $842 million in the third quarter" are sales...
_TAKINGS_BEFORE = re.compile(
    r"\b(?:generated|generates|generating|brought\s+in|brings\s+in|bringing\s+in|took\s+in|"
    r"takes\s+in|pulled\s+in|pulls\s+in|raked\s+in|rakes\s+in)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just\s+over|"
    r"just\s+under|less\s+than|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
# ...unless the words after it say what else was generated ("$1 billion of free cash
# flow", "$40 million in savings"); a time after it ("in the third quarter", "in 2025",
# "last year") or sales themselves ("in sales") leave it sales.
_TAKINGS_OF_ELSE = re.compile(
    r"\s+(?:in|of)\s+(?!(?:the\s+)?(?:first|second|third|fourth|three|six|nine|twelve|"
    r"latest|last|past|same|quarter|year|half|period|month|months|fiscal|financial|"
    r"sales|revenue|revenues|turnover)\b)(?:[\w-]+\s+){0,2}?[a-z]",
    re.IGNORECASE,
)


def _takings(
    sentence: str, mention: Mention, entities: Sequence[Entity], rules: Sequence[AttributeRule]
) -> AttributeRule | None:
    """The revenue rule for a sum a verb of taking money in puts right before it
    ("generated $742 million", "brought in $842 million"), when nothing after it names
    another thing generated; None otherwise."""
    verb = _TAKINGS_BEFORE.search(sentence, max(0, mention.start - 40), mention.start)
    if verb is None or _TAKINGS_OF_ELSE.match(sentence, mention.end):
        return None
    if not _names_the_taker(sentence, entities, verb.start()):
        return None  # "Automotive chips, Solvane's core business, brought in $6.1 billion"
    return next(
        (r for r in rules if r.segments and not r.weak and r.pattern.search("revenue")), None
    )


# Between the taker's name and its verb: an aside set off by commas, and an adverb
# ("Zantrel already brought in", "Orbit alone generated", "Acme reportedly took in")
_TAKER_GAP = re.compile(
    r"\s*(?:,[^,;:()]*,\s*)?(?:(?:already|also|still|alone|again|reportedly|(?-i:[a-z]+ly))\s+)?"
)


def _names_the_taker(sentence: str, entities: Sequence[Entity], verb: int) -> bool:
    """The verb's subject is a name (after an aside, if one is set off before the verb), a
    pronoun or a description of a company, not a part of a business in common nouns."""
    named = [e for e in entities if e.end <= verb]
    if named and _TAKER_GAP.fullmatch(sentence, named[-1].end, verb):
        return True
    head = sentence[:verb]
    return bool(_PRONOUN_START.match(head)) and len(_WORD.findall(head)) <= 6


# "agreed to buy outpatient operator Initech Clinics from private equity firm Vandelay
# Capital for £640 million": the price after "for", however long the object before it;
# "is handing Vandelay £720mn for Initech": a sum paid for a name after it
_FOR_BEFORE = re.compile(
    r"\bfor\s+(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated)\s+)?"
    # "for an initial £16m", "for a guaranteed €30m": the fixed part of the price
    r"(?:(?:an?\s+)?" + _FIXED_WORDS + r"\s+)?$",
    re.I,
)
_HANDING_BEFORE = re.compile(
    r"\b(?:pay|pays|paid|paying|hand|hands|handed|handing|hand(?:s|ed|ing)?\s+over)\s+"
    r"(?:[A-Z][\w.&'’-]*\s+){0,4}(?:(?:about|around|roughly|some|nearly|almost)\s+)?$"
)
# "paid Y £12.5m up front for X": the fixed part paid for X
_FOR_NAME_AFTER = re.compile(
    r"\s+(?:" + _FIXED_WORDS + r"\s+)?for\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$", re.I
)


def _bought_for(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    left_edge: int,
) -> AttributeRule | None:
    """The acquisition rule for a price the cue window missed: a takeover verb of the
    figure's clause, with what it buys named after it, then "for" right before the figure
    ("agreed to buy X from Y for £640 million"); or a verb of paying with the figure then
    "for" and a name ("handing Y £720mn for X"). None otherwise."""
    acquisition = next((r for r in rules if r.object_subject and not r.weak), None)
    openers = [m.end() for m in _CLAUSE_OPENER.finditer(sentence, left_edge, mention.start)]
    start = openers[-1] if openers else left_edge
    if (
        acquisition is None
        or _earlier_event(sentence, mention, left_edge)
        or _EARLIER_WORD.search(sentence, start, mention.start)
    ):
        return None  # "had already paid $40 million for X": an earlier event
    if _FOR_BEFORE.search(sentence, start, mention.start):
        cues = list(_BUYING_VERB_RULE.pattern.finditer(sentence, start, mention.start))
        if (
            cues
            and len(_WORD.findall(sentence, cues[-1].end(), mention.start)) <= 25
            and _acquired(sentence, mention, entities, _BUYING_VERB_RULE, None) is not None
        ):
            return acquisition
        return None
    if _paid_for(sentence, mention, entities, start) is not None:
        return acquisition
    return None


_BUYING_VERBS = _alternation("buying_verbs.txt")
# A verb of buying with no object after it, then its price: "brought in from Leeds this
# summer for", "snapped up last year for a fee of" (a seller after "from" and a time, at
# most six words each, no punctuation)
_GAPPED_BUY = re.compile(
    r"\b" + _BUYING_VERBS + r"(?:\s+from\s+(?:[\w.&'’-]+\s+){1,6}?)?"
    r"(?:\s*(?:this|last|in|earlier|during)\s+(?:[\w-]+\s+){1,2}?)?"
    r"\s*for\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:fee|price|sum)\s+of\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
# The name a clause with that gap is on: "Ana Rossi, the forward Valmar", "Globex, which
# Acme", "Rossi, whom the club": an appositive description or a relative pronoun, then the
# buyer (a name or a description, at most five words)
_GAP_ANTECEDENT = re.compile(
    r",\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3}?(?:(?:that|whom|which)\s+)?|"
    r"(?:whom|which|that)\s+)(?:the\s+)?(?:[\w.&'’-]+\s+){1,5}?(?:\w+ly\s+)?(?:had\s+|has\s+)?$"
)


def _bought_gap(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """What a sum is the price of when the verb of buying before it has no object, in a
    clause on a name: "Ana Rossi, the forward Valmar brought in from Leeds this summer for
    €72m" is Rossi's price, as "Globex, which Acme snapped up for $2bn" is Globex's. The
    verbs are ``data/buying_verbs.txt``. None unless the name and the gap are there."""
    gap = _GAPPED_BUY.search(sentence, max(0, mention.start - 120), mention.start)
    if gap is None:
        return None
    for entity in reversed(entities):
        if entity.end > gap.start():
            continue
        if gap.start() - entity.end > 80:
            return None
        if _GAP_ANTECEDENT.fullmatch(sentence, entity.end, gap.start()):
            return entity.name
    return None


def _paid_for(
    sentence: str, mention: Mention, entities: Sequence[Entity], start: int = 0
) -> str | None:
    """The name a sum is paid for: "is handing Vandelay £720mn for Initech" and "paid
    €79m to Globex for Ana Rossi" are Initech's and Rossi's price, as is the sum of a
    relative clause ("the €79m they sent to Globex for Ana Rossi"); a part of it ("for
    Globex's chip unit") is no name we compare."""
    after = mention.end
    if not _HANDING_BEFORE.search(sentence, max(start, mention.start - 80), mention.start):
        paid = _SUM_THEN_PAID.match(sentence, mention.end, mention.end + 80)
        if paid is None:
            return None
        after = paid.end()  # "the €79m they sent to Globex": the seller, then "for"
    else:
        seller = _TO_SELLER.match(sentence, mention.end, mention.end + 60)
        after = seller.end() if seller else after
    for entity in entities:
        if entity.start >= after and _FOR_NAME_AFTER.fullmatch(sentence, after, entity.start):
            if _OBJECT_ENDS.match(sentence, entity.end):
                return entity.name
            whole = _POSSESSED_WHOLE.match(sentence, entity.end)
            if whole is not None and _OBJECT_ENDS.match(sentence, whole.end()):
                return entity.name  # "for Pennock's shares", "for Globex's business": all of it
            break  # "for the Harlow estate" is the whole, "for Harlow's spa unit" a part
    return _paid_for_whole(sentence, mention, entities)


# The seller a sum is paid to, between it and "for": "paid €79m to Globex FC for"
_TO_SELLER = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?=\s)")
# A sum that a relative clause pays, up to its seller: "the €79m they sent to Globex", "the
# $2bn Acme paid"
_SUM_THEN_PAID = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:they|it|he|she|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
    # "had paid", "has agreed to hand over", "is paying": the verb, its tense and its frame
    r"\s+(?:(?:had|has|have)\s+)?(?:(?:agreed|is|was|are|were|will|would)\s+(?:to\s+)?)?"
    r"(?:paid|pay|paying|sent|spent|spending|(?:hand|handed|handing)\s+over)"
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})?(?=\s)"
)


# After a price, before "for": its conversion in parentheses and what it counts in
# ("€820m (about £685m) including debt for", "$2bn in cash and shares for")
_PRICE_TAIL = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,?\s+(?:including|excluding|plus|in|before)\s+"
    r"(?:(?:net|its|the|all|assumed)\s+)?(?:debt|cash|shares|stock|liabilities|borrowings)"
    r"(?:\s+and\s+(?:debt|cash|shares|stock))?,?)?"
)
# "for the 74-property", "for its": modifiers of the name, digits allowed (at most three)
_FOR_MODIFIED_NAME = re.compile(
    r"\s+(?:" + _FIXED_WORDS + r"\s+)?for\s+(?:the\s+)?(?:(?-i:[a-z0-9][\w-]*)\s+){0,3}$", re.I
)
_WHOLE_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(map(re.escape, _words("whole_nouns.txt")))) + r")\b"
)


# A name's whole, possessed: "Globex's shares", "Globex's entire share capital", "its
# business" (``data/whole_nouns.txt``); "Globex's remaining shares" is a stake, not this.
_POSSESSED_WHOLE = re.compile(
    r"['’]s?(?:\s+(?:entire|whole|issued|ordinary))*" + _WHOLE_AFTER.pattern
)


def _paid_for_whole(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The name a sum is paid for when more stands between them: "is paying €820m (about
    £685m) including debt for the 74-property Harlow estate" is Harlow's price. A noun
    after the name must name its whole (``data/whole_nouns.txt``: "estate", "business"),
    never a part ("for Harlow's spa unit"). None otherwise."""
    tail = _PRICE_TAIL.match(sentence, mention.end)
    after = tail.end() if tail else mention.end
    for entity in entities:
        if entity.start < after or entity.start - after > 60:
            continue
        if not _FOR_MODIFIED_NAME.fullmatch(sentence, after, entity.start):
            continue
        whole = _WHOLE_AFTER.match(sentence, entity.end)
        end = whole.end() if whole else entity.end
        return entity.name if _OBJECT_ENDS.match(sentence, end) else None
    return None


# A name that ends the object of "for" (not "for Globex's chip unit", "for Globex licences")
_OBJECT_ENDS = re.compile(
    r"\s*(?:[,.;:()]|$)|\s+(?:once|in|on|from|last|this|after|before|when|and|to|at|as|which|"
    r"who|with|under|over|earlier|ago|plus|including|if|but|"
    # the main verb after a relative clause's object ("the €79m they sent for X nearly
    # doubles", "the $2bn Acme paid for Globex is")
    r"is|was|has|had|will|would|remains|nearly|almost)\b"
)


# A move to a new owner, right before its price: "went to the Coastal Chargers for", "was
# sold to Castellon for", "moved to Valmar for a fee of". What moved is the name before
# the verb (a player, a company), not the buyer named after "to".
_MOVED_TO_FOR = re.compile(
    r"(?:\b(?:went|goes|gone|moved|moves|switched|switches|(?:was|were|is|are|been|being)\s+"
    r"sold)|,\s*sold)\s+to\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*\s+for\s+"
    r"(?:a\s+(?:fee|price|sum)\s+of\s+)?$"
)


# A round that values the company, right before the figure: "a Series C that valued it
# at", "the round, which values Acme at", "a funding round valuing the company at".
_ROUND_VALUES = re.compile(
    r"\b(?:round|series\s+[a-h]\d?|funding|financing|raise)(?:,?\s+(?:which|that))?\s+"
    r"(?:\w+\s+)?(?:values|valued|valuing)\s+(?:[\w.&'’-]+\s+){0,3}?at\s+(?:about\s+|around\s+|"
    r"roughly\s+|nearly\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)


def _is_valuation(rule: AttributeRule) -> bool:
    """The strong rule of a company's valuation (in the shipped table, "valuation")."""
    return not rule.weak and not rule.relational and bool(rule.pattern.search("valuation"))


# What a sum is paid for, after the figure and a duration: "£1.35 billion over five years
# for the UK broadcast rights to ...": rights bought from their owner are a deal with it.
_PAID_FOR = re.compile(
    r"\s+(?:(?:over|across|for)\s+(?:the\s+next\s+)?\S+\s+(?:years?|seasons?|months?)\s+)?"
    r"for\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?P<what>rights\s+(?:to|for))\b",
    re.IGNORECASE,
)
# The verbs and nouns of taking a company over (the narrow sense of the acquisition cues,
# which also count transfers: "signed", "move", "took").
_TAKEOVER = re.compile(
    r"\b(?:acquir(?:e|es|ed|ing)|acquisitions?|buy|buys|buying|bought|buyout|takeover|"
    r"take\s+over|taken\s+over|takes\s+over|taking\s+over|purchas(?:e|es|ed|ing)|"
    # "to take Acme & Sons private": a buyout of the name between
    r"(?:take|takes|taking|took|taken)(?=\s+(?:[\w&.'’-]+\s+){1,5}?private\b))\b",
    re.IGNORECASE,
)
_DEAL_VALUES = re.compile(
    r"\b(?:deal|offer|bid|takeover|acquisition|transaction|merger|purchase)"
    r"(?:,?\s+(?:which|that))?\s+(?:\w+\s+)?(?:values|valued|valuing)\b",
    re.IGNORECASE,
)
# A takeover noun with the price it offers a share, then the valuing verb: "The offer of 265
# pence per share values X at £412 million" (the price per share is a figure of its own, so
# the clause of the total starts after it; bounded to 40 characters). A price a share is
# offered for shares, so this is a takeover whatever the sentence before says.
_OFFER_OF_VALUES = re.compile(
    r"\b(?:offer|bid|deal|takeover)\s+of\s+[^,;:()]{1,30}?\s(?:a|per)\s+share\s+"
    r"(?P<verb>values|valued|valuing)"
    r"\s+[^,;:()]{1,60}?\s+at\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?$",
    re.IGNORECASE,
)
# Money going into a company without buying it: "invested", "a stake in", "will put $4
# billion into X". A deal of this kind values X; it does not price it.
_INVESTING = re.compile(
    r"\b(?:invest(?:s|ed|ing|ment|ments|or|ors)?|(?:minority\s+)?stake\s+in|"
    r"(?:put|puts|putting|pour(?:s|ed|ing)?|pump(?:s|ed|ing)?|plough(?:s|ed|ing)?)\s+"
    r"[^.;]{0,50}?\binto)\b",
    re.IGNORECASE,
)


# "a Series B that put a $1.2 billion price tag on the company": what a sum prices, after
# "price tag on" (a name, or "the company" and the like for the clause's subject)
_PRICE_TAG_ON = re.compile(
    r"\s+price[\s-]+tag\s+on\s+(?:(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?"
    + _DESCRIPTION_HEAD
    + r"\b(?![\w'’-])|(?=[A-Z]))"
)
# "put a price tag of $2 billion on Acme": the noun of price before the sum, "on" after it
_PRICE_TAG_OF = re.compile(r"\bprice[\s-]+tag\s+of\s+$", re.IGNORECASE)
_TAG_ON = re.compile(
    r"\s+on\s+(?:(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?"
    + _DESCRIPTION_HEAD
    + r"\b(?![\w'’-])|(?=[A-Z]))"
)
_OPENING_PHRASE_END = re.compile(r"[^,;:()]{0,40}?,\s+")
_ROUND_WORDS = re.compile(
    r"\b(?:round|series\s+[a-h]\d?|funding|financing|raise|raised|raising|investors?)\b",
    re.IGNORECASE,
)


def _price_tag_on(
    sentence: str, mention: Mention, entities: Sequence[Entity], subject: str | None
) -> tuple[str, str | None] | None:
    """What "put a $N price tag on X" is: a round of funding prices a company's worth, so
    with a word of a round in the sentence it is X's "valuation" (its round's, when the
    round is named); a takeover prices what is bought, X's "acquisition_price". X is the
    name after "on", or ``subject`` for "on the company". None with neither kind of deal,
    or when no price tag follows the figure."""
    tag = _PRICE_TAG_ON.match(sentence, mention.end)
    if tag is None and _PRICE_TAG_OF.search(sentence, max(0, mention.start - 30), mention.start):
        tag = _TAG_ON.match(sentence, mention.end)  # "put a price tag of $2bn on X"
    if tag is None:
        return None
    named = [e for e in entities if e.start == tag.end()]
    priced = named[0].name if named else subject
    opening = _OPENING_PHRASE_END.match(sentence, tag.end())
    if priced is None and opening and not any(e.start < mention.start for e in entities):
        # "Fresh from a Series B that put ... on the company, Ferrocell expects": the
        # description in an opening phrase is the name right after its comma
        priced = next((e.name for e in entities if e.start == opening.end()), None)
    if _TAKEOVER.search(sentence):
        return "acquisition_price", priced
    if _ROUND_WORDS.search(sentence):
        return "valuation", priced
    return None


def deal_kind(sentence: str) -> str | None:
    """What kind of deal a sentence tells of, for "The deal values X at $Y" in the sentence
    after it: "takeover" when a takeover word is there, "investment" when money goes in
    without buying the company ("will put $4 billion into X"), None otherwise."""
    if _TAKEOVER.search(sentence):
        return "takeover"
    return "investment" if _INVESTING.search(sentence) else None


def _investment_values(
    sentence: str, mention: Mention, left_edge: int, deal_before: str | None
) -> bool:
    """ "The deal values Hooli at $31bn" after "Umbrella Cloud will put $4bn into Hooli":
    a deal that invests in a company sets its valuation, while one that takes it over sets
    its price. The kind is the figure's own sentence's, else the sentence before's."""
    if not _DEAL_VALUES.search(sentence, max(left_edge, mention.start - 80), mention.start):
        return False
    return (deal_kind(sentence) or deal_before) == "investment"


# "The offer values Pennant Dairy at $900 million": the name between the valuing verb and
# "at" is what the deal prices
_VALUED_AT = re.compile(r"\s+at\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?$", re.I)


def _deal_valued(
    sentence: str, mention: Mention, entities: Sequence[Entity], deal_before: str | None
) -> str | None:
    """What "the deal/offer values X at $Y" prices: X, the one name between the verb and
    "at" right before the figure, when the deal is known to be a takeover (a takeover word
    in the sentence, or in the sentence before: "the deal" alone may be an investment).
    None otherwise."""
    deal = _DEAL_VALUES.search(sentence, max(0, mention.start - 100), mention.start)
    verb_end = deal.end() if deal is not None else 0
    if deal is None:
        # "the offer of 265 pence per share values X at": past the price offered
        deal = _OFFER_OF_VALUES.search(sentence, max(0, mention.start - 100), mention.start)
        verb_end = deal.end("verb") if deal is not None else 0
        deal_before = "takeover" if deal is not None else deal_before
    if deal is None or (deal_kind(sentence) or deal_before) != "takeover":
        return None
    named = [
        e for e in entities
        if e.start >= verb_end and e.end <= mention.start
        and _VALUED_AT.fullmatch(sentence, e.end, mention.start)
    ]
    if not named and _VALUED_DESCRIPTION.match(sentence, verb_end, mention.start):
        # "in a deal that values the station group's equity at": what the takeover buys
        return _acquired(sentence, mention, entities, _BUYING_VERB_RULE, None)
    return named[0].name if len(named) == 1 else None


# "values the company at", "values the station group's equity at": a definite description
# of what is bought, or of its whole worth, instead of its name (bounded: at most three
# modifiers); "the buyer's shares" is the other party
_VALUED_DESCRIPTION = re.compile(
    r"\s+the\s+(?:[a-z][\w-]*\s+){0,3}?(?!(?:buyer|acquirer|bidder|purchaser)\b)"
    + _DESCRIPTION_HEAD
    + r"(?:['’]s?\s+(?:equity|shares|stock|business|operations))?"
    + _VALUED_AT.pattern
)


# The company money goes into, right after the investing words: "invested $300m in X"
_INVESTED_IN = re.compile(r"\b(?:in|into)\s+(?:the\s+)?$", re.IGNORECASE)


def _investment_valued(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """Whose valuation "the deal values X at $Y" is, after an investment: X when named
    there; else, for "the startup" or "it", the name the sentence invests "in"/"into"
    before the figure. None when unsure: never the investor."""
    deal = _DEAL_VALUES.search(sentence, max(0, mention.start - 100), mention.start)
    if deal is not None:
        named = [
            e for e in entities
            if e.start >= deal.end() and e.end <= mention.start
            and _VALUED_AT.fullmatch(sentence, e.end, mention.start)
        ]
        if named:
            return named[0].name
    invested = [
        e for e in entities
        if e.end <= mention.start
        and _INVESTED_IN.search(sentence, max(0, e.start - 12), e.start)
        and _INVESTING.search(sentence, max(0, e.start - 80), e.start)
    ]
    if invested:
        return invested[-1].name
    return None


_TAKEOVER_RULE = AttributeRule("takeover", _TAKEOVER, relational=False, object_subject=True)
_PRIVATE = re.compile(r"\bprivate\b")
# The takeover cues, less a buyer's description ("buyout firm Oaken Partners"), and the
# verbs of signing a player, whose object a long description may put far from the fee ("to
# sign striker X from Portuguese side Y for an initial £16m")
_BUYING_VERB_RULE = AttributeRule(
    "takeover",
    re.compile(
        r"(?:" + _TAKEOVER.pattern + r"|\b(?:sign|signs|signed|signing)\b"
        # and the verbs of data/buying_verbs.txt ("brought in X from Y for", "snapped up X for")
        r"|\b" + _BUYING_VERBS + r"\b)"
        r"(?!\s+(?:firm|group|fund|house|shop|investor|specialist)s?\b)",
        re.IGNORECASE,
    ),
    relational=False,
    object_subject=True,
)
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+(?:\w+ly\s+)?$", re.I)


def _takeover(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    left_edge: int,
    right_edge: int,
) -> AttributeRule | None:
    """ "Acme agreed to buy Globex in a deal worth $5 billion", "Globex agreed to be taken
    over by Acme in a deal valued at $5.1 billion": a deal that takes a company over is its
    acquisition price, whatever word names the deal. None unless a takeover verb in the
    figure's clause names what is bought."""
    # in the figure's own clause: not "Acme bought Globex, and analysts valued it at $2B"
    start = max([left_edge, *(m.end() for m in _OWN_CLAUSE.finditer(sentence, 0, mention.start))])
    cues = list(_TAKEOVER.finditer(sentence, start, right_edge))
    if not cues:
        return None
    cue = min(cues, key=lambda m: min(abs(m.start() - mention.start), abs(m.end() - mention.end)))
    if cue.end() <= mention.start and not sentence[cue.end() : mention.start].strip():
        return None  # "agreed to buy $30 billion of computing capacity": a purchase
    acquisition = next((r for r in rules if r.object_subject and not r.weak), None)
    if acquisition is None:
        return None
    # what is bought, by the takeover cue nearest the figure
    bought = _acquired(sentence, mention, entities, _TAKEOVER_RULE, None)
    return acquisition if bought is not None else None


# A takeover verb whose object is a definite description of a kind of organisation:
# "agreed to buy the club", "is taking over the chain" (at most two modifiers)
_THE_KIND_AFTER = re.compile(
    r"\s+(?:of\s+)?the\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?" + _DESCRIPTION_HEAD + r"\b(?!['’])"
)
# The figure's own takeover noun, right after it: "£350m takeover", "£350m cash purchase"
_OWN_TAKEOVER_NOUN = re.compile(r"\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?" + _TAKEOVER.pattern, re.I)
# Between the buyer's name and the takeover verb or noun: "agreed to", "has agreed to",
# "will"; "'s £350m" ("X's £350m takeover of the club")
_BUYER_GAP = re.compile(r"\s+(?:(?-i:[a-z]+)\s+){0,3}|['’]s?\s+(?:[^\s,;:()]+\s+){0,3}")


def _described_takeover(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    left_edge: int,
    right_edge: int,
    previous_subject: str | None,
) -> str | None:
    """What "X agreed to buy the club in a deal worth £410m" buys: the description refers
    to the one other name of the sentence ("The search for a new owner of Y ended when X
    agreed to buy the club"), else to the subject of the sentence before; never to the
    buyer, the name right before the verb. None when unsure, so the sum stays a deal."""
    start = max([left_edge, *(m.end() for m in _OWN_CLAUSE.finditer(sentence, 0, mention.start))])
    cue = None
    for match in _TAKEOVER.finditer(sentence, start, mention.start):
        cue = match
    if cue is None or not _THE_KIND_AFTER.match(sentence, cue.end()):
        # the figure's own noun: "X's £350m takeover of the club"
        own = _OWN_TAKEOVER_NOUN.match(sentence, mention.end)
        cue = _TAKEOVER.search(sentence, own.start(), own.end()) if own else None
    if cue is None or not _THE_KIND_AFTER.match(sentence, cue.end()):
        return None
    buyers = [
        e
        for e in entities
        if e.end <= cue.start() and _BUYER_GAP.fullmatch(sentence, e.end, cue.start())
    ]
    if len(buyers) != 1:
        return None
    buyer = buyers[0].name
    others = {
        e.name
        for e in entities
        if subject_key(e.name) != subject_key(buyer)
        and e.end <= right_edge
        and not _after_preposition(sentence, e)  # "owner of X" is X, "outside Leeds" no name
    }
    if len(others) == 1:
        return others.pop()
    if not others and previous_subject and subject_key(previous_subject) != subject_key(buyer):
        return previous_subject
    return None


# "its five-year deal for the rights to X, worth $1.8 billion": a linking word after a
# comma describes the noun phrase before the comma; when that phrase is headed by a deal,
# the figure is the deal's value.
_DEAL_HEAD = re.compile(
    r"\b(?:deal|agreement|contract|pact|partnership|tie-up|alliance|order|orders)\b", re.I
)


def _what_is_worth(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    rule: AttributeRule,
    left_edge: int,
) -> AttributeRule | None:
    """A linking word ("worth", "valued at") makes a valuation only when what is worth the
    figure is the company: after a verb ("Acme is now worth"), or set off after its name
    or description alone ("Acme, valued at $5 billion,", "The startup, worth ...").
    After a comma that closes another noun phrase the figure is that phrase's: a deal's
    value ("its five-year deal for the rights, worth $1.8 billion"), or nothing we compare
    ("an order for 60 aircraft with Globex, worth $7.5 billion")."""
    cue = None
    for match in rule.pattern.finditer(sentence, left_edge, mention.start):
        cue = match
    if cue is None:
        return rule
    comma = re.search(r",\s*(?:now\s+|currently\s+|then\s+)?$", sentence[: cue.start()])
    if comma is None:
        return rule  # "Acme is worth", "Acme was valued at"
    start = sentence.rfind(",", 0, comma.start()) + 1  # the phrase since the last comma
    head = sentence[start : comma.start()].strip()
    if _PRONOUN_START.match(head) and not _DEAL_HEAD.search(head):
        return rule  # "The startup, valued at ..."
    for entity in entities:
        if entity.end == comma.start() and re.fullmatch(
            r"\W*(?:[Tt]he\s+)?", sentence[start : entity.start]
        ):
            return rule  # "Acme Corp, valued at ..."
    if _DEAL_HEAD.search(head):
        return next(
            (r for r in rules if r.relational and not r.cumulative and r.pattern.search(head)),
            None,
        )
    return None


def _deal_rule(rules: Sequence[AttributeRule]) -> AttributeRule | None:
    """The rule of a deal's value: the first relational rule that a plain "deal" cues."""
    return next(
        (r for r in rules if r.relational and not r.cumulative and r.pattern.search("deal")),
        None,
    )


# Words before a cue that do not name a part of the business (``data/not_segments.txt``).
_NOT_SEGMENT = _words("not_segments.txt")
_SEGMENT_BEFORE = re.compile(r"(?:^|\s)([a-z][a-z-]*)\s+$")
# The same word capitalised as the sentence's first ("Adjusted operating profit rose",
# "Underlying profit grew"): a part of the business as much as in the middle of a sentence.
# Only a word of ``_ATTRIBUTE_MODIFIERS``: a capitalised first word is more often a name
# ("Acme earned $2.6 billion")
_SEGMENT_OPENING = re.compile(r"\W*([A-Z][a-z-]*)\s+")
_SEGMENT_FROM = re.compile(r"\s+from\s+(?:the\s+|its\s+|their\s+)?([a-z][a-z-]*)")


def _with_segment(
    sentence: str, mention: Mention, rule: AttributeRule, clause: tuple[int, int], attribute: str
) -> str:
    """ "cloud revenue was $25 billion", "revenue from advertising reached $10 billion",
    "adjusted earnings of $26 billion": the figure of a part, or of another measure, of the
    business, so it never meets the company's revenue or profit ("revenue (cloud)")."""
    cues = list(rule.pattern.finditer(sentence, *clause))
    if not cues:
        return attribute
    cue = min(cues, key=lambda m: min(abs(m.start() - mention.end), abs(mention.start - m.end())))
    word = None
    before = _SEGMENT_BEFORE.search(sentence, max(clause[0], cue.start() - 30), cue.start())
    opening = _SEGMENT_OPENING.fullmatch(sentence, 0, cue.start()) if cue.start() < 30 else None
    if before and _is_segment(before.group(1)):
        word = before.group(1)
    elif (
        opening
        and _is_segment(opening.group(1).lower())
        and _ATTRIBUTE_MODIFIERS.fullmatch(opening.group(1) + " ")
    ):
        word = opening.group(1).lower()  # "Adjusted operating profit rose ...": "adjusted"
    else:
        after = _SEGMENT_FROM.match(sentence, cue.end())
        if after and _is_segment(after.group(1)):
            word = after.group(1)
    return f"{attribute} ({word})" if word else attribute


# A place or unit named right after a quantity narrows it to a part ("131,000 ounces of
# gold at its Tallow Creek mine", "3,000 tonnes of steel to China").
_QUALIFIED = re.compile(
    r"\s+(?:at|from|to|in|into|for)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?"
    # a month, a quarter or a half is a time, not a place ("of gold in January", "in Q1")
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|Q[1-4]|H[12]|FY)\b)[A-Z]"
)
_MEASURED_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?([a-z][a-z-]*)")


def _measured(
    sentence: str, mention: Mention, rule: AttributeRule, clause: tuple[int, int]
) -> str | None:
    """ "produced 412,000 ounces of gold", "its gold output was 104,000 ounces", "production
    of copper reached 96,000 tonnes": "production (gold)". None when the sentence does not
    say what is measured: gold and copper are both weighed, and must never meet."""
    after = _MEASURED_OF.match(sentence, mention.end)
    if _QUALIFIED.match(sentence, after.end() if after else mention.end):
        return None  # "at its Tallow Creek mine", "to China": a part of the whole
    if after and _is_segment(after.group(1)):
        return f"{rule.name} ({after.group(1)})"
    with_segment = _with_segment(sentence, mention, rule, clause, rule.name)
    if with_segment != rule.name:
        return with_segment
    cues = list(rule.pattern.finditer(sentence, *clause))
    if cues:
        cue = min(cues, key=lambda m: abs(m.start() - mention.start))
        of = _MEASURED_OF.match(sentence, cue.end())
        if of and _is_segment(of.group(1)):
            return f"{rule.name} ({of.group(1)})"
    return None


# Capacity set apart for one customer: a verb of dedicating before the figure ("will
# dedicate 300 megawatts of data-centre capacity to X", "is earmarking 450MW of dedicated
# capacity for X"). The customer, not the adjective, says which capacity it is, so that two
# wordings of one deal's capacity meet (`capacity (for X)`).
_DEDICATING = re.compile(
    r"\b(?:dedicat|earmark|reserv|allocat|commit|set(?:ting)?\s+aside|sets\s+aside)"
    r"[a-z]*\s+(?:(?:about|around|roughly|some|nearly|almost|up\s+to|as\s+much\s+as)\s+)?$",
    re.IGNORECASE,
)
_TO_WHOM = re.compile(r"[^,;:()]{0,60}?\s(?:to|for)\s+$")


def _dedicated_to(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The customer a capacity figure is set apart for, when a verb of dedicating governs
    the figure and "to"/"for" a name follows within a few words; None otherwise."""
    if not _DEDICATING.search(sentence, max(0, mention.start - 30), mention.start):
        return None
    for entity in entities:
        if entity.start >= mention.end and _TO_WHOM.fullmatch(
            sentence, mention.end, entity.start
        ):
            return entity.name
    return None


# What a quantity is of, right after its unit (and a conversion in parentheses): "1.08
# billion litres of milk", "412,000 sq ft (38,300 sq m) of floor space", "18.4km of new
# dual carriageway"; up to three lower-case words
_MEASURED_NOUN = re.compile(
    r"(?:\s+\([^()]{1,40}\))?\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})"
)
# A rate after the quantity ("182 megalitres of water a day"): a rate never meets a total
_QUANTITY_RATE = re.compile(
    r"\s+(?:a|an|each|every|per)\s+(?:second|minute|hour|day|week|month|year|annum)\b|"
    r"\s+(?:daily|weekly|monthly|annually|yearly)\b",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"and|or|&|as|plus")


def _measured_noun(sentence: str, mention: Mention, right_edge: int) -> str | None:
    """ "took in 1.32 billion litres of milk": with no cue of what is done with it, a
    quantity's attribute is what it measures, the noun after its unit with the word before
    it ("quantity (milk)", "quantity (floor space)"), so that litres of milk never meet
    litres of water. None without that noun, for "a bit of", for coordinated nouns ("of
    wind and solar capacity": the head is further on), or when a place narrows it ("of
    copper at its X mine")."""
    if mention.per or re.match(r"an?\s", mention.text, re.IGNORECASE):
        return None  # "139 litres per property": a ratio; "a bit of time": no figure
    # past the clause's edge only through a conversion in parentheses, bounded
    found = _MEASURED_NOUN.match(sentence, mention.end, min(len(sentence), mention.end + 100))
    if found is None:
        return None
    words: list[str] = []
    end = found.start("words")
    for word in re.finditer(r"[a-z][a-z-]*", found.group("words")):
        text = word.group()
        if _COORDINATED.fullmatch(text):
            return None  # "of beer and cider", "of grain and oilseeds"
        if (
            _HEAD_NOUN_STOP.match(text)
            or _NP_VERB_FORM.fullmatch(text)
            or (words and text in _NOT_SEGMENT)
        ):
            break
        words.append(text)
        end = found.start("words") + word.end()
    if not words or not _is_segment(words[-1]):
        return None
    if _QUALIFIED.match(sentence, end):
        return None
    return _per_time(sentence, end, f"quantity ({' '.join(words[-2:])})")


def _per_time(sentence: str, end: int, attribute: str) -> str:
    """A quantity followed by a rate ("182 megalitres of water a day", "barrels per day")
    is a rate: "(a day)" joins its attribute, so it never meets a total for a year."""
    rate = _QUANTITY_RATE.match(sentence, end)
    if rate is None:
        return attribute
    last = rate.group().split()[-1].lower()  # "a day", "per day" and "daily" are one rate
    unit = _RATE_WORDS.get(last, last)
    return f"{attribute} (per {unit})"


_RATE_WORDS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
               "yearly": "year", "annum": "year"}


def _is_segment(word: str) -> bool:
    return (
        word not in _NOT_SEGMENT
        and not re.search(r"quarter|half|year|month|week", word)
        and not _HEAD_NOUN_STOP.match(word)  # "were exported", "through leaks": no part
    )


def _share_price_of(
    sentence: str, mention: Mention, entities: Sequence[Entity], rules: Sequence[AttributeRule]
) -> str | None:
    """ "Acme agreed to buy Globex for $9.2 billion, or $48 a share": a price per share in
    an acquisition is a price of the target's shares, not of the buyer's."""
    for rule in rules:
        if rule.object_subject and rule.pattern.search(sentence):
            bought = _acquired(sentence, mention, entities, rule, None)
            if bought is not None:
                return bought
    return None


# Nouns naming the price of one share, written before the figure ("its 2021 listing price
# of $17", "a closing price of $18.70"): the figure is a price per share, never the price
# of the company a takeover verb nearby buys. Prices fixed once at a listing keep their own
# attribute (an IPO priced at $17 is one fact); a price on a day, or an offer that may be
# raised, is no fact to compare without its date. Users can extend the table.
_SHARE_PRICE_NOUNS = {
    "listing": "price per share (listing)",
    "ipo": "price per share (listing)",
    "flotation": "price per share (listing)",
    "float": "price per share (listing)",
    "debut": "price per share (listing)",
    "offering": "price per share (listing)",
    "share": "",
    "stock": "",
    "closing": "",
    "opening": "",
    "offer": "",
    "issue": "",
    "subscription": "",
    "placing": "",
    "strike": "",
    "exercise": "",
    "trading": "",
}
_SHARE_PRICE_BEFORE = re.compile(
    r"\b(?P<noun>[A-Za-z]+)(?:-|\s+)price\s+(?:of|at|was|is|stood\s+at|had\s+been)?\s*"
    r"(?:(?:about|around|roughly|nearly|just|some|only)\s+)?$",
    re.IGNORECASE,
)


def _share_price_noun(sentence: str, mention: Mention, left_edge: int) -> str | None:
    """ "For shareholders who bought X at its 2021 listing price of $17": the figure is
    what one share cost (an IPO, listing, closing or offer price), not the price of the
    company that "bought" nearby would make it. The attribute ("" for a price on some
    day, which is not compared) or None when no share-price noun heads the figure."""
    lead = sentence[max(left_edge, mention.start - 40) : mention.start]
    found = _SHARE_PRICE_BEFORE.search(lead)
    if found is None:
        return None
    return _SHARE_PRICE_NOUNS.get(found.group("noun").lower())


def _per_share(
    sentence: str, mention: Mention, rules: Sequence[AttributeRule], clause: tuple[int, int]
) -> str:
    """ "Earnings per share were $1.12", "a dividend of $0.85 a share", "priced at $24 a
    share": three different things per share, never compared with each other."""
    rule = _find_cue(sentence, mention, rules, *clause)
    return rule.name if rule is not None else "price per share"


# A raise by something that is no company: "the auction raised £4.8 billion", "its third
# fund raised $500 million". Only the organisation itself, a pronoun, a round or a name
# raises a funding round.
_RAISE_VERB = re.compile(r"\b(?:raised|raises|raise|raising)\b", re.IGNORECASE)
_RAISER = re.compile(
    r"(?:\b(?:it|they|we|which|who|that|round|rounds|financing|funding)|\b"
    + _DESCRIPTION_HEAD
    + r"s?|[A-Z][\w.&'’-]*)\s+(?:(?:has|have|had|also|just|now|recently|previously|already|"
    r"successfully|will|would|to)\s+)*$",
)
# Whoever "led", "co-led" or "joined" a round is an investor, not the company raising it.
_LED_BEFORE = re.compile(
    r"\b(?:led|co-led|leads|joined|backed|participated\s+in)\s+(?:an?|the|its|their)\s+$",
    re.IGNORECASE,
)


def _raised_by_no_company(sentence: str, mention: Mention, clause: tuple[int, int]) -> bool:
    """True when the verb of raising before the figure has a common noun for its subject
    that names no organisation ("the auction", "its third fund")."""
    verbs = list(_RAISE_VERB.finditer(sentence, clause[0], mention.start))
    if not verbs:
        return False
    before = sentence[max(0, verbs[-1].start() - 160) : verbs[-1].start()]
    aside = _ASIDE_BEFORE.search(before)
    if aside is not None:  # "Acme, the London-based app, has raised": Acme raised
        before = before[: aside.start()] + " " + aside.group("aux")
    before = before[-60:]
    return bool(re.search(r"[a-z]\s+$", before)) and not _RAISER.search(before)


# An aside set off by commas right before a verb ("Acme, the London-based app, has
# raised"): the verb's subject is the name before it. An aside that opens as a description
# or a relative clause may hold a list ("Acme, a maker of pumps, valves and pipes, has").
_ASIDE_BEFORE = re.compile(
    r",(?:\s+(?:an?|the|which|who|whose|one\s+of)\b[^;:()]{1,150}|[^,;:()]{1,150}),\s+(?P<aux>(?:(?:has|have|had|also|just|now|recently|previously|"
    r"already|successfully|will|would)\s+)*)$"
)


_ROUND_LABEL = re.compile(
    r"\b(series\s+[a-h]\d?|pre-seed|seed|angel|bridge|mezzanine)\b(?!-)", re.IGNORECASE
)


def round_named(sentence: str) -> str | None:
    """The one funding round a sentence names ("series b"), for a valuation in the sentence
    after it that refers back to that round (``describe``'s ``round_before``)."""
    labels = {re.sub(r"\s+", " ", m.group(1).lower()) for m in _ROUND_LABEL.finditer(sentence)}
    return labels.pop() if len(labels) == 1 else None


# A sentence that opens with the round the sentence before named, valuing a company named
# or described right before the figure: "The new money values Acme at", "The round, led by
# Globex, values the company at", "The investment valued it at about"
_VALUED_PARTY = r"(?:it|the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|(?:[A-Z][\w&'’.-]*\s+){1,4})\s*"
_ROUND_VALUES = re.compile(
    r"\W*(?:The|This|That|Its)\s+(?:new\s+|latest\s+|fresh\s+)?(?:round|money|funding|raise|"
    r"investment|financing|fundraising|cash\s+injection)\b(?:,[^,;:()]{1,80},)?\s+(?:"
    r"(?:values|valued|valuing|puts\s+a\s+value\s+on)\s+" + _VALUED_PARTY + r"at"
    # "The round gives the startup a post-money valuation of"
    r"|(?:gives|gave|giving)\s+" + _VALUED_PARTY
    + r"an?\s+(?:post-money\s+)?valuation\s+of)"
    r"\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than)\s+)?"
)


def _round_label(
    sentence: str, mention: Mention, clause: tuple[int, int], attribute: str
) -> str:
    """A named funding round is its own attribute: a company's $85 million Series B and
    its $220 million Series C are both "funding rounds" and both true. An unnamed round
    is compared only with other unnamed ones. So is the valuation a named round set ("a
    Series C that valued it at $1.4 billion": "valuation (series c)"), a value of its
    time; and a value before the new money ("a pre-money valuation of $2.68 billion") is
    not the value with it ("valuation (pre-money)")."""
    if attribute not in ("funding_round", "valuation"):
        return attribute
    if attribute == "valuation":
        before, _ = _words_window(sentence, clause[0], mention.start, 4, forward=False)
        comma = sentence.find(",", mention.end, clause[1])
        after, _ = _words_window(
            sentence, mention.end, comma if comma >= 0 else clause[1], 5, forward=True
        )
        if _PRE_MONEY.search(before) or _PRE_MONEY.search(after):
            return f"{attribute} (pre-money)"
    if attribute == "funding_round" and _TOTAL_RAISED.match(sentence, mention.end, clause[1]):
        return attribute  # "has raised $115 million in total": every round, not the one named
    labels = {
        re.sub(r"\s+", " ", m.group(1).lower())
        for m in _ROUND_LABEL.finditer(sentence, *clause)
        if not _COMPARED_ROUND.search(sentence, mention.end, m.start())
    }
    if not labels and attribute == "valuation":
        when = _VALUED_AT_ROUND.match(sentence, mention.end)
        if when is not None:  # "was valued at $12 billion when it closed its Series C"
            labels = {re.sub(r"\s+", " ", when.group("label").lower())}
    return f"{attribute} ({labels.pop()})" if len(labels) == 1 else attribute


# A sum told as one besides the fine: "In addition to the penalty, Acme must pay", "on top
# of the fine"
_BESIDES_THE_FINE = re.compile(
    r"\b(?:in\s+addition\s+to|on\s+top\s+of|as\s+well\s+as|besides|alongside)\s+"
    r"(?:the|a|an|its|their)\s+(?:[\w£$€.,-]+\s+){0,3}?(?:fine|fines|penalty|penalties)\b",
    re.IGNORECASE,
)


# A round named after the figure as the base of a comparison: "values it at $1.9 billion,
# roughly triple its valuation at the Series C", "up from $400m in its Series B"
_COMPARED_ROUND = re.compile(
    r",[^;:]*\b(?:than|from|compared|double|triple|times|previous|earlier|last)\b", re.IGNORECASE
)


# A value set when a named round closed, told right after the figure: "was valued at $12
# billion when it closed its $1.2 billion Series C" (the round's own sum may come between)
_VALUED_AT_ROUND = re.compile(
    r",?\s+(?:when|as|after)\s+(?:it|they|the\s+[a-z-]+)\s+(?:closed|raised|completed|"
    r"secured|landed|announced|took\s+in)\s+(?:its|their|a|an|the)\s+"
    r"(?:[$€£¥][\d.,]+\s*(?:[a-z]+\s+)?)?(?P<label>series\s+[a-h]\d?)\b(?!-)",
    re.IGNORECASE,
)


# "a $95 million Series C for surgical-robotics developer Helixa Surgical": the round is
# of the company named after "for" (after a lower-case description of it)
_ROUND_FOR = re.compile(
    r"\s+(?:(?:series\s+[a-h]\d?|seed|pre-seed|funding|financing|venture|equity)\s+)*"
    r"(?:round|raise|series\s+[a-h]\d?|seed|funding|financing)\s+for\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}$",
    re.IGNORECASE,
)


def _round_for(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The company a round is "for", named after the figure and the round's name."""
    for entity in entities:
        if entity.start > mention.end and _ROUND_FOR.fullmatch(
            sentence, mention.end, entity.start
        ):
            return entity.name
    return None


_NAMED_ROUND = re.compile(r"^(?:funding_round|valuation) \((?!pre-money\))[^()]+\)$")


def _round_period(attribute: str | None, period: Period | None) -> Period | None:
    """A named round happens once: the month or day it closed ("raised $145m in September
    in a Series C that valued it at $1.4bn") dates that one event, as the day dates a
    purchase, and scopes nothing. A year or quarter is kept."""
    if (
        period is not None
        and attribute is not None
        and _NAMED_ROUND.match(attribute)
        and period.date.granularity in (Granularity.MONTH, Granularity.DAY)
    ):
        return None
    return period


# A sum of every round a company raised ("$115 million in total", "$40 million to date"),
# which a round named nearby ("its Series B closed in March and it has raised ...") is a
# part of
_TOTAL_RAISED = re.compile(
    r"\s+(?:in\s+total|in\s+all|to\s+date|altogether|so\s+far|in\s+total\s+funding|"
    r"(?:in\s+)?(?:total|overall|cumulative)\s+(?:funding|financing|investment))\b",
    re.IGNORECASE,
)


# A company's value before a round's money comes in (post-money, the usual sense, is the
# value with it)
_PRE_MONEY = re.compile(
    r"\bpre-?money\b|\bbefore\s+(?:the\s+)?(?:new\s+)?(?:money|investment|funding|cash|capital)\b",
    re.IGNORECASE,
)


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


_ATTRIBUTE_MODIFIERS = re.compile(
    r"^\W*(?:(?:net|gross|total|quarterly|annual|full-year|half-year|operating|adjusted|"
    r"underlying|overall|core|(?:first|second|third|fourth)-quarter|(?:first|second)-half)\s+)*",
    re.IGNORECASE,
)


_LEADING_NON_WORD = re.compile(r"\W*")


def _opens_with_attribute(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rule: AttributeRule | None,
    attribute: str,
) -> bool:
    """A sentence that opens with the figure's own attribute and names nobody before the
    figure ("Revenue in the quarter rose to $6.1 billion", "Net profit came to $610
    million") goes on about the previous sentence's subject, like "its revenue"."""
    if any(e.start < mention.start for e in entities):
        return False
    opening = _ATTRIBUTE_MODIFIERS.match(sentence)
    rest = sentence[opening.end() if opening else 0 : mention.start]
    if rule is not None:
        cue = rule.pattern.match(rest) or _modified_attribute_opening(sentence, mention, rule)
    else:  # a per-share figure: "Earnings per share for the quarter were $1.12"
        cue = re.match(r"(?:earnings|dividends?)\s+per\s+share\b", rest, re.IGNORECASE)
    return cue is not None


# The opening of a sentence before its attribute's cue: only what is not a word
_NON_WORD_OPENING = re.compile(r"\W*")


def _modified_attribute_opening(
    sentence: str, mention: Mention, rule: AttributeRule
) -> re.Match[str] | None:
    """A cue that itself begins with a word ``_ATTRIBUTE_MODIFIERS`` strips ("Operating
    profit rose ...", "Adjusted operating profit rose 7% to $412m"): the sentence opens with
    the figure's attribute as much as "Revenue rose ..." does."""
    opening = _NON_WORD_OPENING.match(sentence)
    start = opening.end() if opening else 0
    # modifiers are a few short words: the cue is looked for within 80 characters
    cue = rule.pattern.search(sentence, start, min(mention.start, start + 80))
    if cue is None or cue.start() == start:
        return cue
    words = sentence[start : cue.start()]
    modifiers = _ATTRIBUTE_MODIFIERS.fullmatch(words)
    return cue if modifiers is not None else None


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


# A span named up to its last day, after the results noun it dates: "for the three months to
# June 30", "in the six months ended Sept. 30, 2025", "for the year ending 31 March 2025"
_SPAN_TO_A_DAY = re.compile(
    r"\b(?:for|in|over)\s+the\s+(?:(?:three|six|nine|twelve|3|6|9|12)\s+months|"
    r"(?:fiscal\s+|financial\s+)?(?:year|quarter|half(?:-year)?))\s+"
    r"(?:to|ended|ending|through|that\s+ended)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+(?:19|20)\d\d)?\b"
)


def _find_cue(
    sentence: str,
    mention: Mention,
    rules: Sequence[AttributeRule],
    left_edge: int,
    right_edge: int,
    before_words: int = 10,
    *,
    verb_first: bool = False,
) -> AttributeRule | None:
    """The attribute whose cue is nearest the figure, counted in words: up to 4 words
    after (the noun a figure modifies, "$50 billion deal") or 10 before ("agreed to acquire
    Globex for $69 billion"); a cue before the figure counts as two words farther.

    The words after stop where a new clause starts ("$1.4 billion if sales ...", "$23.4
    billion and its net profit ..."): a cue there belongs to another figure or to nothing.
    """
    stop = (_DATE_FORWARD_STOP if verb_first else _FORWARD_STOP).search(
        sentence, mention.end, right_edge
    )
    after = _words_window(
        sentence, mention.end, stop.start() if stop else right_edge, 4, forward=True
    )
    # cues before the last clause opener belong to an earlier clause
    openers = [m.end() for m in _CLAUSE_OPENER.finditer(sentence, left_edge, mention.start)]
    start = openers[-1] if openers else left_edge
    # two words more than counted, so that a cue the count cuts in two is whole ("Pre-tax
    # profit for the year ended 31 December 2025 rose to" is a pre-tax profit): a cue that
    # ends within those two words is out of reach (``reach``)
    words = list(_WORD.finditer(sentence, start, mention.start))
    closed = [(a, b) for a, b in _asides(sentence) if start <= a and b <= mention.start]
    # nor do those of a span named up to its last day ("revenue for the three months to
    # June 30 rose 14% to $410 million"): the span is one phrase, however many its words
    closed += [
        m.span() for m in _SPAN_TO_A_DAY.finditer(sentence, start, mention.start)
    ]
    if closed:
        # the words of a closed relative clause between the cue and the figure do not
        # count ("revenue for the quarter, which ended Aug. 2, climbed 9% to $1.84 billion")
        words = [w for w in words if not any(a <= w.start() < b for a, b in closed)]
    if words:
        lo = words[-(before_words + 2) :][0].start()
        before = (sentence[lo : words[-1].end()], lo)
        reach = words[-before_words:][0].start()
    else:
        before, reach = ("", start), start
    # only the windows where some cue matches, scanned lower-case where that is exact
    union, lower_union, lower_rules = _cue_scanners(rules)
    windows: list[tuple[str, int, str | None, bool]] = []
    for (text, offset), forward in ((after, True), (before, False)):
        if lower_union is not None and text.isascii():
            lowered = text.lower()
            if lower_union.search(lowered):
                windows.append((text, offset, lowered, forward))
        elif union is None or union.search(text):
            windows.append((text, offset, None, forward))
    if not windows:
        return None
    asides = [(a, b) for a, b in _asides(sentence) if not a <= mention.start < b]
    best: tuple[bool, int, AttributeRule] | None = None
    for i, rule in enumerate(rules):
        for text, offset, low, forward in windows:
            if low is not None and lower_rules is not None:
                matches = lower_rules[i].finditer(low)
            else:
                matches = rule.pattern.finditer(text)
            for match in matches:
                if not forward and offset + match.end() <= reach:
                    continue  # beyond the words counted
                if not forward and any(a <= offset + match.start() < b for a, b in asides):
                    continue  # "Castell, which led the round, manages $4 billion"
                if forward:
                    distance = len(_WORD.findall(sentence, mention.end, offset + match.start()))
                else:
                    distance = len(_WORD.findall(sentence, offset + match.end(), mention.start))
                if forward == verb_first:
                    distance += 2  # figures prefer the noun after; dates the verb before
                # only within the words counted: the two more read before them make a cut
                # cue whole, they do not make a noun that is out of reach the cue's
                counted = 0 if forward else max(0, reach - offset)
                if rule.weak and _PLURAL_BEFORE.search(text, counted, match.start()):
                    continue  # "orders worth $3 billion": the orders', not a valuation
                if best is None or (rule.weak, distance) < best[:2]:
                    best = (rule.weak, distance, rule)
    return best[2] if best else None


@lru_cache(maxsize=4096)
def _cue_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The lower-case twin of a cue pattern (``dates._lower_case_twin``), once a pattern;
    None unless the pattern is ASCII (IGNORECASE folds some non-ASCII letters to ASCII)."""
    from factcheck.extract.dates import _lower_case_twin

    return _lower_case_twin(pattern) if pattern.pattern.isascii() else None


_Scanners = tuple[
    re.Pattern[str] | None, re.Pattern[str] | None, tuple[re.Pattern[str], ...] | None
]
_CUE_SCANNERS: dict[int, tuple[Sequence[AttributeRule], _Scanners]] = {}


def _cue_scanners(rules: Sequence[AttributeRule]) -> _Scanners:
    """(union, lower-case union, lower-case rules) of a list of attribute rules.

    ``_find_cue`` runs every rule's cue pattern on the two windows of every figure, and
    most windows hold no cue: the union (one alternation of every rule's pattern) matches
    somewhere exactly when one of the rules does, so one search rules a window out. On
    ASCII text the lower-case twins (see ``dates._lower_case_twin``) find the same spans in
    ``text.lower()`` case-sensitively, about four times faster (``re`` skips a branch by its
    first letter only without IGNORECASE). A part is None where it does not apply (flags
    that differ, a pattern that is not ASCII).

    Kept by the identity of ``rules`` (the entry holds ``rules``, so the identity cannot be
    reused while it is kept); callers must not change a list of rules between calls."""
    entry = _CUE_SCANNERS.get(id(rules))
    if entry is not None and entry[0] is rules:
        return entry[1]
    flags = {rule.pattern.flags for rule in rules}
    if len(flags) != 1:
        scanners: _Scanners = (None, None, None)
    else:
        union = re.compile("|".join(f"(?:{r.pattern.pattern})" for r in rules), flags.pop())
        twins = tuple(t for rule in rules if (t := _cue_twin(rule.pattern)) is not None)
        if len(twins) == len(rules):
            # the twin of the union is the union of the twins ("(?:" has no letter)
            lower = re.compile("|".join(f"(?:{t.pattern})" for t in twins), twins[0].flags)
            scanners = (union, lower, twins)
        else:
            scanners = (union, None, None)
    if len(_CUE_SCANNERS) >= 64:
        _CUE_SCANNERS.clear()
    _CUE_SCANNERS[id(rules)] = (rules, scanners)
    return scanners


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


# A common noun right before a linking cue ("orders worth", "310 planes, worth", "assets
# valued at") is what the figure measures: it is not the subject's worth. Verbs of being,
# adverbs and nouns for the organisation itself ("the startup, valued at") do not count.
_PLURAL_BEFORE = re.compile(
    r"\b(?!(?:is|was|are|were|be|been|being|now|currently|still|once|reportedly|recently|"
    r"last|then|already|its|his|this|us|as)\b|" + _DESCRIPTION_HEAD + r"\b)[a-z][a-z-]*,?\s+$"
)
# Where the words after a figure stop giving it cues: a new clause or phrase...
_NEW_PHRASE = (
    # "before tax" and "after tax" say which profit a sum is ("£42 million before tax")
    r"\b(?:if|unless|when|whereas|because|although|though|after(?!\s+tax)|before(?!\s+tax)|"
    r"which|that|who|and|"
    r"at|on|(?:but|or|while)\s+(?:its|the|a|an|their|his|her|it|they)\b)"
)
# ...and a comma, unless an adjective follows ("$2.5 billion, five-year partnership")
_FORWARD_STOP = re.compile(_NEW_PHRASE + r"|,(?!\s+\w*[-\d])", re.IGNORECASE)
# a date's event verb may follow a comma ("In 2021, Acme acquired Globex")
_DATE_FORWARD_STOP = re.compile(_NEW_PHRASE, re.IGNORECASE)


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


# A gloss after a colon, up to the figure: "...went to Acme: a $48 million Series B"
_GLOSS = re.compile(r":\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?$")


def _glossed_name(sentence: str, entities: Sequence[Entity], mention: Mention) -> str | None:
    """The name right before a colon whose gloss holds the figure ("Last week's biggest
    cheque went to Acme: a $48 million Series B"): the gloss says what the name got,
    whatever preposition stands before the name."""
    colon = sentence.rfind(":", 0, mention.start)
    if colon < 0 or not _GLOSS.match(sentence, colon, mention.start):
        return None
    return next((e.name for e in entities if e.end == colon), None)


# A description of an organisation as the subject of a clause inside the sentence, after
# a word that opens that clause or a colon: "That follows a 2024 in which the railway moved
# 131 million tonnes", "The headline: the carrier handed over 362 million parcels", "That
# puts the towerco on course to beat last year's top line of €271 million", "tell us the
# Dutch payments company is now valued at €850m". It refers back as one opening the
# sentence would (``clause_description``).
_CLAUSE_DESCRIPTION = re.compile(
    r"(?:\b(?:in\s+which|in\s+whose|where|as|while|when|after|once|because|although|"
    r"leaves|left|puts|put|makes|made|tells?\s+us|told\s+us|says|said|expects|believes)"
    r"\s+(?:that\s+)?|:\s+)"
    r"(?P<np>the\s+(?:(?:" + _DEMONYM_OPENING + r")\s+)?(?:[a-z][\w&.'’-]*\s+){0,3}?"
    + _DESCRIPTION_HEAD
    + r")(?![\w'’-])"
    r"(?!\s+[A-Z])"
)
# Between such a description and its figure: at most nine words, none capitalised (a
# name) and no clause mark ("in which the railway moved", "on course to beat last year's
# top line of")
_CLAUSE_DESCRIPTION_GAP = re.compile(r"(?:\s+(?![A-Z])[^\s,;:()]+){0,9}?\s+")


def clause_description(sentence: str, start: int, end: int | None = None) -> int | None:
    """Where the last description of an organisation that is the subject of a clause
    inside ``sentence`` (see ``_CLAUSE_DESCRIPTION``) starts, between ``start`` and
    ``end`` when the figure at ``end`` is in its clause; None when there is none."""
    end = len(sentence) if end is None else end
    every = list(_CLAUSE_DESCRIPTION.finditer(sentence, max(0, start), end))
    if not every:
        return None
    found = every[-1]
    if end < len(sentence) and not _CLAUSE_DESCRIPTION_GAP.fullmatch(
        sentence, found.end("np"), end
    ):
        return None
    return found.start("np")


def _sentence_subject(
    sentence: str, entities: Sequence[Entity], mention: Mention, previous: str | None
) -> str | None:
    """The grammatical subject, approximated: the head of an aside the figure is in, or
    the subject of the figure's own clause ("...; Globex flies 52 aircraft"); else a
    leading pronoun or "the company" refers to the previous sentence's subject; otherwise
    the first name before the figure that is not the object of a preposition."""
    own = _clause_subject(sentence, entities, mention)
    if own is not None:
        return own
    glossed = _glossed_name(sentence, entities, mention)
    if glossed is not None:
        return glossed  # "The biggest cheque went to Acme: a $48 million Series B"
    speaker = _quoted_speaker(sentence, entities, mention)
    if speaker is not None:
        return speaker
    if _POSSESSED_RELATIVE.search(sentence, max(0, mention.start - 120), mention.start):
        return None  # "it is a fraction of the size of its buyer, which employs 9,800": the buyer's
    described = _described(sentence, entities)
    if described is not None and described.end <= mention.start:
        return described.name  # "Acme, the London-based app, has raised ...": Acme
    possessed = _possessive_named(sentence, entities)
    if (
        possessed is not None
        and possessed.end <= mention.start
        and "," not in sentence[: mention.start]
    ):
        return possessed.name  # "Its heart-failure drug Zantrel brought in $842 million"
    product = _possessed_kind_named(sentence, entities, mention)
    if product is not None:
        return product  # "The group said its Vibe streaming service had 9 million users"
    if previous is None and (source := _opening_source(sentence, entities)) is not None:
        return source  # "According to Acme, its revenue rose to ...": Acme's
    if (
        _PRONOUN_START.match(sentence) and not _NAME_THEN_ITS_APPOSITIVE.match(sentence)
    ) or _PLACE_DESCRIPTION.match(sentence):
        return previous
    if entities and entities[0].start < mention.start:
        reported = _REPORTED.match(sentence, entities[0].end)
        if reported and reported.end() <= mention.start:
            # "Maya Lindgren said the airline would ...": the clause said is about the
            # name it opens with, or about the previous subject; not about the speaker
            if _PRONOUN_START.match(sentence[reported.end() :]):
                return previous
            named = [e for e in entities if e.start == reported.end()]
            if named:
                return named[0].name
    placed = _place_described_name(sentence, entities, mention)
    if placed is not None:
        return placed  # "The Texas oil producer Acme Petroleum reported": Acme Petroleum
    adjunct = _OPENING_ADJUNCT.match(sentence) or _OPENING_PARTICIPLE.match(sentence)
    if adjunct:  # "According to Kanto Research, Acme controls 35%": Acme
        for entity in entities:
            if adjunct.end() <= entity.start < mention.start:
                return entity.name
    for entity in entities:
        if entity.start >= mention.start:
            break
        if not _after_preposition(sentence, entity):
            return _possessed(sentence, entities, entity).name
    inner = clause_description(sentence, mention.start - 140, mention.start)
    if inner is not None and not any(inner <= e.start < mention.start for e in entities):
        return previous  # "in which the railway moved 131 million tonnes": the railway's
    return None


# "According to Acme," or "According to a statement from Acme," then a pronoun or a
# description: the source is what they refer to when nothing before does
_ACCORDING_TO = re.compile(
    r"^\W*according\s+to\s+(?:(?:a|an|the|its)\s+(?:[a-z][\w-]*\s+){0,2}(?:from|by|of)\s+)?",
    re.IGNORECASE,
)


def _opening_source(sentence: str, entities: Sequence[Entity]) -> str | None:
    """The name an opening "According to X," gives, when the clause after it opens with a
    pronoun or a description ("According to Acme, its net profit rose", "According to a
    statement from Acme Water, the utility was fined"): with no sentence before to refer
    to, they refer to X. None otherwise."""
    opening = _ACCORDING_TO.match(sentence)
    if opening is None or not entities or entities[0].start != opening.end():
        return None
    comma = re.compile(r",\s+").match(sentence, entities[0].end)
    if comma is None or not _PRONOUN_START.match(sentence[comma.end() :]):
        return None
    return entities[0].name


# Between a capitalised place and the name it describes: up to two lower-case words and a
# head naming what a company does ("The Texas oil producer Acme Petroleum")
_PLACE_THEN_HEAD = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+" + _DESCRIPTION_HEAD + r"\s+")


def _place_described_name(
    sentence: str, entities: Sequence[Entity], mention: Mention
) -> str | None:
    """The name that an opening description with a capitalised place in it describes
    ("The Texas oil producer Acme Petroleum reported", "Ohio grocer Acme Foods runs"): the
    place modifies the head, and the name after the head is the subject. None when the
    sentence opens otherwise or the name stands after the figure."""
    if len(entities) < 2 or entities[1].start > mention.start:
        return None
    first, second = entities[0], entities[1]
    if not re.fullmatch(r"\W*(?:[Tt]he\s+)?", sentence[: first.start]):
        return None
    if not _PLACE_THEN_HEAD.fullmatch(sentence, first.end, second.start):
        return None
    return second.name


# A quotation that opens the sentence and the attribution after it: '"We carried 6 million
# passengers," Acme Air said', '"Revenue rose to $4m," said a spokesperson for Acme'. The
# closing quote, then at most 120 characters of attribution to the sentence's end.
_QUOTE_THEN_ATTRIBUTION = re.compile(
    r"^\W{0,3}[\"“][^\"“”]{1,400}?[,.!?]?[\"”]\s+(?P<tail>[^\"“”]{1,120})$"
)
_ATTRIBUTION_VERB = re.compile(
    r"\b(?:said|says|told|added|admitted|confirmed|insisted|explained|wrote)\b"
)
_SPEAKER_ROLES = "|".join(
    re.escape(r) for r in sorted(_words("person_roles.txt"), key=len, reverse=True)
)
# A role after the name's possessive ("Acme's chief executive") or before "of/for/at" and
# the name ("a spokesperson for Acme"): the speaker speaks for that organisation
_ROLE_AFTER_NAME = re.compile(rf"['’]s?\s+(?:{_SPEAKER_ROLES})\b", re.IGNORECASE)
_ROLE_BEFORE_NAME = re.compile(
    rf"\b(?:{_SPEAKER_ROLES})\s+(?:of|for|at)\s+(?:the\s+)?$", re.IGNORECASE
)


def _quoted_speaker(
    sentence: str, entities: Sequence[Entity], mention: Mention
) -> str | None:
    """The organisation a quotation that names no one speaks for, when the figure is in the
    quotation: '"We carried 6 million passengers in 2024," Acme Air said' is Acme Air's,
    as '"Revenue rose to $4m," said a spokesperson for Acme' is Acme's. The speaker is a
    name with a role (``data/person_roles.txt``: "Acme's chief executive", "the founder of
    Acme"), or a name right before or after the verb whose words include a business word
    (``data/business_words.txt``), so a person quoted by name ("said Jo Park") names no
    one: whose "we" that is the sentence does not say."""
    quoted = _QUOTE_THEN_ATTRIBUTION.match(sentence)
    if quoted is None or not (quoted.start("tail") > mention.end):
        return None
    tail = quoted.start("tail")
    if any(e.start < tail for e in entities):
        return None  # the quotation names someone: its own rules read it
    verb = _ATTRIBUTION_VERB.search(sentence, tail)
    if verb is None:
        return None
    for entity in entities:
        if _ROLE_AFTER_NAME.match(sentence, entity.end) or _ROLE_BEFORE_NAME.search(
            sentence, max(0, entity.start - 60), entity.start
        ):
            return entity.name
        between = (
            sentence[entity.end : verb.start()]
            if entity.end <= verb.start()
            else sentence[verb.end() : entity.start]
        )
        words = {w.casefold() for w in entity.name.split()}
        if between.strip() == "" and words & BUSINESS_WORDS:
            return entity.name
    return None


# A relative clause on a possessed description ("its buyer, which employs around 9,800
# people", "their parent, who owns 40 hotels"): the figure in it is that other party's,
# never the sentence subject's, and the description names no one the rules can read.
_POSSESSED_RELATIVE = re.compile(
    r"\b(?:its|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+(?:which|who)\s+"
    r"[^,;:()]{0,80}$",
    re.IGNORECASE,
)


# "Its heart-failure treatment Zantrel brought in ...", "Their flagship brand Ostra
# sold ...": a possessive and a lower-case description name what the sentence is about,
# the name after them, as "the streaming service Vibe" does
_POSSESSIVE_NAMED = re.compile(r"\W*(?:Its|Their)\s+(?:[a-z][\w-]*\s+){1,3}")


# A short verb phrase between a sentence's opening description and its rank: "came in",
# "was ranked", "finished" (at most four words, no punctuation)
_DESCRIBED_ITEM_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,4}")


def _described_item(
    sentence: str, mention: Mention, subject: str | None, previous: str | None = None
) -> str | None:
    """ "The club came in fifth on this year's X Index": a description opening the sentence
    ("the club", "the chain", "it") holds the rank on the board, and is what it refers back
    to (``subject``, resolved from the sentences before). None when a name or punctuation
    stands between the description and the rank. A place or school holds it too: "The
    country, ranked 34th in the X Index, ...", "The X Index placed the city 14th"
    (``data/ranked_kinds.txt``); it refers back to ``previous``, the subject of the
    sentences before (this sentence's names are the index's)."""
    opening = _PRONOUN_START.match(sentence)
    if (
        subject is not None
        and opening is not None
        and opening.end() <= mention.start
        and (
            _DESCRIBED_ITEM_GAP.fullmatch(sentence, opening.end(), mention.start) is not None
            # "The operator, which came fifth among ...": a relative clause of ranking
            or _RANKED_ASIDE_GAP.fullmatch(sentence, opening.end(), mention.start) is not None
        )
    ):
        return subject
    if previous is None:
        return None
    opening = _RANKED_KIND_START.match(sentence)
    if opening is not None and opening.end() <= mention.start and (
        _DESCRIBED_ITEM_GAP.fullmatch(sentence, opening.end(), mention.start)
        or _RANKED_ASIDE_GAP.fullmatch(sentence, opening.end(), mention.start)
    ):
        return previous  # "The country, ranked 34th in ...": an aside of the description
    if _PLACED_KIND.search(sentence, max(0, mention.start - 60), mention.start):
        return previous
    return None


# A ranking of one segment of what a board ranks: "ranked fourth among suppliers to the
# storage market in X's 2024 ranking of that segment", "fourth among makers in the truck
# segment of X's table"
_SEGMENT_RANKED = re.compile(
    r"\bamong\s+(?:[a-z][\w-]*\s+){0,2}?(?:suppliers|makers|providers|vendors|players|"
    r"producers|sellers|brands)\s+(?:to|in|of|for)\s+(?:the\s+)?"
    r"(?P<segment>(?:[a-z][\w-]*\s+){0,3}?(?:market|segment|sector|category))\b"
)


_LEADING_YEAR = re.compile(r"^(?:19|20)\d\d\s+(?=\S)")


def _board_named(board: str) -> str:
    """A board's name without the edition's year before it: "2025 Halvorsen Global MBA" is
    the Halvorsen Global MBA board, its 2025 edition the rank's period."""
    return _LEADING_YEAR.sub("", board)


def _board_of_segment(sentence: str, board: str, mention: Mention) -> str:
    """The board of a rank its sentence gives within one segment ("among suppliers to the
    stationary storage market", "the third-highest UK school on the list"): the board and
    the segment, so that an owner's overall table and its table of one segment stay two
    boards. The board alone otherwise."""
    found = _SEGMENT_RANKED.search(sentence)
    if found:
        return f"{board} ({found.group('segment')})"
    group = group_ranked_within(sentence, mention.end)
    return f"{board} ({group})" if group else board


# An edition named by its year at the sentence's start: "In the 2024 edition, X topped the
# table and Y came ninth", "In this year's 2025 rankings, ..."
_OPENING_EDITION = re.compile(
    r"\W*(?:In|On)\s+(?:the|this\s+year's|last\s+year's)\s+$", re.IGNORECASE
)
_EDITION_AFTER_YEAR = re.compile(
    r"\s+(?:edition|rankings?|list|table|index|league\s+table|survey|chart)\b", re.IGNORECASE
)


def _opening_edition(sentence: str, dates: Sequence[Mention]) -> Period | None:
    """The edition an opening "In the 2024 edition," names: every rank of the sentence is
    on it, however many other figures stand between ("In the 2024 edition, Acme topped the
    table for the third year running, and Globex came ninth"). None otherwise."""
    for date in dates:
        value = date.value
        if (
            isinstance(value, DateValue)
            and value.granularity is Granularity.YEAR
            and _OPENING_EDITION.fullmatch(sentence, 0, date.start)
            and _EDITION_AFTER_YEAR.match(sentence, date.end)
        ):
            return Period(value, "in")
    return None


def group_ranked_within(sentence: str, end: int) -> str | None:
    """The group a rank that ends at ``end`` is given within, when a superlative joined to
    it and a restricting word say so ("the third-highest UK school on the list": "UK
    school"), else None: such a rank is on no whole board."""
    found = _GROUP_AFTER_ORDINAL.match(sentence, end)
    if found is None:
        return None
    group = found.group("group")
    if not (group[0].isupper() or group.lower() in DEMONYMS):
        return None
    return f"{group} {found.group('noun')}"


# A superlative joined to the ordinal, then a restricting word and a noun: "the
# third-highest UK school on the list", "the second-largest German carrier" rank within
# that group
_GROUP_AFTER_ORDINAL = re.compile(
    r"-(?:highest|best|largest|biggest|ranked|placed|rated|top)\s+(?:-?ranked\s+|placed\s+)?"
    r"(?P<group>[A-Za-z][\w-]*)\s+(?P<noun>[a-z]+)"
)


# The capitalised noun that closes a board's name ("the Acme Freight Index", "the Hooli
# Rankings"): a name ending in one is the list, never an item it ranks
_BOARD_NAME_END = re.compile(
    r"\s(?:Index|Indices|Rankings?|Table|List|Leaderboard|Charts?|Survey|Standings|Poll|"
    r"Scorecard|Tracker)$"
)


def _names_a_board(name: str) -> bool:
    """True for a name that is a list's own ("the Acme Freight Index"), read as a rank's
    item only because it stands before the rank."""
    return _BOARD_NAME_END.search(name) is not None


# ", finishing third in the 2026 edition": a participle of ranking after a comma, whose
# subject is the sentence's
_PARTICIPLE_RANK = re.compile(
    r",\s+(?:finishing|placing|ranking|coming(?:\s+in)?|landing|sitting)\s+(?:at\s+)?"
    r"(?:No\.\s*)?$"
)


def _participle_holder(sentence: str, mention: Mention, subject: str | None) -> str | None:
    """ "Globex has broken into the top tier of the X Index, finishing third in the 2026
    edition": the rank of a participle clause is held by the sentence's subject (never a
    list's own name). The search is bounded to 30 characters before the rank."""
    if subject is None or _names_a_board(subject):
        return None
    found = _PARTICIPLE_RANK.search(sentence, max(0, mention.start - 30), mention.start)
    return subject if found else None


_RANKED_KINDS = "|".join(sorted(_words("ranked_kinds.txt"), key=len, reverse=True))
# "The city came in ...", "The country, ranked ...": a thing a list ranks, opening a sentence
_RANKED_KIND_START = re.compile(r"^\W*[Tt]he\s+(?:" + _RANKED_KINDS + r")\b(?!\s+[A-Z])")
# ", ranked 34th": the aside of a participle of ranking right after the opening description
_RANKED_ASIDE_GAP = re.compile(
    r",\s+(?:rank(?:ed)?|plac(?:ed)|listed|rated)\s+(?:at\s+|in\s+)?(?:No\.\s*)?"
    # "The port, which moved to sixth place in ...", "The city, which has climbed to 12th"
    r"|,\s+(?:which|that)\s+(?:has\s+|had\s+|now\s+)?(?:moved|rose|climbed|fell|slipped|"
    r"dropped|jumped|came|finished|ranks|ranked|sits|sat|placed)\s+(?:up\s+|down\s+|in\s+)?"
    r"(?:to\s+|at\s+)?(?:No\.\s*)?"
)
# "placed the city 14th", "ranks the school fourth": a description as the object of a verb
# of placing, right before the rank
_PLACED_KIND = re.compile(
    r"\b(?:placed|places|put|puts|ranked|ranks|rated|rates)\s+the\s+(?:"
    + _RANKED_KINDS + "|" + _DESCRIPTION_HEAD + r")\s+(?:at\s+)?(?:No\.\s*)?$"
)


# "its Vibe streaming service had", after the sentence's start or a reported "said ...
# that": the possessive, a name, then a kind noun naming what the name is
_POSSESSIVE_BEFORE_NAME = re.compile(r"(?:^\W*|\bthat\s+)(?:[Ii]ts|[Tt]heir)\s+$")
_KIND_AFTER_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?" + _DESCRIPTION_HEAD + r"\s+(?=[a-z])")


def _possessed_kind_named(
    sentence: str, entities: Sequence[Entity], mention: Mention
) -> str | None:
    """ "The media group said its Vibe streaming service had 9 million subscribers": a
    possessive, a name and a kind noun (``_DESCRIPTION_HEAD``) as the clause's subject make
    the named product or unit the subject of the figure, not the owner "its" refers to
    (whose figure it would otherwise be). A verb must follow the kind noun, and no comma
    may stand between it and the figure."""
    for entity in entities:
        if entity.end > mention.start:
            break
        if not _POSSESSIVE_BEFORE_NAME.search(sentence, max(0, entity.start - 30), entity.start):
            continue
        kind = _KIND_AFTER_NAME.match(sentence, entity.end, mention.start)
        if (
            kind is not None
            and _PREDICATE_AFTER.match(sentence, kind.end() - 1)
            and "," not in sentence[kind.end() : mention.start]
        ):
            return entity.name
    return None


def _possessive_named(sentence: str, entities: Sequence[Entity]) -> Entity | None:
    """The name a possessive description opening the sentence leads to, when a verb (not
    a possessive or a reporting verb: "Its chief executive Jo Park said") follows it."""
    if not entities:
        return None
    first = entities[0]
    if not _POSSESSIVE_NAMED.fullmatch(sentence, 0, first.start):
        return None
    if _REPORTED.match(sentence, first.end) or not _PREDICATE_AFTER.match(sentence, first.end):
        return None
    if re.match(r"['’]s\b", sentence[first.end :]):
        return None
    return first


# A preposition right before a name makes it an object, not a subject: "spot rates on the
# Shanghai route", "founded in a boatshed outside Bergen", "founded by Jo Park". "of", "in"
# and "at" are left out: "shares of Acme", "revenue at Acme" are about Acme.
_PREPOSITION_BEFORE = re.compile(
    r"(?:^|\s)(?:on|onto|outside|inside|near|across|from|to|into|via|through|between|toward|"
    r"towards|around|within|beyond|throughout|after|before|during|among|against|by|with|"
    r"for|under|over|off|behind|than|versus|vs\.?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _after_preposition(sentence: str, entity: Entity, *, strict: bool = False) -> bool:
    """True when a preposition governs the name, unless it opens the sentence ("For Acme
    Corp, the agreement brings ...": an opening adjunct that names the subject). ``strict``
    counts "in", "at" and "of" too ("its plant in Drammen"): for a name taken only because
    it is the one name of the clause."""
    start = entity.start
    joined = _JOINED_BEFORE.search(sentence, max(0, start - 40), start)
    if joined is not None:
        start = joined.start()  # "on the Shanghai–Rotterdam route": both names are the route's
    found = _PREPOSITION_BEFORE.search(sentence, max(0, start - 16), start)
    if found is None and strict:
        found = _OF_IN_AT_BEFORE.search(sentence, max(0, start - 10), start)
    return found is not None and bool(sentence[: found.start()].strip(" \"'“‘*-•"))


_JOINED_BEFORE = re.compile(r"[A-Z][\w.&']*(?:\s[A-Z][\w.&']*)*[–/-]$")
_OF_IN_AT_BEFORE = re.compile(r"(?:^|\s)(?:in|at|of)\s+(?:the\s+)?$", re.IGNORECASE)


# A possessive after a name: "'s ", or a bare apostrophe after a final "s" ("Acme Foods' ")
_POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])\s")


def _possessed(sentence: str, entities: Sequence[Entity], entity: Entity) -> Entity:
    """ "Orrin's Tallow Creek mine produced ...": the thing named after a possessive is
    what the clause is about, not its owner. A plural's possessive has no "s" ("Acme
    Foods' dairy arm, Globex Dairy, employs ...")."""
    possessive = _POSSESSIVE_END.match(sentence, entity.end)
    if possessive is not None:
        after = possessive.end()
        for other in entities:
            # after a bare apostrophe, a name at once is a place as often ("Acme Foods' UK
            # arm"): only a name an appositive or a relation noun gives is taken then
            if other.start == after and possessive.group()[1:2] == "s":
                return other
        named = _possessive_appositive(sentence, entities, after)
        if named is not None:
            return named
        related = _RELATION_THEN_NAME.match(sentence, after, entity.end + 60)
        if related is not None:
            for other in entities:
                if other.start == related.end():
                    return other
    return entity


# A noun for another company related to the owner, then that company's name: "Acme's
# rival Hovera Logistics has closed ...", "Acme's former parent Globex": the clause is
# about the company named, never the owner. (A person's role before a name, "Acme's chief
# executive Jo Park", is not here: a person is no subject.)
_RELATION_THEN_NAME = re.compile(
    r"(?:[a-z][\w-]*\s+){0,2}(?:rivals?|competitors?|peers?|parent|subsidiary|"
    r"subsidiaries|units?|divisions?|arms?|services?|labels?|partners?|customers?|clients?|"
    r"suppliers?|backers?|investors?|owners?|acquirer|buyer|spin-?off|affiliates?|"
    r"sister\s+company)\s+"
)


# A relative clause on a party that a possessive relates to the subject, unnamed: "its
# buyer, which employs around 9,800 people", "their parent, which earned $2bn". The clause
# is about that party, not about the name the possessive stands for.
_RELATED_PARTY_CLAUSE = re.compile(
    r"\b(?:its|their)\s+(?:[a-z][\w-]*\s+){0,2}(?:rivals?|competitors?|peers?|parent|"
    r"subsidiary|units?|divisions?|partners?|customers?|clients?|suppliers?|backers?|"
    r"investors?|owners?|acquirer|buyer|bidder|suitor|affiliates?),\s+(?:which|who)\s"
    r"(?:[^,;:()]|,(?=\d)){0,100}$"
)


# A possessive, up to four words and a noun for a part of a company or one of its products
# (``data/part_nouns.txt``), then up to four lower-case words to the figure: "Acme Air's
# new Leeds-Bergen route has carried 21,000", "its busiest route carried 310,000"
_OWNED_PART = re.compile(
    r"(?:['’]s?|\bits|\btheir)\s+(?:[A-Za-z][\w-]*\s+){0,4}?(?:"
    + "|".join(sorted(_words("part_nouns.txt"), key=len, reverse=True))
    + r")\s+(?:[a-z]+\s+){1,4}(?:(?:about|around|roughly|nearly|almost|some|more\s+than|"
    r"just\s+(?:over|under))\s+)?[$€£]?$"
)


# A part described by what it has, the figure among it: "a unit with sales of around
# €180 million", "a division with revenue of $2bn", "a business with 400 staff", "open a
# studio in Lyon, France, with about 150 staff" (a place may come between)
_PART_WITH = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(_words("part_nouns.txt") | {"business", "businesses"}, key=len, reverse=True))
    + r")(?:\s+in\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,2})?"
    # "opened a London office this month with 18 staff": a time between
    r"(?:\s+(?:this|last|next)\s+(?:week|month|year|quarter|spring|summer|autumn|fall|winter))?,?"
    r"\s+with\s+(?:[a-z][\w-]*\s+){0,4}?(?:(?:about|around|roughly|nearly|almost|some|"
    r"more\s+than|just\s+(?:over|under))\s+)?[$€£]?$",
    re.IGNORECASE,
)


# A part noun and "of" before its owner: "the cloud division of", "the consumer unit of"
_PART_OF_OWNER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?:"
    + "|".join(sorted(_words("part_nouns.txt"), key=len, reverse=True))
    + r")\s+(?:of|at)\s+"
)


def _part_of_owner(sentence: str, mention: Mention, start: int, subject: str) -> bool:
    """Is the figure's clause about a part written with "of" before its owner, the
    subject ("The cloud division of Acme grew revenue to $560 million", "Revenue at the
    consumer unit of Acme fell to")? Then, as with "Acme's cloud division", the figure is
    the part's. The owner's name must follow "of" at once, and no comma or semicolon stand
    between it and the figure."""
    for found in _PART_OF_OWNER.finditer(sentence, start, mention.start):
        if sentence.startswith(subject, found.end()):
            between = sentence[found.end() + len(subject) : mention.start]
            return not any(mark in between for mark in ",;:")
    return False


def _on_owned_part(sentence: str, mention: Mention, left_edge: int, subject: str) -> bool:
    """Is the figure the verb's object in a clause whose subject is an unnamed part of
    ``subject`` ("Acme Air's busiest route carried 310,000 passengers", "its busiest route
    carried")? Then it is the part's, and the company's own figure (all its routes) is
    another thing. A part of another owner leaves the subject as it is."""
    start = max(left_edge, mention.start - 90)
    if _part_of_owner(sentence, mention, start, subject):
        return True  # "The cloud division of Acme grew revenue to": the division's
    if _PART_WITH.search(sentence, start, mention.start):
        return True  # "Acme must sell X's Polish business, a unit with sales of €180m"
    found = _OWNED_PART.search(sentence, start, mention.start)
    if found is None or subject in found.group():
        return False  # none, or a part named ("its Streamly streaming service had"): that name's
    owner = sentence[max(0, found.start() - len(subject)) : found.start()]
    return found.group().startswith(("its", "their")) or owner == subject


# A statistic of a class of things, not one subject's figure: "the median beauty Series A
# this year is $9.5 million", "the average transfer fee was", "a typical round"
_OF_A_CLASS = re.compile(
    r"\b(?:median|average|mean|typical)\s+(?:[A-Za-z][\w-]*\s+){0,8}?"
    r"(?:is|was|were|are|stood\s+at|came\s+to|of|at|around|about)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))\s+)?[$€£]?$",
    re.IGNORECASE,
)


# One unit of a brand as a class: "The average Acme generated $1.8 million in sales" (an
# average restaurant of the chain), "a typical Globex store"
_AVERAGE_OF_A_BRAND = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:average|typical|median)\s+(?=[A-Z])")


# The most or least a rule allows, a sum of no one's: "the maximum civil penalty for a
# related series of violations is currently about $17.1 million", "a minimum fee of"
_LIMIT_OF_A_CLASS = re.compile(
    r"\b(?:maximum|minimum|statutory)\s+(?:[A-Za-z][\w-]*\s+){0,10}?"
    r"(?:is|was|were|are|stands\s+at|stood\s+at|of)\s+(?:(?:currently|now|still)\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))\s+)?[$€£]?$",
    re.IGNORECASE,
)


def _of_a_class(sentence: str, mention: Mention, left_edge: int) -> bool:
    """Is the figure a median, average or typical value of a class of things ("the median
    beauty Series A so far this year is $9.5 million", "the average Acme took in $1.8
    million": one unit of the brand), or the most or least a rule allows such a sum to be
    ("the maximum civil penalty ... is about $17.1 million")? It then
    measures no subject's attribute, whatever company the passage is about. (A maximum of
    a quantity, "the plant's maximum capacity is 300 MW", is the plant's own.)"""
    start = max(left_edge, mention.start - 100)
    if _AVERAGE_OF_A_BRAND.search(sentence, start, mention.start):
        return True
    return _OF_A_CLASS.search(sentence, start, mention.start) is not None or (
        mention.kind is Kind.MONEY
        and _LIMIT_OF_A_CLASS.search(sentence, start, mention.start) is not None
    )


def _on_related_party(sentence: str, mention: Mention) -> bool:
    """Is the figure in a relative clause on a related party the sentence does not name
    ("..., it is a fraction of the size of its buyer, which employs around 9,800 people")?
    Such a figure is the party's, and whose it is stays unsaid."""
    return bool(_RELATED_PARTY_CLAUSE.search(sentence, max(0, mention.start - 160), mention.start))


# A lower-case description after a possessive, then the name it describes set off by
# commas ("Ireland's largest cement producer, Vandelay Cement, was fined ..."): the name
# is what the clause is about, not the owner (a place, mostly)
_DESCRIPTION_THEN_NAME = re.compile(
    # a place in it may be capitalised ("Acme's closest North American rival, Globex, ..."),
    # its head noun is not
    r"(?:[A-Za-z][\w-]*\s+){0,4}[a-z][\w-]*,\s+"
    # the name's own description may come first: "Acme's second-largest product, the
    # kidney drug Zantrel, had sales of ..."
    r"(?:(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,3})?"
)


def _possessive_appositive(
    sentence: str, entities: Sequence[Entity], start: int
) -> Entity | None:
    """The name set off by commas after the description that starts at ``start`` (after a
    possessive), when a comma closes it too: "Ireland's largest cement producer, Vandelay
    Cement, has been fined": Vandelay Cement. "Acme's best-selling drug, the
    antibody Zantrel, had 2024 sales of": Zantrel. Else None."""
    found = _DESCRIPTION_THEN_NAME.match(sentence, start, start + 80)
    if found is None:
        return None
    for other in entities:
        if other.start == found.end() and sentence[other.end : other.end + 1] == ",":
            return other
    return None


# Where a clause with its own subject starts: after a semicolon, or a conjunction that
# opens a new clause (", and Globex flies ...", ", while Globex raised ...").
_OWN_CLAUSE = re.compile(
    r";\s*|,\s*(?:and|but|while|whereas|although|though)\s+|\b(?:whereas|although)\s+",
    re.IGNORECASE,
)
# A participial aside after a name ("Globex, founded in 1998, flies ..."): like a relative
# clause, its words are about the name before it.
_PARTICIPIAL_ASIDE = re.compile(
    r",\s*(?:founded|established|incorporated|based|headquartered|created|formed|owned|"
    r"listed|launched|started|valued|now|once|formerly)\b[^,;:()]*,",
    re.IGNORECASE,
)


# A description set off by a comma after a name, and a relative clause on it ("Globex, the
# Dublin rival whose $80 million round closed in March"): the clause is about the name,
# up to the next comma or semicolon.
_DESCRIBED_RELATIVE = re.compile(
    r",\s+(?:the|a|an|its|their)\s+[^,;:()]{1,60}?\s(?:whose|which|who)\b(?:[^,;:()]|,(?=\d))*"
)


# The same with a participle for the relative clause ("supplied by Vandelay, the producer
# hit with a $31 million penalty in June"): the participle's phrase is about the name the
# description follows, up to the next comma or semicolon.
_DESCRIBED_PARTICIPLE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+"
    r"(?:hit|[a-z]{2,}ed|given|handed|ordered|told)\s+(?:with|by|to|for|a|an)\b"
    r"(?:[^,;:()]|,(?=\d)){0,120}"
)


@lru_cache(maxsize=16)
def _described_relatives(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``_DESCRIBED_RELATIVE`` and ``_DESCRIBED_PARTICIPLE`` in the sentence
    (computed once a sentence), in order."""
    found = [m.span() for m in _DESCRIBED_RELATIVE.finditer(sentence)]
    found += [m.span() for m in _DESCRIBED_PARTICIPLE.finditer(sentence)]
    return tuple(sorted(found))


# A relative clause that closes the sentence, with no comma to end it ("... its rival,
# Globex Bank, which last week reported revenue of $1.2 billion."): ``_ASIDE`` wants a closing
# comma, so this one is the name's all the same. Bounded: one comma-free stretch each.
_CLOSING_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,;:()]{0,300}$")


def _closing_relative(sentence: str) -> tuple[tuple[int, int], ...]:
    """The span of a relative clause on a name that runs to the sentence's end, if any:
    the figures in it are the name's, not the sentence subject's."""
    found = _CLOSING_RELATIVE.search(sentence.rstrip())
    return (found.span(),) if found else ()


def _clause_subject(sentence: str, entities: Sequence[Entity], mention: Mention) -> str | None:
    """The subject of the figure's own part of the sentence, when it has one: the name an
    aside describes ("Merovan, which agreed to pay $460 million, ...": Merovan; "Merovan,
    the Leeds rival whose $80 million round ...": Merovan), or the first name of the clause
    after a semicolon or a coordinating conjunction ("Acme flies 180 aircraft; Globex,
    founded in 1998, flies 52": Globex's 52). None when the figure is in the sentence's
    first clause, or its clause opens with a pronoun."""
    for start, end in (*_all_asides(sentence), *_closing_relative(sentence)):
        if start <= mention.start < end:
            head = [e for e in entities if e.end <= start and not sentence[e.end : start].strip()]
            if head:
                return _possessed(sentence, entities, head[-1]).name
            break
    for start, end in _described_relatives(sentence):
        if start >= mention.start:
            break
        if end < mention.end:
            continue
        head = [e for e in entities if e.end == start]
        if head:
            return _possessed(sentence, entities, head[-1]).name
    opener = None
    for match in _OWN_CLAUSE.finditer(sentence, 0, mention.start):
        opener = match
    if opener is None:
        return None
    if _PRONOUN_START.match(sentence[opener.end() :]):
        return None  # "...; it also flies 20 helicopters": the sentence's subject
    asides = _all_asides(sentence)
    for entity in entities:
        if entity.start < opener.end() or any(a <= entity.start < b for a, b in asides):
            continue
        if entity.end > mention.start:
            break
        if _after_preposition(sentence, entity):
            continue
        if _REPORTED.match(sentence, entity.end):
            return None  # ", and Initech said the deal ...": the speaker is no subject
        if opener.group().startswith(";") or _PREDICATE_AFTER.match(
            sentence, next((b for a, b in asides if a == entity.end), entity.end)
        ):
            return _possessed(sentence, entities, entity).name
        return None  # "with Globex, Initech, and Acme, contributing ...": a list
    return None


# What follows the subject of a clause: a possessive or a verb (any lower-case word that
# is not a function word), after an aside if there is one.
_PREDICATE_AFTER = re.compile(
    r"['’]s\b|\s+(?!(?:of|and|or|in|on|at|to|for|with|by|from|as|the|a|an)\b)[a-z]+\b"
)


@lru_cache(maxsize=16)
def _all_asides(sentence: str) -> tuple[tuple[int, int], ...]:
    """Relative and participial asides of the sentence, in order."""
    found = list(_asides(sentence)) + [m.span() for m in _PARTICIPIAL_ASIDE.finditer(sentence)]
    return tuple(sorted(found))


_REPORTED = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:said|says|told\s+\w+|added|noted|explained|"
    # a source's estimate or figures: "Research firm X estimates that Acme held 22%", "X
    # figures show, Acme took 29%"
    r"estimates|estimated|estimate|reckons|calculates|show|shows|showed|suggest|suggests)"
    r"(?:,\s+|\s+(?:that\s+)?)"
)


# An opening prepositional phrase ("According to X,", "Unlike X,", "At Build 2026,"): the
# subject is the first name after it, when there is one before the figure.
_OPENING_ADJUNCT = re.compile(
    r"^\W*(?:according to|per|data from|citing|in|at|for|by|after|before|during|under|with|"
    r"unlike|like|as|since|following|despite|amid|among|across|on|from)\b[^,;:]{0,80},\s",
    re.IGNORECASE,
)


# An opening participle phrase up to its comma ("Founded in 2006 by former guide Jo Park,",
# "Set up by two engineers in Leeds,", "Backed by Globex,"): the names in it are the
# founder, backer or place, and the sentence's subject is the first name after its comma.
_OPENING_PARTICIPLE = re.compile(
    r"^\W*(?:founded|co-founded|established|set\s+up|started|created|formed|launched|"
    r"incorporated|built|backed|owned|headquartered|based|spun\s+out|spun\s+off)\s"
    r"[^,;:]{0,120},\s",
    re.IGNORECASE,
)


def sentence_subject(sentence: str, entities: Sequence[Entity], previous: str | None) -> str | None:
    """What later sentences' pronouns refer to: this sentence's first name, or its own
    pronoun's referent. A fragment ("Labs"), an adjective of place ("14 European
    countries") or a hyphenated adjective ("the Frankfurt-listed steelmaker") is not what
    "it" refers to; a name described by an appositive ("Acme, the Leeds-based app, ...")
    is."""
    sentence, entities = without_dateline(sentence, entities)
    entities = usable_entities(sentence, entities)
    described = _described(sentence, entities)
    if described is not None:
        return described.name
    if _PRONOUN_START.match(sentence) or _PLACE_DESCRIPTION.match(sentence):
        return previous
    opening = _OPENING_PARTICIPLE.match(sentence)
    if opening is not None:  # "Founded in 2006 by Jo Park, Acme ...": Acme, not its founder
        entities = [e for e in entities if e.start >= opening.end()] or list(entities)
    first = entities[0] if entities else None
    if first is not None and _SOURCE_AGENT.search(sentence, max(0, first.start - 40), first.start):
        # "Analysts polled by Castleview Data had expected ...": who polled is no subject
        # that a later sentence goes on about; the next name is, or the previous subject
        rest = [e for e in entities[1:] if not _after_preposition(sentence, e)]
        return rest[0].name if rest else previous
    return entities[0].name if entities else previous


# A description opening a sentence ("The studio's annual results ...", "The insurer said"),
# and one in an opening adjunct right before a pronoun ("By the insurer's own count, it held
# ..."): the pronoun is the description's.
_OPENING_DESCRIPTION = re.compile(r"^\W*[Tt]he\s+(?P<head>" + _DESCRIPTION_HEAD + r")\b")
_ADJUNCT_DESCRIPTION = re.compile(
    r"^\W*[A-Z][^,;:.]{0,40}?\b[Tt]he\s+(?P<head>" + _DESCRIPTION_HEAD + r")(?:['’]s)?\b"
    r"[^,;:.]{0,30},\s+(?i:it|its|they|their)\b"
)


def described_referent(
    sentence: str, described: Mapping[str, str], previous: str | None
) -> str | None:
    """What the sentence's pronoun refers to when an opening adjunct names a description
    before it ("By the insurer's own count, it held 8%"): the subject that description
    last stood for in the document (see ``remember_description``), not the previous
    sentence's subject, which may be a film or a product; else ``previous``."""
    found = _ADJUNCT_DESCRIPTION.match(sentence)
    if found is not None:
        return described.get(found.group("head").lower(), previous)
    return previous


def remember_description(sentence: str, subject: str | None, described: dict[str, str]) -> None:
    """Note what a description opening the sentence ("The studio's annual results ...")
    stood for, for ``described_referent``."""
    found = _OPENING_DESCRIPTION.match(sentence)
    if found is not None and subject is not None:
        described[found.group("head").lower()] = subject


# The maker of a poll or a survey, named after "by" ("analysts polled by X", "a survey
# conducted by X", "data compiled by X"): a source, never what the sentence is about
_SOURCE_AGENT = re.compile(
    r"\b(?:polled|surveyed|compiled|conducted|published|gathered|collected|tracked)\s+by\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def refers_back(
    sentence: str, rules: Mapping[str, tuple[AttributeRule, ...]] | None = None
) -> bool:
    """Does the sentence go on about the previous one's subject? It opens with a pronoun
    or a description ("It", "The steelmaker"), or with a figure's attribute ("Revenue in
    the quarter rose ..."). Only through such sentences does a subject carry on to the
    next: "Globex Steel (KSTL). The Frankfurt-listed steelmaker posted ... It produced
    12.3 million tonnes" is Globex Steel's, while a sentence of its own ends the chain."""
    sentence = without_dateline(sentence, ())[0]
    if _PRONOUN_START.match(sentence) or _PLACE_DESCRIPTION.match(sentence):
        return True
    opening = _ATTRIBUTE_MODIFIERS.match(sentence)
    # the cue after the modifiers ("Adjusted revenue"), or one that holds a modifier's
    # word ("Net income was $96 million": "net income" is a cue, "income" is none)
    lead = _LEADING_NON_WORD.match(sentence)
    starts = {opening.end() if opening else 0, lead.end() if lead else 0}
    tables = rules if rules is not None else default_attribute_rules()
    cues = _opening_cue_rules(tables)
    union, lower, _ = _cue_scanners(cues)  # one match of all the rules, not one each
    for start in starts:
        rest = sentence[start:]
        if lower is not None and rest.isascii():
            found = lower.match(rest.lower()) is not None
        elif union is not None:
            found = union.match(rest) is not None
        else:
            found = any(rule.pattern.match(rest) for rule in cues)
        if found:
            return True
    return False


_OPENING_CUES: dict[int, tuple[Mapping[str, Any], tuple[AttributeRule, ...]]] = {}


def _opening_cue_rules(
    tables: Mapping[str, tuple[AttributeRule, ...]],
) -> tuple[AttributeRule, ...]:
    """The non-weak money and quantity rules that ``refers_back`` tries at the start of a
    sentence, listed once per table (by identity, the entry holding the table), so that
    ``_cue_scanners`` finds their union by the identity of the same tuple every time."""
    entry = _OPENING_CUES.get(id(tables))
    if entry is not None and entry[0] is tables:
        return entry[1]
    cues = tuple(
        rule for kind in ("money", "quantity") for rule in tables.get(kind, ()) if not rule.weak
    )
    if len(_OPENING_CUES) >= 64:
        _OPENING_CUES.clear()
    _OPENING_CUES[id(tables)] = (tables, cues)
    return cues


# "Acme, the London-based food-delivery app, has raised ...": a name that opens the
# sentence, then a description set off by commas; the name is the subject, and the
# description ("the ... app") is no pronoun that refers back.
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+[^,;:()]{1,160}?,\s")  # long: "whose ... in X"


def _described(sentence: str, entities: Sequence[Entity]) -> Entity | None:
    """The name opening the sentence when an appositive describes it, else None."""
    if not entities or re.search(r"\w", sentence[: entities[0].start]):
        return None
    first = entities[0]
    return first if _APPOSITIVE.match(sentence, first.end) else None


# The plain first word of a sentence that the name finder drops when it is not known as a
# name ("Northgate" of "Northgate Insurance expects ..."), leaving a fragment after it.
_DROPPED_FIRST_WORD = re.compile(r"[\W_]*([A-Z][a-z]+)[ ]")


# A lower-case description of a company between a capitalised first word and the name it
# describes ("Container shipping group Calder Line", "Cement producer Vandelay"): up to three
# words, the last a noun for a kind of company
_COMPANY_DESCRIPTION = re.compile(
    r"[ ](?:[a-z][a-z-]*[ ]){0,3}(?:group|company|firm|operator|producer|carrier|line|"
    r"chain|lender|insurer|retailer|startup|start-up|[a-z]*maker|[a-z]*builder)[ ]"
)


def _opening_description_word(sentence: str, entity: Entity, entities: Sequence[Entity]) -> bool:
    """Is ``entity`` the capitalised first word of a description that opens the sentence
    and leads to the name it describes ("Container shipping group Calder Line posted
    ...")? Then it is a common noun written with a capital only because it comes first,
    and the subject is the name after the description, not that word."""
    if " " in entity.name or sentence[: entity.start].strip(" \"'“‘*-•"):
        return False
    found = _COMPANY_DESCRIPTION.match(sentence, entity.end, entity.end + 60)
    return found is not None and any(other.start == found.end() for other in entities)


@lru_cache(maxsize=16)
def _usable(sentence: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    kept: list[Entity] = []
    for entity in entities:
        if _opening_description_word(sentence, entity, entities):
            continue  # "Container" of "Container shipping group Calder Line posted ..."
        if is_fragment(entity.name):
            # "Insurance" left of "Northgate Insurance" opening a sentence: the whole name
            dropped = _DROPPED_FIRST_WORD.fullmatch(sentence, 0, entity.start)
            if dropped is not None and dropped.group(1).casefold() not in NOT_NAMES:
                start = dropped.start(1)
                kept.append(Entity(start, entity.end, sentence[start : entity.end]))
            continue
        if is_demonym(entity.name) or is_modifier(entity.name):
            continue  # "European" of "14 European countries", "London-based"
        entity = _without_leading_modifier(sentence, entity)
        if (
            kept
            and ABBREVIATION.fullmatch(sentence, entity.start, entity.end)
            and re.fullmatch(r"\s*\(", sentence[kept[-1].end : entity.start])
            and sentence[entity.end : entity.end + 1] == ")"
        ):
            continue  # "Northgate Insurance (NGI)": the same company, not another
        kept.append(entity)
    return tuple(kept)


# A hyphenated adjective the name finder joined to the name it modifies ("Minneapolis-based
# Globex Cardio", "Frankfurt-listed Globex Steel"): the adjective, up to its lower-case
# last part, then a capitalised name.
_LEADING_MODIFIER = re.compile(
    r"(?:[A-Z][\w.&'’]*[ ])*[A-Z][\w.&'’]*(?:-[A-Za-z0-9]+)*-[a-z]+[ ]+(?=[A-Z])"
)


def _without_leading_modifier(sentence: str, entity: Entity) -> Entity:
    """The name without a hyphenated adjective before it: "Minneapolis-based Globex
    Cardio" is Globex Cardio, the name the corpus writes without it elsewhere."""
    found = _LEADING_MODIFIER.match(sentence, entity.start, entity.end)
    if found is None:
        return entity
    return Entity(found.end(), entity.end, sentence[found.end() : entity.end])


def usable_entities(sentence: str, entities: Sequence[Entity]) -> Sequence[Entity]:
    """The names of a sentence that can be subjects: a fragment left of a longer name
    opening the sentence ("Insurance" of "Northgate Insurance") is made whole again, or
    dropped when no capitalised word is before it ("Labs"); adjectives of place
    ("European"), hyphenated adjectives ("London-based", "Fourth-quarter") and an
    abbreviation in parentheses after a name ("Globex Steel (KSTL)") are dropped."""
    return _usable(sentence, tuple(entities))


def _owner(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    sentence_subject: str | None,
    left_edge: int,
) -> str | None:
    """One subject: a possessive or modifier next to the figure, else the first name of the
    figure's own clause when a contrasting clause opens it (", while Globex ..."), else the
    sentence subject."""
    for entity in entities:
        gap = sentence[entity.end : mention.start]
        if entity.end <= mention.start and re.fullmatch(
            r"['’]s\s+(?:\w+\s+){0,2}(?:of\s+)?", gap  # "Initech's trailing sales of $290m"
        ):
            return entity.name
        if (
            entity.end <= mention.start
            and not gap.strip()
            and _PENALISED.search(sentence, max(0, entity.start - 80), entity.start)
        ):
            return entity.name  # "the Commission fined (app maker) Merovan €120m": Merovan's
    for entity in entities:
        gap = sentence[mention.end : entity.start]
        if entity.start >= mention.end and re.fullmatch(r"\s+", gap):
            if mention.kind is Kind.COUNT:
                break  # "1.9 million TEU", "400,000 Serac chips": what is counted, no owner
            return entity.name  # "$30B Globex commitment"
    openers = [m.end() for m in _CLAUSE_OPENER.finditer(sentence, 0, mention.start)]
    if openers:  # "Acme raised $40 million, while Globex raised $32 million": Globex's
        named = [e for e in entities if openers[-1] <= e.start and e.end <= mention.start]
        if named:
            return named[0].name
    if sentence_subject is not None:
        return sentence_subject
    before = [e for e in entities if left_edge <= e.start and e.end <= mention.start]
    if len(before) == 1 and (
        not _after_preposition(sentence, before[0], strict=True)
        or _opens_clause(sentence, before[0])
    ):
        # the clause's one name, unless a place ("its plant in X"); a conjunction opens a
        # clause it is the subject of ("six weeks after Acme posted revenue of")
        return before[0].name
    return None


def _opens_clause(sentence: str, entity: Entity) -> bool:
    """Is the name the subject of a clause a conjunction opens ("six weeks after Acme
    posted revenue of", "since Globex reported")?"""
    return bool(
        _CLAUSE_AFTER_CONJUNCTION.search(sentence, max(0, entity.start - 8), entity.start)
        and _FINITE_AFTER_NAME.match(sentence, entity.end)
    )


# A conjunction before a name that opens a clause, and the clause's verb right after the
# name: "six weeks after Acme posted revenue of", "since Globex reported"
_CLAUSE_AFTER_CONJUNCTION = re.compile(r"\b(?:after|before|since|until|once|when|as)\s+$")
_FINITE_AFTER_NAME = re.compile(
    r"\s+(?:posted|posts|reported|reports|recorded|records|booked|books|announced|said|"
    r"raised|raises|paid|pays|agreed|generated|earned|made|sold|delivered|won)\b"
)


# Between a results cue and the name it is of: "sales of its heart-failure drug Zantrel",
# "revenue from Acme's flagship game Orbit", "sales of Orbit": "of"/"from", a possessive
# or "the", and a lower-case description (bounded: at most four words)
_OF_NAMED = re.compile(
    r"\s+(?:of|from)\s+(?:(?:its|their|the|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?)\s+)?"
    # the description's words, no preposition: "sales of its consoles in Europe" are not
    # Europe's
    r"(?:(?!(?:in|at|to|for|from|by|with|on|across|outside|inside|of|and|or|via|through)\b)"
    r"(?-i:[a-z][\w-]*)\s+){0,4}?$"
)
# Between the name and its figure: a verb phrase in lower case, no punctuation ("rose to",
# "climbed to a record", "reached")
_NAMED_THEN_VERB = re.compile(r"\s+(?:(?-i:[a-z][\w-]*)\s+){1,4}")


def _sales_of_named(
    sentence: str, mention: Mention, entities: Sequence[Entity], rule: AttributeRule,
    left_edge: int,
) -> str | None:
    """The product or company a results figure is of when the cue names it: "Acme said
    sales of its heart drug Zantrel rose to $1.8 billion" is Zantrel's, as "Zantrel brought
    in $1.5 billion for Acme" is: a product's sales are one subject however the sentence
    names the product and its owner. None unless the cue, "of"/"from", the name and a verb
    phrase lead to the figure."""
    for cue in rule.pattern.finditer(sentence, left_edge, mention.start):
        for entity in entities:
            if entity.start <= cue.end() or entity.end > mention.start:
                continue
            if entity.start - cue.end() > 80:
                break
            if (
                _OF_NAMED.fullmatch(sentence, cue.end(), entity.start)
                and _PREDICATE_AFTER.match(sentence, entity.end)
                and not sentence.startswith("'", entity.end)
                and _NAMED_THEN_VERB.fullmatch(sentence, entity.end, mention.start)
            ):
                return entity.name
    return None


def _penalising_verbs() -> re.Pattern[str]:
    """The verbs of ``data/penalising_verbs.txt`` with the word each puts between the
    party and the penalty, as one pattern: the verb before the party (a description of it
    in lower case may stand between), the word after it as a named group per form."""
    text = resources.files("factcheck.data").joinpath("penalising_verbs.txt").read_text("utf-8")
    lines = [w.split() for w in text.splitlines() if w.strip() and w[0] != "#"]
    with_word = sorted({v[0] for v in lines if len(v) > 1 and v[1] == "with"})
    bare = sorted({v[0] for v in lines if len(v) == 1})
    return re.compile(
        r"\b(?:(?P<with>" + "|".join(with_word) + r")|(?P<bare>" + "|".join(bare) + r"))\s+"
        r"(?:(?:the|its|their|rival|fellow)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}?$",
        re.IGNORECASE,
    )


_PENALISING = _penalising_verbs()
# between the party and the figure: "with a record", "a", "with an"; at most two words
_PENALTY_WITH = re.compile(r"\s+with\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,2}?$")
_PENALTY_BARE = re.compile(r"\s+(?:an?\s+|the\s+)(?:[a-z][\w-]*\s+){0,2}?$")
# after the figure: "a £6.5m fine on Acme", "a €30m penalty against the lender Acme"
_PENALTY_ON = re.compile(
    # "a £6.5m fine on Acme", "the £5.9m penalty handed to Acme" (never "paid to": the payee)
    r"\s+(?:[a-z][\w-]*\s+){1,3}?(?:on|against|(?<=handed\s)to|(?<=issued\s)to|"
    r"(?<=given\s)to)\s+(?:(?:the|its|their)\s+)?"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,3}?$"
    # "The $6.8 million penalty that the Standards Commission handed Acme", "the £14.2
    # million penalty the Commission levied against Acme": a relative clause on the penalty
    # whose subject is the regulator, then its verb and the party
    r"|\s+(?:[a-z][\w-]*\s+){1,2}?(?:(?:that|which)\s+)?(?:the\s+)?(?:[\w.&'’-]+\s+){1,6}?"
    r"(?:(?:has|had|have)\s+)?(?:levied|imposed|handed|issued|gave|slapped)\s+"
    r"(?:(?:on|against|to)\s+)?(?:(?:the|its|their)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}?$"
)
# "the $41 million settlement Acme reached with the department", "the $3m fine Acme paid":
# the name that reaches the settlement or pays the fine, right after the penalty noun
_PENALTY_THEN_PARTY = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:settlement|penalty|fine|payment)\s+(?:that\s+)?(?:the\s+)?$"
)
_PARTY_SETTLES = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:(?:agreed|is|was)\s+(?:to\s+)?)?"
    r"(?:reached|agreed|struck|signed|paid|accepted|reach|pay|accept)\b"
)


# "ordered Acme to pay a $1.8 million fine": the party ordered is the one that pays
_ORDERED_BEFORE = re.compile(r"\b(?:ordered|orders|ordering|told|required|requires)\s+$")
_TO_PAY_THEN = re.compile(
    r"\s+to\s+pay\s+(?:(?:a|an|the)\s+)?(?:(?:total|combined|fine|penalty)\s+of\s+)?"
    + _APPROX_OR_FLOOR
)


def _fined_party(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """Who pays a fine, however the sentence writes it: "The regulator has hit Acme with a
    £6.5m penalty" and "handed Acme a £2m fine" (a verb of ``data/penalising_verbs.txt``
    with the party as its object), "imposed a £6.5m fine on Acme", "the £5.9m penalty
    handed to Acme", and "ordered Acme to pay a $1.8 million fine". The regulator that
    opens such a sentence is never the fined party.
    None when no such form is there."""
    for entity in entities:
        if (
            entity.end <= mention.start
            and _ORDERED_BEFORE.search(sentence, max(0, entity.start - 24), entity.start)
            and _TO_PAY_THEN.fullmatch(sentence, entity.end, mention.start)
        ):
            return entity.name  # "The board ordered Acme to pay a $1.8 million fine"
        if entity.end <= mention.start and mention.start - entity.end <= 40:
            verb = _PENALISING.search(sentence, max(0, entity.start - 60), entity.start)
            if verb is None:
                continue
            between = _PENALTY_WITH if verb.group("with") else _PENALTY_BARE
            if between.fullmatch(sentence, entity.end, mention.start):
                return entity.name
        elif entity.start >= mention.end and (
            (
                entity.start - mention.end <= 90
                and _PENALTY_ON.fullmatch(sentence, mention.end, entity.start)
            )
            or (
                _PENALTY_THEN_PARTY.fullmatch(sentence, mention.end, entity.start)
                and _PARTY_SETTLES.match(sentence, entity.end)
            )
        ):
            return entity.name
    return None


_OBJECT_END = re.compile(
    r"\b(?:from|to|for|in|at|by|with|after|before|on|who|which|that|was|is|were|are|has|"
    r"had|will|would|remains?|drew|draws)\b|[,;:()]"
    # a full stop, but not an abbreviation's ("Acme Holdings Inc. for $412 million")
    r"|\.(?!\s+[a-z])"
    # "and", except inside a description before the name: "to buy German brake and steering
    # specialist Globex Components" (common nouns, then a name; "X and its unit Y" ends)
    r"|\band\b(?!\s+(?!(?:its|the|a|an|their|his|her|other|rival|another)\b)[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,3}\s+[A-Z])"
)


# An event participle made an adjective by an adverb before its hyphen ("a long-established
# brand", "the newly-listed group", "a well-founded fear"): it describes, and dates nothing.
# Masked letter for letter, so offsets hold; "co-founded" stays an event.
_ADJECTIVE_EVENT = re.compile(
    r"\b(?:long|well|once|newly|recently|firmly|already|only|[a-z]+ly)-[a-z]+", re.IGNORECASE
)


# A date right after a verb of telling dates the telling ("X's takeover of Y, announced on
# March 11"), never the event told: the takeover is completed on another day.
_ANNOUNCED_ON = re.compile(
    r"\b(?:announc|unveil|disclos|reveal|confirm)\w*\s+(?:on\s+|in\s+|at\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _masked(match: re.Match[str]) -> str:
    return "x" * len(match.group())


def _event(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    clause: tuple[int, int],
    previous: str | None = None,
) -> tuple[str | None, str | None]:
    """A date is the date of a one-time event when an event cue is near it: "Globex was
    founded in 1998" is (Globex, "date founded"); "Acme bought Globex in 2020" is
    (Globex, "date acquired"). Anything else is just a date, compared with nothing.

    Whose event it is: the name before "was <cue>" (none there: nobody's, or the previous
    sentence's subject after "It was" or "The company was"), the name an aside describes
    ("Globex, founded in 1998, ..."), the name after an opening participle ("Founded in
    2019, Globex ..."), else the first name that is not the object of a preposition ("in a
    boatshed outside Bergen", "by Jo Park" name places and founders, not the company)."""
    if _ANNOUNCED_ON.search(sentence, max(0, mention.start - 30), mention.start):
        return None, None  # "its takeover of X, announced on March 11": the announcement's day
    built = _year_built(sentence, mention, entities)
    if built is not None and any(r.name == "opened" for r in rules):
        return built, "date opened"  # "their 1994-built Elm Park ground"
    aside = next((a for a in _asides(sentence) if a[0] <= mention.start < a[1]), None)
    if aside is not None:
        # "X, which raised $1.2 billion in May, released Y on Sept. 24": a date inside a
        # relative clause dates that clause's event only, never the main verb's
        clause = (max(clause[0], aside[0]), min(clause[1], aside[1]))
    rule = _find_cue(sentence, mention, rules, *clause, verb_first=True)
    if rule is not None and _ADJECTIVE_EVENT.search(sentence):
        # "a long-established brand": no event; looked again only when a cue was found
        masked = _ADJECTIVE_EVENT.sub(_masked, sentence)
        rule = _find_cue(masked, mention, rules, *clause, verb_first=True)
    if rule is None:
        return None, None
    if rule.name in _SITE_EVENTS:
        site = _event_site(sentence, mention, entities, rule, clause)
        return (site, f"date {rule.name}") if site else (None, None)
    if rule.name in _PLACE_EVENTS:
        place = _opened_place(sentence, mention, entities, rule, previous)
        return (place, f"date {rule.name}") if place else (None, None)
    subject: str | None
    if rule.object_subject:
        subject = _intransitive_event(sentence, mention, entities, rule, previous)
        if subject is None:
            subject = _acquired(sentence, mention, entities, rule, None)
            subject = _described_by_modifier(sentence, mention, entities, subject)
        if subject is None:
            subject = _passive_subject(sentence, mention, entities, rule, previous)[1]
        if subject is None:
            subject = _aside_head(sentence, mention, entities, rule)
        if subject is None and _participle_on_description(sentence, mention, rule):
            subject = previous  # "Launched in 2011, the app ...": the app before
    elif _year_compound_description(sentence, mention):
        subject = previous  # "The 1991-founded hotel chain, which ...": the chain before
    elif _participle_on_description(sentence, mention, rule):
        subject = previous  # "Founded in 2014, the company ...": the company before
    else:
        passive, subject = _passive_subject(sentence, mention, entities, rule, previous)
        if not passive and _in_aside(sentence, mention):
            # "The company, which was set up in 1974 by Jo and Al Reyes, ...": the founders
            # named in the aside are agents; the description it follows is the subject
            subject = _described_event_subject(sentence, mention, previous)
        if not passive and subject is None and entities:
            subject = _event_subject(sentence, mention, entities, rule)
        if not passive and subject is None:
            subject = _described_event_subject(sentence, mention, previous)
    return (subject, f"date {rule.name}") if subject else (None, None)


# A plan word, then at most five words (no past form among them: "plans to expand after
# Globex opened on" is Globex's opening) up to the date: "will reopen to the public on",
# "is due to start trading on", "its doors open again on" (``data/plan_words.txt``)
_PLAN_BEFORE_DATE = re.compile(
    # "threw open its doors on": "open" there completes a past verb
    r"\b(?<!threw\s)(?<!thrown\s)(?<!flung\s)(?:"
    + "|".join(
        r"\s+".join(map(re.escape, w.split()))
        for w in sorted(_words("plan_words.txt"), key=len, reverse=True)
    )
    + r")(?:\s+(?![\w'’]*ed\b)[\w'’]+){0,5}?\s+$",  # no past verb between: "opened"
    re.IGNORECASE,
)


def _planned_event(sentence: str, mention: Mention, clause: tuple[int, int]) -> bool:
    """Is the event a date dates a plan ("will reopen on 14 June", "is due to open on", "its
    doors open again on")? A plan and the day the event happened are two facts (a plan
    slips), so a planned date gets an attribute of its own and meets only other plans. Only
    the words of the date's own clause, right before it, are looked at."""
    start = max(clause[0], mention.start - 70)
    return _PLAN_BEFORE_DATE.search(sentence, start, mention.start) is not None


# A name used as a modifier in a description: "the <League> club", "the <Town> company"
_MODIFIED_KIND = re.compile(r"\s+(?:" + KIND_HEADS + r")\b", re.IGNORECASE)
_THE_JUST_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_COMPETITION_WORDS = frozenset(w.casefold() for w in _words("competition_words.txt"))
# A word opening a clause of its own: "X are under new ownership after a consortium ..."
_NEW_CLAUSE_WORD = re.compile(r"\b(?:after|when|once|since|because|as)\s", re.IGNORECASE)


def _described_by_modifier(
    sentence: str, mention: Mention, entities: Sequence[Entity], subject: str | None
) -> str | None:
    """What was bought when the name after the cue only modifies a description ("completed
    its takeover of the Wexley League club on 3 July"): the league names the club, it is not
    the club (a competition's name, ``data/competition_words.txt``; "the Globex group" is
    Globex). The club is the sentence's first name when no preposition governs it and the
    takeover is told in a clause of its own after it ("Acme are under new ownership after a
    consortium completed its takeover of the Wexley League club"), so that first name is
    not the buyer; none such, no subject. Any other name is kept as found."""
    named = next((e for e in entities if e.name == subject and e.end <= mention.start), None)
    if named is None or not _MODIFIED_KIND.match(sentence, named.end):
        return subject
    if named.name.split()[-1].casefold() not in _COMPETITION_WORDS:
        return subject  # "bought the Globex group": Globex is the group
    if not _THE_JUST_BEFORE.search(sentence, max(0, named.start - 6), named.start):
        return subject
    first = next((e for e in entities if e.end <= named.start), None)
    if first is None or first is named or _after_preposition(sentence, first):
        return None
    if not _NEW_CLAUSE_WORD.search(sentence, first.end, named.start):
        return None  # "Acme completed its takeover of the X club": Acme is the buyer
    return first.name


# The day a purchase was completed is kept apart from the plain "bought X in 1998": a
# company changes hands more than once, and a completion is told with its day ("the deal
# went through on 26 June") where an earlier purchase is told with its year.
_COMPLETED_PURCHASE = "date acquired (completed)"
# "completed its takeover of", "closed the purchase of": a completion verb on a deal noun
_COMPLETING_CUE = re.compile(
    r"\b(?:completed|closed|finali[sz]ed)\s+(?:its|the|their|his|her)\s+"
    r"(?:takeover|acquisition|purchase|buyout|buy-out)\b",
    re.IGNORECASE,
)
_COMPLETION_VERB = _alternation("completion_verbs.txt")
# "the deal went through on", "its takeover of X closed on": a completion verb and "on/in"
# right before the date
_COMPLETED_BEFORE_DATE = re.compile(r"\s" + _COMPLETION_VERB + r"\s+(?:on|in)\s+$", re.I)
# "the deal", "the takeover", "its purchase" right before the completion verb, with an
# optional "for/of <name>" between ("the deal for Globex closed on")
_DEAL_NOUN_END = re.compile(r"\b(?:the|its|their)\s+(?P<noun>[\w-]+)\s*$", re.IGNORECASE)
# "X's new owners", "X's new parent": the name that changed hands
_NEW_OWNER_AFTER = re.compile(r"(?:['’]s|(?<=s)['’])\s+new\s+(?:owners?|parent)\b")


def _deal_completed(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    heads: Sequence[AttributeRule],
) -> str | None:
    """What was bought when the date follows a deal's completion ("Since the deal went
    through on 26 June, Globex's new owners have ...", "the takeover of Globex closed on 2
    July"; ``data/completion_verbs.txt``): the name after "for/of" the deal noun, else the
    one name the sentence gives new owners. The day a deal is done is the day of the
    purchase; with no such name the date is nobody's."""
    verb = _COMPLETED_BEFORE_DATE.search(sentence, max(0, mention.start - 40), mention.start)
    if verb is None:
        return None
    acquired = next((r for r in heads if r.name == "acquired"), None)
    before = sentence[max(0, verb.start() - 80) : verb.start() + 1]
    of_name = [
        e
        for e in entities
        if e.end <= verb.start() and not sentence[e.end : verb.start()].strip()
        and re.search(r"\b(?:for|of)\s+(?:the\s+)?$", sentence[max(0, e.start - 10) : e.start])
    ]
    if of_name:
        before = sentence[max(0, of_name[-1].start - 60) : of_name[-1].start]
        before = re.sub(r"\s+(?:for|of)\s+(?:the\s+)?$", " ", before)
    noun = _DEAL_NOUN_END.search(before.rstrip() + " ")
    if noun is None:
        return None
    word = noun.group("noun")
    if word.lower() != "deal" and (acquired is None or not acquired.pattern.fullmatch(word)):
        return None
    if of_name:
        return of_name[-1].name
    owned = {e.name for e in entities if _NEW_OWNER_AFTER.match(sentence, e.end)}
    return owned.pop() if len(owned) == 1 else None


# A verb of founding with its object, then the date: "He started Aurelia Air in 2009",
# "Jo Park founded Globex in 1998" (``data/founding_verbs.txt``). The object, not the
# founder before the verb, was founded; at most one article between verb and name.
_FOUNDING_VERB_BEFORE = re.compile(
    r"\b" + _alternation("founding_verbs.txt") + r"\s+(?:the\s+)?$", re.IGNORECASE
)
_IN_OR_ON_DATE = re.compile(r"\s+(?:in|on)\s+")


def _founded_object(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The name a date is the founding of when a verb of founding takes that name as its
    object and "in"/"on" the date right after it ("started Aurelia Air in 2009"): the
    subject is the object, where the cue rule would take the founder before the verb. The
    verb must stand right before the name and the date right after it, so "started
    production at Globex in 2009" or "set up Globex's lab in 2015" date nothing here."""
    for entity in entities:
        if entity.end > mention.start or mention.start - entity.end > 6:
            continue
        if not _IN_OR_ON_DATE.fullmatch(sentence, entity.end, mention.start):
            continue
        if _FOUNDING_VERB_BEFORE.search(sentence, max(0, entity.start - 30), entity.start):
            return entity.name
    founded = _FOUNDED_BY_RELATIVE.search(sentence, max(0, mention.start - 200), mention.start)
    if founded is not None:  # "Acme, the brewer that Jo Park set up in 1979": Acme's founding
        named = [e for e in entities if e.end == founded.start()]
        return named[0].name if named else None
    return None


# A name, an appositive, and an object relative clause whose verb of founding has the
# founders as its subject, up to the date: "Acme, the brewer that Jo Park and Al Reyes set
# up in a converted dairy in", "Globex, which two engineers founded in"
_FOUNDED_BY_RELATIVE = re.compile(
    r",\s+(?:(?:the|an?)\s+[^,;:()]{1,50}?\s+)?(?:that|which)\s+(?!(?:was|were|is|has|had)\b)"
    # the founders: words that are no verb of their own ("bought a plant Jo Park founded"
    # founds the plant)
    r"(?:(?!(?:[a-z]+ed|bought|sold|took|made|won|ran|built|paid|got|grew|became|began|left|"
    r"owns|runs|buys|sells|makes|has|have)\b)[\w'’.&-]+\s+){1,8}?"
    r"(?:founded|co-founded|set\s+up|started|established|created|formed)\b"
    r"[^,;:()]{0,60}?\b(?:in|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A year hyphened to "built" or "opened" before a name: "the 1994-built X ground", "its
# 2009-opened X terminal"
_YEAR_BUILT = re.compile(r"-(?:built|opened)\s+")


def _year_built(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The place a year hyphened to "built" or "opened" dates ("their 1994-built Millbeck
    Road ground"): the name right after the compound. A place opens when it is built, so
    the year is its opening's, compared at the year."""
    if not re.fullmatch(r"\d{4}", mention.text):
        return None
    compound = _YEAR_BUILT.match(sentence, mention.end)
    if compound is None:
        return None
    named = [e for e in entities if e.start == compound.end()]
    return named[0].name if named else None


# Events of the date table that happen to a place that opens its doors (a stadium, a
# museum, a line): only the verb's own subject is the place (see ``_opened_place``)
_PLACE_EVENTS = frozenset({"opened", "reopened"})
# "its doors open again", "since it opened": a pronoun for the place before the verb
_PLACE_PRONOUN = re.compile(r"\b(?:it|they|(?:its|their)\s+doors)\s+$", re.IGNORECASE)


def _opened_place(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rule: AttributeRule,
    previous: str | None,
) -> str | None:
    """The place an opening or reopening dates: the name an aside with the verb describes
    ("X, which opened in 2001, holds ..."), the name right before the verb ("X first opened
    its doors in 1923"), or what "it"/"its doors" refers to ("X finally has a date: its
    doors open again on 28 June"). Nothing else: "before the market opened on Tuesday" and
    "The second, opened in 2022, ..." are no place's opening, and a place is never its
    owner ("X's terminal opened in 1968" is the terminal's)."""
    near = max(0, mention.start - 80)
    cue = next(iter(rule.pattern.finditer(sentence, near, mention.start)), None)
    if cue is None:
        return None
    for start, end in _all_asides(sentence):
        # "X, which opened in 2001, ..." and "X, the city's newest venue, opened in 2011"
        after = end + (sentence[end : end + 1] == ",")  # the aside's closing comma
        if start <= cue.start() < end or _EVENT_NAME_GAP.fullmatch(sentence, after, cue.start()):
            # "X, which opened in 2001", "The Avonmouth roastery, which opened on 17 June"
            head = [
                e
                for e in entities
                if e.end <= start
                and (
                    not sentence[e.end : start].strip()
                    or _FACILITY_BEFORE_ASIDE.fullmatch(sentence, e.end, start)
                )
            ]
            return _place_of_possessor(sentence, head[-1], entities) if head else None
    opening = _OPENING_PLACE_PARTICIPLE.fullmatch(sentence, 0, cue.start())
    if opening is not None:
        # "Opened in 2003, the Marlow Arena seats ...": the name right after the comma
        comma = sentence.find(",", mention.end, mention.end + 3)
        named_after = [
            e for e in entities
            if comma >= 0 and _THE_AFTER_COMMA.fullmatch(sentence, comma, e.start)
        ]
        return _place_of_possessor(sentence, named_after[0], entities) if named_after else None
    appositive = [e for e in entities if re.fullmatch(r",\s*", sentence[e.end : cue.start()])]
    if appositive and sentence[mention.end : mention.end + 1] == ",":
        # "The Marlow Arena, opened in 2003, seats ...": an aside closed right after its date
        return _place_of_possessor(sentence, appositive[-1], entities)
    which = _WHICH_BEFORE_EVENT.search(sentence, max(0, cue.start() - 40), cue.start())
    if which is not None:
        # "... was on Terminal 3, which opened on 30 June after ...": a relative clause that
        # runs to the sentence's end has no closing comma to make it an aside
        head = [e for e in entities if e.end == which.start()]
        return _place_of_possessor(sentence, head[-1], entities) if head else None
    if _PLACE_PRONOUN.search(sentence, max(0, cue.start() - 14), cue.start()):
        free = [
            e
            for e in entities
            if cue.start() - 160 <= e.end <= cue.start()
            and not _after_preposition(sentence, e, strict=True)
        ]
        return _place_of_possessor(sentence, free[-1], entities) if free else previous
    named = [
        e
        for e in entities
        if e.end <= cue.start()
        and (
            _EVENT_NAME_GAP.fullmatch(sentence, e.end, cue.start())
            # "The Avonmouth roastery opened on 17 June": the name the facility is called by
            or (
                (noun := _FACILITY_AFTER_NAME.match(sentence, e.end)) is not None
                and _EVENT_NAME_GAP.fullmatch(sentence, noun.end(), cue.start())
            )
        )
    ]
    return _place_of_possessor(sentence, named[-1], entities) if named else None


# An organisation opening a facility it names by its place: "opened its £38 million
# roastery in Avonmouth on", "opened the new brewery at Leeds in" ("a store in Leeds" may
# be one of several: no event; the facility's kind from
# ``data/facility_kinds.txt``, then the place, then the date's preposition)
_OPENED_FACILITY_AT = re.compile(
    r"\bopened\s+(?:its|their|the)\s+(?:[^\s,;:()]+\s+){0,3}?(?:"
    + "|".join(re.escape(h) for h in sorted(FACILITY_KINDS, key=len, reverse=True))
    + r")\s+(?:in|at)\s+$",
    re.IGNORECASE,
)
_PLACE_TO_DATE = re.compile(r"\s+(?:in|on)\s+(?:[A-Z][a-z]+day,?\s+)?$")


def _facility_opened(
    sentence: str, mention: Mention, entities: Sequence[Entity]
) -> tuple[str, str] | None:
    """ "Acme opened its £38 million roastery in Avonmouth on Tuesday 6 May": the opening
    of the facility at that place, as "The Avonmouth roastery, which opened on 17 June" is
    (a company opens many facilities, each once). The place must follow the facility's
    kind at once and the date the place; None otherwise."""
    for entity in entities:
        if entity.end > mention.start or mention.start - entity.end > 20:
            continue
        if _PLACE_TO_DATE.fullmatch(sentence, entity.end, mention.start) and (
            _OPENED_FACILITY_AT.search(sentence, max(0, entity.start - 80), entity.start)
        ):
            return entity.name, "date opened"
    return None


# A facility's kind right after the name it is called by: "The Avonmouth roastery", "the
# Carrow Road store" (``data/facility_kinds.txt``)
_FACILITY_AFTER_NAME = re.compile(
    r"\s+(?:"
    + "|".join(re.escape(h) for h in sorted(FACILITY_KINDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_FACILITY_BEFORE_ASIDE = re.compile(_FACILITY_AFTER_NAME.pattern + r"\s*", re.IGNORECASE)


# A sentence opened by the event's cue ("Opened in 2003, the X ...", "Since opening in
# 2003, the X ..."), and the comma then "the" before the name after it
_OPENING_PLACE_PARTICIPLE = re.compile(r"\W*(?:(?:first|originally)\s+)?", re.IGNORECASE)
_THE_AFTER_COMMA = re.compile(r",\s*(?:the\s+)?", re.IGNORECASE)
# ", which" (and an adverb or auxiliary) right before a place's event verb: the clause is
# about the name right before the comma, whether or not a comma closes it
_WHICH_BEFORE_EVENT = re.compile(
    r",\s*which\s+(?:(?:has|had|was|first|finally|only|eventually|officially)\s+){0,2}$"
)


def _place_of_possessor(sentence: str, place: Entity, entities: Sequence[Entity]) -> str:
    """A place named after a possessive name is named with it: "Hooli's Museum of
    Design" is the "Hooli Museum of Design", as a town's or owner's name prefixes the
    names of its museums, stadiums and lines."""
    owner = next(
        (
            e
            for e in entities
            if e.end < place.start
            and re.fullmatch(r"['’]s?\s+", sentence[e.end : place.start])
        ),
        None,
    )
    return f"{owner.name} {place.name}" if owner is not None else place.name


# An event verb whose date follows it at once: "X went on sale on 14 May", "since it
# launched on 28 May" (the verb takes no object)
_INTRANSITIVE_EVENT = re.compile(r"\s+(?:in|on)\s+$")
# The words between the name that does the event and its verb: "X has", "X finally"
_EVENT_NAME_GAP = re.compile(
    r"\s+(?:(?:has|have|had|was|will|would|also|finally|first|only|now)\s+){0,2}"
)
# A pronoun right before the event verb: "since it launched"
# ("where it launched" is a launch in a place, not the launch)
_PRONOUN_BEFORE_EVENT = re.compile(r"(?<!where )\b(?:it|they)\s+$")


def _intransitive_event(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rule: AttributeRule,
    previous: str | None,
) -> str | None:
    """Whose event a verb that takes no object dates ("Cinderfall went on sale on 3 March",
    "Cinderfall launched on 3 March"): the name right before the verb, or, after "it", the
    sentence's subject ("X has sold 2 million copies since it launched on 17 March"). For
    events whose subject is otherwise their object ("Acme launched Cinderfall in 2011"):
    with the date right after the verb there is no object. None when the verb is not right
    before "in/on <date>"."""
    near = max(0, mention.start - 60)
    cue = next(
        (
            c
            for c in rule.pattern.finditer(sentence, near, mention.start)
            if _INTRANSITIVE_EVENT.fullmatch(sentence, c.end(), mention.start)
        ),
        None,
    )
    if cue is None:
        return None
    if _PRONOUN_BEFORE_EVENT.search(sentence, max(0, cue.start() - 6), cue.start()):
        # "Quarrytide's puzzle game Cinderfall has sold ... since it launched": the last
        # name before the pronoun that no preposition governs, else the sentence before's
        free = [
            e
            for e in entities
            if cue.start() - 160 <= e.end <= cue.start()
            and not _after_preposition(sentence, e, strict=True)
            and ";" not in sentence[e.end : cue.start()]
        ]
        return _title_with_of(sentence, free[-1], entities) if free else previous
    named = [  # "Tickets for the game against X go on sale": no name after a preposition
        e
        for e in entities
        if e.end <= cue.start()
        and _EVENT_NAME_GAP.fullmatch(sentence, e.end, cue.start())
        and (
            not _after_preposition(sentence, e, strict=True)
            or any(_OF_THE_GAP.fullmatch(sentence, t.end, e.start) for t in entities)
        )
    ]
    return _title_with_of(sentence, named[-1], entities) if named else None


# "Ashes of the Deep": two names joined by "of" or "of the" are one title
_OF_THE_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


def _title_with_of(sentence: str, name: Entity, entities: Sequence[Entity]) -> str:
    """The whole title a name is part of when the name finder split it at "of (the)": a
    game, film or book released ("Ashes of the Deep went on sale", "Ashes of the Deep has
    sold ... since it launched") is named the same whichever half is found first."""
    before = [e for e in entities if _OF_THE_GAP.fullmatch(sentence, e.end, name.start)]
    after = [e for e in entities if _OF_THE_GAP.fullmatch(sentence, name.end, e.start)]
    if before:
        return sentence[before[-1].start : name.end]
    if after:
        return sentence[name.start : after[0].end]
    return name.name


# Events of the date table ("subject: site") that happen once to a plant, not to its owner
_SITE_EVENTS = frozenset({"production started", "plant opened"})
# A name a preposition of place governs: "at Tarnby", "in Tarnby", "its plant in Tarnby"
_SITE_BEFORE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")


def _event_site(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rule: AttributeRule,
    clause: tuple[int, int],
) -> str | None:
    """The site of a plant's one-time event: the one place the figure's clause puts it in
    or at, before the figure ("its new plant in Tarnby began production on", "started
    production at Tarnby on"). A maker starts production at many plants, so without a site
    the date is nobody's; so it is when the clause names what is produced ("began
    production of the X"), a model's start, or two sites."""
    cue = rule.pattern.search(sentence, max(clause[0], mention.start - 120), mention.start)
    if cue is None or re.match(r"\s+of\b", sentence[cue.end() : cue.end() + 4]):
        return None
    sites = {
        e.name
        for e in entities
        if clause[0] <= e.start and e.end <= mention.start
        and _SITE_BEFORE.search(sentence, max(0, e.start - 8), e.start)
    }
    if not sites and rule.name == "plant opened":
        sites = _plant_named_by_site(sentence, mention, entities)
    return sites.pop() if len(sites) == 1 else None


def _in_aside(sentence: str, mention: Mention) -> bool:
    """Is the figure inside a relative or participial aside of the sentence?"""
    return any(start <= mention.start < end for start, end in _all_asides(sentence))


# A place name right before a plant noun: "Acme's Tarnby plant", "the Tarnby factory" (the
# words of a plant in ``data/facility_kinds.txt``)
_PLANT_NOUNS = sorted({"plant", *FACILITY_KINDS["plant"]}, key=len, reverse=True)
_PLANT_AFTER_SITE = re.compile(r"\s+(?:" + "|".join(_PLANT_NOUNS) + r")\b")


def _plant_named_by_site(
    sentence: str, mention: Mention, entities: Sequence[Entity]
) -> set[str]:
    """The sites the sentence names its plant by before the date ("have left Acme's Tarnby
    plant, less than a fortnight after the factory opened on"): the plant the opening
    refers back to is the one named there, so its site is the opening's. A maker's name
    before "'s" is no site."""
    return {
        e.name
        for e in entities
        if mention.start - 200 <= e.start and e.end <= mention.start
        and _PLANT_AFTER_SITE.match(sentence, e.end)
    }


def _described_event_subject(sentence: str, mention: Mention, previous: str | None) -> str | None:
    """Whose event a date in an opening phrase or an aside is, when the sentence's subject
    is a description, not a name: "Founded in 2014, the company now counts ..." and "The
    arthouse streamer, founded in 2011 by two critics, says ..." are the founding of what
    the description refers to (``previous``, resolved by ``factcheck.referents``), as
    "Founded in 2019, Globex ..." and "Globex, founded in 1998, ..." are Globex's."""
    if previous is None:
        return None
    opening = _PRONOUN_START.match(sentence) or _PLACE_DESCRIPTION.match(sentence)
    if opening is None or re.match(r"\W*(?i:it|its|they|their)\b", sentence):
        return None
    if mention.end <= opening.end():
        return previous  # the date is in the opening phrase before the description
    for start, end in _all_asides(sentence):
        if start <= mention.start < end and not sentence[opening.end() : start].strip():
            return previous  # the date is in an aside right after the description
    return None


_THE_BEFORE = re.compile(r"\W*[Tt]he\s+")


def _year_compound_description(sentence: str, mention: Mention) -> bool:
    """Is the year the first part of a compound adjective in a description that opens the
    sentence ("The 1991-founded hotel chain, which has ... rooms, said")? Such a
    description refers back to the previous sentence's subject, whose event the year
    dates; the names later in the sentence ("RevPAR") are not the one founded."""
    return (
        _THE_BEFORE.fullmatch(sentence, 0, mention.start) is not None
        and sentence[mention.end : mention.end + 1] == "-"
        and _PRONOUN_START.match(sentence) is not None
    )


# The start of an aside up to its first word: ", founded in 2011 by ..., "
_ASIDE_OPENS = re.compile(r",\s*")


def _participle_on_description(sentence: str, mention: Mention, rule: AttributeRule) -> bool:
    """Does the event's participle attach to a pronoun or a description that refers back?
    Either the sentence opens with the participle and its date, and the noun after the
    phrase's comma is one ("Founded in 2014, the company now ...", "Set up in 1987 by two
    brothers, it ..."), or it opens with a description the participle's aside describes
    ("The arthouse streamer, founded in 2011 by A and B, says ..."). Either way the event
    is that of the noun the participle attaches to, which is the previous sentence's
    subject; a name there is found by ``_event_subject``. So is a year compounded with the
    participle inside such a description after an opening adjunct ("In March, the
    1991-founded chain said ...")."""
    described = _PRONOUN_START.match(sentence)
    if (
        described is not None
        and mention.end < described.end()
        and sentence[mention.end : mention.end + 1] == "-"
        and rule.pattern.match(sentence, mention.end + 1)
    ):
        return True  # "In March, the 1991-founded chain": the year is the description's
    cue = rule.pattern.search(sentence, 0, mention.start)
    if cue is None or (rule.object_subject and not _NO_OBJECT.match(sentence, cue.end())):
        return False  # "Shipped 2m units in 2019, the app ...": the units' event
    opening = _WORD.search(sentence)
    if opening is not None and cue.start() == opening.start():
        comma = sentence.find(",", mention.end, mention.end + 160)  # bounded: past any agent
        return comma > 0 and _PRONOUN_START.match(sentence[comma + 1 : comma + 240]) is not None
    described = _PRONOUN_START.match(sentence)
    if described is None or "," in sentence[: described.end()]:
        return False  # an opening adjunct before the description: not this case
    return any(  # the aside opens with the participle: ", founded in 2011 by ..., "
        _ASIDE_OPENS.fullmatch(sentence, start, cue.start()) is not None
        and start <= mention.start < end
        and not sentence[described.end() : start].strip()
        for start, end in _all_asides(sentence)
    )


# What a date that modifies an event noun is preceded by: "its 2015 IPO", "the company's
# 2011 launch", "Acme's 2019 takeover of Globex", "the 1998 opening of ..."
_EVENT_OWNER = re.compile(
    r"(?:\b(?P<pronoun>its|their)|(?P<possessive>['’]s?)|\b(?P<the>the))\s+$", re.IGNORECASE
)


def _dated_event_noun(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    heads: Sequence[AttributeRule],
    previous: str | None,
    sentence_subject: str | None,
) -> tuple[str, str] | None:
    """A date that modifies a noun naming a one-time event is that event's date: "since
    its 2015 IPO" lists, "the company's 2011 launch" releases, "the 2019 takeover of
    Globex" acquires (``heads`` of the date table). Whose event: the name whose possessive
    comes before ("Acme's 2015 IPO"); after "its" the sentence's subject; after a
    description's possessive ("the company's") the previous sentence's; for a purchase,
    what is bought ("takeover of Globex"). None when nothing says whose."""
    rule = _head_rule(sentence, mention, heads, len(sentence))
    if rule is None:
        return None
    owner = _EVENT_OWNER.search(sentence, max(0, mention.start - 60), mention.start)
    if owner is None:
        return None
    subject: str | None = None
    if rule.object_subject:
        subject = _acquired(sentence, mention, entities, rule, None)
    if subject is None and owner.group("pronoun"):
        subject = sentence_subject or previous
    elif subject is None and owner.group("possessive"):
        named = [e for e in entities if e.end == owner.start()]
        if named:
            subject = named[-1].name
        elif _PRONOUN_START.match(sentence[: owner.start()] + " "):
            subject = previous  # "The company's 2011 launch": the company before
    return (subject, f"date {rule.name}") if subject else None


# An owned event noun right before its date, with at most a place between: "since its
# founding in Leeds in 1851", "Acme's listing on 3 May". Bounded: a head of up to three
# words, a place of up to four.
_OWNED_EVENT_BEFORE = re.compile(
    r"(?:\b(?P<pronoun>its|their)|(?P<possessive>['’]s?))\s+"
    r"(?P<head>[\w-]+(?:\s+[\w-]+){0,2}?)\s+"
    r"(?:(?:in|at|near)\s+(?:[A-Z][\w'’.-]*,?\s+){1,4})?(?:in|on)\s+$"
)


def _event_noun_before_date(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    heads: Sequence[AttributeRule],
    previous: str | None,
    sentence_subject: str | None,
) -> tuple[str | None, str] | None:
    """A date after an owned noun naming a one-time event is that event's date, as one
    before it is (``_dated_event_noun``): "since its founding in Leeds in 1851" founds,
    "Globex's listing on 3 May" lists. Whose: after "its" the sentence's subject (a
    description there, "the bank", is the previous sentence's); after a possessive the
    name before it; "its" with nothing to resolve it to keeps the event, with no subject.
    Events whose subject is what is bought or released are left out: the
    owner of "its launch in 2011" may be the maker, not the product."""
    if not heads:
        return None
    found = _OWNED_EVENT_BEFORE.search(sentence, max(0, mention.start - 90), mention.start)
    if found is None:
        return None
    rule = next(
        (r for r in heads if not r.object_subject and r.pattern.fullmatch(found.group("head"))),
        None,
    )
    if rule is None:
        return None
    if found.group("pronoun"):
        # unresolved, the event stays: the article's main subject may own it (pipeline)
        return sentence_subject or previous, f"date {rule.name}"
    named = [e for e in entities if e.end == found.start()]
    return (named[-1].name, f"date {rule.name}") if named else None


# The purchase of a stake, right before its date: "completed its purchase of a 90% stake in
# Globex on April 14", "finalised its acquisition of a 90% holding in the club on May
# 28", "bought a majority stake in Globex in 2019".
_STAKE_BOUGHT = re.compile(
    r"\b(?:(?:acquisition|purchase|takeover)\s+of|bought|acquired|purchased|took)\s+"
    r"(?:a|an|the|its|their)\s+(?P<size>\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s+per\s*cent|"
    r"majority|minority|controlling)\s+(?:stake|holding|interest|shareholding)\s+in\s+"
    r"(?P<what>(?:the\s+)?[\w.&'’-]+(?:\s+[A-Z][\w.&'’-]*)*)\s+"
    r"(?P<scope>(?:on|in)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# Words before a noun of purchase that make it news of a plan, not the purchase: "announced
# its acquisition of", "agreed the purchase of", "a proposed takeover of".
_PLANNED_BEFORE = re.compile(
    r"\b(?:announc\w*|agree\w*|propos\w*|plan\w*|approv\w*|bid\w*|offer\w*|seek\w*|"
    r"pursu\w*|consider\w*|talks)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _stake_bought(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    clause: tuple[int, int],
    previous: str | None,
) -> tuple[str | None, str | None]:
    """The day a stake was bought is an event of the company the stake is in, apart from
    the purchase of other stakes in it: (X, "date acquired (90% stake)"). "In the club"
    refers back to the previous sentence's subject, like "the company". A stake that was
    only announced or agreed ("announced its purchase of") is no purchase yet."""
    found = _STAKE_BOUGHT.search(sentence, max(clause[0], mention.start - 200), mention.start)
    if found is None or _PLANNED_BEFORE.search(sentence, max(0, found.start() - 40), found.start()):
        return None, None
    what_start = found.start("what")
    named = [e for e in entities if e.start == what_start]
    if named:
        subject: str | None = named[0].name
    elif _PRONOUN_START.match(found.group("what")):
        subject = previous  # "in the club"
    else:
        return None, None
    if subject is None:
        return None, None
    size = re.sub(r"\s+", " ", found.group("size").lower()).replace(" per cent", "%")
    return subject, f"date acquired ({size.replace(' %', '%')} stake)"


# What may follow an event verb that has no object: a preposition, an adverb of time, the
# date itself ("launched in 2011 as", "went live last year", "launched 2019").
_NO_OBJECT = re.compile(
    r"\s*(?:,|$|\d|\b(?:in|on|at|as|from|during|back|early|late|only|first|originally|"
    r"last|this|earlier|later|nearly|almost|some|about|around|more|over|after|before)\b)",
    re.IGNORECASE,
)


def _aside_head(
    sentence: str, mention: Mention, entities: Sequence[Entity], rule: AttributeRule
) -> str | None:
    """What an event with no object after its verb happened to, when the verb is in an
    aside: the name the aside describes. "Globex, which launched in 2011 as ...",
    "Globex, which went live in 2014," and "Vibe, which Acme launched in 2019," are all
    about the aside's name (``_acquired`` has found no object after the verb)."""
    cues = list(rule.pattern.finditer(sentence))
    if not cues:
        return None
    cue = min(cues, key=lambda m: abs(m.start() - mention.start))
    if not _NO_OBJECT.match(sentence, cue.end()):
        return None  # "Zephyr, which launched its first model in 2021,": the model's launch
    for start, end in _all_asides(sentence):
        if start <= cue.start() < end and start <= mention.start < end:
            head = [e for e in entities if e.end <= start and not sentence[e.end : start].strip()]
            return head[-1].name if head else None
    return None


# The day an offering was priced, which comes before the first day of trading
_PRICED_OFFERING = re.compile(
    r"\bpric(?:ed|es|ing)\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:initial\s+public\s+offering|IPO|offering|shares)\b|"
    r"\b(?:IPO|offering)\s+(?:was|is|were)\s+priced\b",
    re.IGNORECASE,
)
# "made its Nasdaq debut on Oct. 21": a debut on a named market, in a sentence about
# shares, is the day a company listed
_NAMED_DEBUT = re.compile(
    r"\b(?:its|their|a|the)\s+(?-i:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)\s+debut\b", re.IGNORECASE
)
_MARKET_WORDS = re.compile(
    r"\b(?:shares?|stock|IPO|initial public offering|offer price|trading|trades|listing|listed)\b",
    re.IGNORECASE,
)
# "Shares of Hooli Cloud closed ... on their first day of trading": the shares' company
_SHARES_OF = re.compile(r"\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+(?:the\s+)?$")


def _listing(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    clause: tuple[int, int],
    previous: str | None,
) -> tuple[str, str] | None:
    """The day a company listed when ``_event`` found no one whose it is: "Shares of Acme
    closed ... on their first day of trading on October 14" is Acme's; "The software
    company, which made its Nasdaq debut on Oct. 21, ..." is the previous sentence's
    subject, which the description refers to."""
    listed = [r for r in rules if r.name == "listed" and not r.object_subject]
    cue: tuple[int, int] | None = None
    window = sentence[max(clause[0], mention.start - 80) : mention.start]
    offset = max(clause[0], mention.start - 80)
    for rule in listed:
        for match in rule.pattern.finditer(window):
            cue = (offset + match.start(), offset + match.end())
    if cue is None and _MARKET_WORDS.search(sentence):
        for match in _NAMED_DEBUT.finditer(window):
            cue = (offset + match.start(), offset + match.end())
    if cue is None or len(_WORD.findall(sentence, cue[1], mention.start)) > 3:
        return None
    for entity in entities:
        if entity.end <= cue[0] and _SHARES_OF.search(sentence, 0, entity.start):
            return entity.name, "date listed"
    for start, end in _all_asides(sentence):
        if start <= cue[0] < end:
            head = sentence[:start]
            if previous is not None and _PRONOUN_START.match(head) and not any(
                e.end <= start for e in entities
            ):
                return previous, "date listed"  # "The software company, which made its ..."
            break
    return None


def _event_subject(
    sentence: str, mention: Mention, entities: Sequence[Entity], rule: AttributeRule
) -> str | None:
    """The subject of an event cue that is not in the passive (see ``_event``)."""
    cues = list(rule.pattern.finditer(sentence))
    if cues:
        cue = min(cues, key=lambda m: abs(m.start() - mention.start))
        for start, end in _all_asides(sentence):
            if start <= cue.start() < end:  # "Globex, founded in 1998, flies ..."
                head = [
                    e for e in entities if e.end <= start and not sentence[e.end : start].strip()
                ]
                return head[-1].name if head else None  # an aside about a name we lost
    described = _appositive_head(sentence, mention.start, entities)
    if described is not None:
        return described  # "Tillwise, the app two farmers set up in 2015, ...": Tillwise's
    opening = _WORD.match(sentence.lstrip())
    if opening is not None and rule.pattern.fullmatch(opening.group()):
        agent = _opening_agent(sentence, mention.end)  # "Founded in 2016 by A and B, X"
        after = [
            e for e in _after_opening_phrase(sentence, mention, entities) if e.start not in agent
        ]
        if after:
            return after[0].name  # "Founded in 2019, DataCo has ..."
    free = [e for e in entities if not _after_preposition(sentence, e, strict=True)]
    return free[0].name if free else None


# The agent of an opening participle, right after its date: "Founded in 2016 by Ana Lind
# and Tom Rek, two former bankers, Payco ...". Up to the clause's comma, bounded.
_AGENT = re.compile(r"\s+by\s[^,;]{1,120}")


def _opening_agent(sentence: str, at: int) -> range:
    """Offsets of the "by ..." phrase right after an opening participle's date: in "Founded
    in 2016 by Ana Lind and Tom Rek, Payco started ..." the founders are the agents, and the
    company founded is the name after them, so no name in this range is the subject."""
    agent = _AGENT.match(sentence, at)
    return range(agent.start(), agent.end()) if agent else range(0)


def _after_opening_phrase(
    sentence: str, mention: Mention, entities: Sequence[Entity]
) -> list[Entity]:
    """The names after the date of an opening participle ("Founded in 1982 as a guesthouse
    in Scarborough, Saltmarsh has grown ..."), those past the comma that closes the phrase
    first: a place inside the phrase says where the founding was, not who was founded."""
    after = [e for e in entities if e.start >= mention.end]
    comma = sentence.find(",", mention.end, mention.end + 120)
    if comma < 0:
        return after
    past = [e for e in after if e.start > comma]
    return past + [e for e in after if e.start < comma] if past else after


def _appositive_head(sentence: str, at: int, entities: Sequence[Entity]) -> str | None:
    """The name an appositive describes, when ``at`` (the event's date) is inside it: in
    "Pellam, the sensor maker two farmers set up in 2015, has raised ..." the founding is
    Pellam's, not the founders'."""
    for found in _APPOSITIVE.finditer(sentence, max(0, at - 100), min(len(sentence), at + 100)):
        if found.start() < at < found.end():
            head = [e for e in entities if e.end == found.start()]
            return head[-1].name if head else None
    return None


def _passive_subject(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rule: AttributeRule,
    previous: str | None = None,
) -> tuple[bool, str | None]:
    """ "Zephyr-2 was released in May": (True, the name before "was <cue>"); a pronoun or
    description there ("It was founded", "The company was founded") is the previous
    sentence's subject. (False, None) when no cue is in the passive."""
    for cue in rule.pattern.finditer(sentence):
        before = sentence[: cue.start()]
        if re.search(r"\b(?:was|were|is|are|been|be)\s+(?:\w+\s+)?$", before):
            named = [e for e in entities if e.end <= cue.start()]
            if named:
                return True, named[-1].name
            return True, previous if _PRONOUN_START.match(sentence) else None
    return False, None


# "from buyout firm Oaken Partners": a cue that describes a buyer or seller, not a purchase
_BUYER_NOUN = re.compile(
    r"\s+(?:firm|group|fund|house|shop|specialist|investor|manager|giant)s?\b", re.IGNORECASE
)
_PART_OF_NAME = re.compile(r"['’]s?\s+[a-z]")
_INTRANSITIVE = re.compile(r"^(?:joined|move|moved|transfer)$", re.IGNORECASE)


def _acquired(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rule: AttributeRule,
    sentence_subject: str | None,
) -> str | None:
    """What an acquisition price buys: the last name in the phrase after the cue nearest
    the figure ("agreed to acquire Globex Corp for", "the signing of forward Ana Rossi
    from", "a €75m move for Rossi"); for "joined", and a bare "move", the sentence's
    subject is what moved."""
    moved = _MOVED_TO_FOR.search(sentence, 0, mention.start)
    if moved is not None:
        # "Irish bowler Kieran Doyle went to the Riders for ...": the name right before the
        # verb (or before an aside before it, or the relative pronoun whose antecedent it
        # is: "all-rounder X, who went to the Riders for"); "Acme's chip unit was sold to
        # ..." names none
        for entity in reversed(entities):
            if entity.end <= moved.start() and re.fullmatch(
                r"\s*(?:,[^,;:()]*,\s*|,\s*(?:who|which)\s+)?", sentence[entity.end : moved.start()]
            ):
                return entity.name
        return None
    # cues of the figure's own clause: in "X paid $410m for Y in 2024, while Z bought W",
    # "bought" is W's
    left, right = _boundary_edges(sentence, mention)
    cues = [
        c
        for c in rule.pattern.finditer(sentence, left, right)
        if not _BUYER_NOUN.match(sentence, c.end())
    ]
    # a cue in an appositive after the figure names the deal, not what it buys ("... at
    # $1.35 billion, the insurer's largest purchase in a decade"): the verb's is the object
    verbs = [
        c for c in cues if c.start() < mention.start or "," not in sentence[mention.end : c.start()]
    ]
    cues = verbs or cues
    # a verb inside an appositive's relative clause that the figure is outside of tells of
    # that noun's own deal ("sold a stake to Globex, the group that bought Initech last
    # year, in a deal worth £64 million": not Initech's price)
    cues = [c for c in cues if not _in_relative_appositive(sentence, c.start(), mention)]
    if not cues:
        return None
    cue = min(cues, key=lambda m: min(abs(m.start() - mention.start), abs(m.end() - mention.end)))
    if cue.group().lower() == "joined":
        return sentence_subject  # "Lenz joined Castellon": the club is not what moved
    if _PASSIVE_BEFORE.search(sentence, max(0, cue.start() - 24), cue.start()) and re.match(
        r"\s+by\b", sentence[cue.end() : cue.end() + 4]
    ):
        # "Globex agreed to be taken over by Acme": what is bought is named before
        asides = _all_asides(sentence)
        named = [
            e
            for e in entities
            if e.end <= cue.start()
            and not _after_preposition(sentence, e)
            and not any(a <= e.start < b for a, b in asides)
        ]
        return named[-1].name if named else None
    tail_start = cue.end()
    tail = sentence[tail_start : tail_start + 80]
    lead = r"^\s+(?:(?:of|for)\s+)?" if _INTRANSITIVE.match(cue.group()) else r"^\s+(?:of\s+)?"
    tail = re.sub(lead, lambda m: " " * len(m.group()), tail)  # "move for Rossi", "sale of X"
    stop = _OBJECT_END.search(tail, 1)
    span_end = tail_start + (stop.start() if stop else len(tail))
    inside = [e for e in entities if tail_start <= e.start and e.end <= span_end]
    if inside:
        if _PART_OF_NAME.match(sentence, inside[-1].end, span_end):
            return None  # "to buy Globex's chip unit": a part of Globex, not Globex
        return inside[-1].name
    if _INTRANSITIVE.match(cue.group()):
        return sentence_subject
    return None


# An appositive holding a relative clause, set off by commas: ", the US group that bought
# Initech earlier this year,"
_RELATIVE_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an)\s+[^,;:()]{0,60}?\b(?:that|which|who)\b[^,;:()]{1,120},"
)


def _in_relative_appositive(sentence: str, at: int, mention: Mention) -> bool:
    """Is ``at`` inside an appositive's relative clause that ``mention`` is outside of?
    Searched within 200 characters before ``at``."""
    window = (max(0, at - 200), min(len(sentence), at + 200))
    for found in _RELATIVE_APPOSITIVE.finditer(sentence, *window):
        start, end = found.span()
        if start < at < end:
            return not start < mention.start < end
    return False


_BETWEEN_NAME = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_AND_NAME = re.compile(r"\s+and\s+(?:the\s+)?")


def _between_parties(sentence: str, entities: Sequence[Entity]) -> list[str]:
    """The two names of "between A and B" ("the agreement between Acme and Globex is worth
    $500 million"): a deal's parties, wherever the figure stands in the sentence. Empty
    unless both are names."""
    for first in entities:
        if not _BETWEEN_NAME.search(sentence, max(0, first.start - 14), first.start):
            continue
        joint = _AND_NAME.match(sentence, first.end)
        second = next((e for e in entities if joint and e.start == joint.end()), None)
        if second is not None:
            return [first.name, second.name]
    return []


def _relation(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    sentence_subject: str | None,
    left_edge: int,
    right_edge: int,
    previous_subject: str | None = None,
) -> str | None:
    """Two parties of a deal-like figure, in order of how directly they attach to it;
    None unless two distinct parties are found. "The deal" refers back to the deal of the
    previous sentence, so that sentence's subject is a party too (after this one's)."""
    candidates: list[str] = []
    window_start = max(left_edge, mention.start - 60)
    window_end = min(right_edge, mention.end + 80)
    for entity in entities:
        if entity.end <= mention.start and entity.end >= window_start:
            gap = sentence[entity.end : mention.start]
            # possessive, agent or indirect object right before the figure: "Acme's $1B",
            # "Initech invested $10B", "will pay Globex $150 million"; not the object of a
            # preposition ("markets outside Europe in a deal worth $1B")
            if (
                re.fullmatch(r"(?:['’]s|\s+\S+(?:\s+\S+){0,3})\s*", gap)
                and not re.search(r"[,;:(]", gap)
                and not _GAP_PREPOSITION.match(gap)
            ) or (not gap.strip() and _DITRANSITIVE.search(sentence, 0, entity.start)):
                candidates.append(entity.name)
        elif entity.start >= mention.end and entity.start <= window_end:
            gap = sentence[mention.end : entity.start]
            # a modifier ("$15B Globex deal") or an object ("deal with Globex")
            if not re.search(r"[,;:(]", gap) and (not gap.strip() or _PREP_OBJECT.search(gap)):
                candidates.append(entity.name)
    owners = []
    for entity in entities:
        before = sentence[max(0, entity.start - 60) : entity.start]
        if _RIGHTS_OF.search(before):
            owners.append(entity.name)  # "for the rights to X": after the buyer
        elif _RELATION_WITH.search(before) or (
            # the party the verb gives to, at most 60 characters before the figure ("to
            # Globex in a three-year deal worth"): a preposition there starts no new clause
            entity.end <= mention.start <= entity.end + 60
            and not re.search(r"[,;:()]", sentence[entity.end : mention.start])
            and _GIVEN_TO.search(sentence, max(0, entity.start - 100), entity.start)
        ) or (
            left_edge <= entity.start < mention.start
            and _LICENSED.search(sentence, 0, entity.start)
            and re.match(r"['’]", sentence[entity.end : entity.end + 1])
        ):
            candidates.append(entity.name)
    candidates.extend(_between_parties(sentence, entities))  # "the deal between A and B"
    if sentence_subject is not None:
        candidates.append(sentence_subject)
    candidates.extend(owners)
    if previous_subject is not None and _THE_DEAL.search(sentence, left_edge, right_edge):
        candidates.append(previous_subject)  # "the deal is worth $1.4 billion": the last one
    parties: list[str] = []
    for name in candidates:
        if all(subject_key(name) != subject_key(p) for p in parties):
            parties.append(name)
        if len(parties) == 2:
            return relation_subject(parties[0], parties[1])
    return None  # a deal with one known party could be any of its deals: abstain


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
    for date in dates:
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
        if bisect.bisect_left(same_kind, lo) < bisect.bisect_left(same_kind, ahead):
            continue
        if date.start >= mention.end and _base_between(sentence, mention, date, others):
            continue  # "ranked third with 14.2%, up from 12.6% in the second quarter"
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
        if _EVENT_VERB.search(between) or _event_verb_before(lead, scope):
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
        return None
    _, period, chosen = min(candidates, key=lambda c: c[0])  # the nearest; ties: the first
    if _INFERRED_YEAR.fullmatch(chosen.text) and period.date.granularity in _PART_OF_YEAR:
        # "third-quarter" carries the publication's year: another scope of the sentence
        # that writes its year ("In fiscal 2024, ... third-quarter revenue") gives it
        years = {
            p.date.start.year
            for _, p, d in candidates
            if p.date.granularity is Granularity.YEAR and _WRITTEN_YEAR.search(d.text)
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
# of beer and cider last year". Lower-case words only, at most four, no clause break.
_OF_WHAT = re.compile(r"\s+of\s+(?:[a-z][\w-]*\s+){1,4}")
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
    if hi - lo > 120 or bisect.bisect_left(same_kind, lo) < bisect.bisect_left(same_kind, hi):
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
    r"\b(?:has|have)\s+been\s+(?:fined|ordered\s+to\s+pay|penali[sz]ed|hit\s+with)\b",
    re.IGNORECASE,
)


def _fined_on_dateline(sentence: str, dates: Sequence[Mention]) -> Period | None:
    """The month of the wire dateline, for a fine its lead reports in the present perfect
    ("DUBLIN, June 18 (Wire) - Acme has been fined €38.5 million"): the penalty was imposed
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
_NEW_CLAUSE_AFTER = re.compile(r",\s*(?:and|but|while|whereas|which|who)\s", re.IGNORECASE)


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


# Words that cannot modify a results noun: a joining word, an article or a past verb
_NOT_A_MODIFIER = re.compile(
    r"and|or|but|with|the|its|their|a|an|of|to|in|on|at|for|as|while|when|after|[a-z]+ed"
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


_SHARE_OF = re.compile(r"\s+(?:(?:market\s+)?(?:share|slice)\s+)?of\s+((?:[\w'’.&-]+\s*){1,8})")
_MARKET_SHARE_AFTER = re.compile(r"\s+(?:market|global|national)\s+share\b", re.IGNORECASE)
# "its share of the market slipped to 19%", "market share rose to 24%": the share named
# before the figure, then a verb of level or change
_SHARE_BEFORE = re.compile(
    r"\b(?:market\s+share\s+|share\s+of\s+(?P<np>(?:[\w'’.&-]+\s+){1,6}?))"
    r"(?:(?:has\s+|had\s+)?(?:rose|rise[ns]?|fell|fall(?:en|s)?|slipped|slips|grew|grown|"
    r"climbed|dropped|increased|decreased|reached|stood|was|is|hit|jumped|edged|declined)"
    r"(?:\s+\w+)?\s+(?:to|at)\s+|(?:was|is|of|at|stood\s+at|reached|hit|topped)\s+"
    # "has pushed its share of the grocery market to 16.8%", "lifted its market share to
    # 9%": the object of a transitive verb of change, then the level it was taken to
    r"|to\s+)$",
    re.IGNORECASE,
)
_HEAD_SKIP = frozenset(["the", "a", "an", "all", "its", "their", "total"])


_OF_THE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?")


def _dated_whole(sentence: str, mention: Mention, dates: Sequence[Mention]) -> Period | None:
    """A share of a whole that a year or a quarter modifies ("17.8% of the 2024 domestic box
    office", "a third of 2025 sales") is a share of that period's whole."""
    for date in dates:
        if (
            date.start > mention.end
            and isinstance(date.value, DateValue)
            and date.value.granularity in (Granularity.YEAR, Granularity.QUARTER)
            and _OF_THE.fullmatch(sentence, mention.end, date.start)
            and re.match(r"\s+[a-z]", sentence[date.end :])
        ):
            return Period(date.value, "in")
    return None


def _share_attribute(
    sentence: str, mention: Mention, left_edge: int, right_edge: int
) -> str | None:
    """What a percentage is a share of: "45% of the backlog" and "a 45% share of the
    backlog" are "share of backlog"; "a 24% market share" and "its share of the market rose
    to 24%" are "share of market". Without a named whole, abstain: "rose 6%" is a change,
    and changes of different things must not meet."""
    tail = sentence[mention.end : right_edge]
    match = _SHARE_OF.match(tail)
    if match:
        head = _head_noun(match.group(1))
        return f"share of {head}" if head else None
    if _MARKET_SHARE_AFTER.match(tail):
        return "share of market"
    before = _SHARE_BEFORE.search(sentence, left_edge, mention.start)
    if before is None:
        return None
    head = _head_noun(before.group("np")) if before.group("np") else "market"
    return f"share of {head}" if head else None


def _head_noun(phrase: str) -> str | None:
    """The head of "the U.S. subscription streaming market at ...", with the word before it:
    "streaming market" -- the last common words before a verb or preposition, skipping
    names and determiners. The modifier keeps "the cloud market" apart from "the phone
    market"."""
    head: str | None = None
    modifier: str | None = None
    for raw in phrase.split():
        word = raw.strip(".,;:'’\"")
        if _HEAD_NOUN_STOP.match(word):
            break
        if (
            not word
            or re.search(r"['’]s$", raw)
            or word[:1].isupper()
            or word.lower() in _HEAD_SKIP
        ):
            continue
        modifier, head = head, word.lower()
        if raw[-1:] in ",;:":
            break
    return f"{modifier} {head}" if modifier and head else head


_COUNT_SKIP = frozenset(
    [
        "over",
        "more",
        "than",
        "about",
        "around",
        "nearly",
        "almost",
        "some",
        "at",
        "least",
        "up",
        "to",
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "of",
        "total",
        "average",
        "roughly",
        "approximately",
        "just",
        "only",
        "another",
        "under",
        "fewer",
        "less",
        "some",
    ]
)


def _count_attribute(sentence: str, mention: Mention, left_edge: int) -> str | None:
    """ "launched seven new AI models" -> "count of new AI models (launched)".

    What is counted, with its modifiers, and the word that governs the number: "launched
    seven models" and "offers 11,000 models" count different things, so they never meet.
    A light verb is its verb ("placed an order for" is "ordered", "took delivery of" is
    "delivered", "can build" is "capacity"); a preposition governs no count ("in 14
    countries", "to 120 destinations"), so such a figure is not compared.
    """
    unit = (mention.unit or "").lower()
    tail = sentence[mention.end : mention.end + 80]
    if _SIZES_A_NOUN.match(tail):
        return None  # "into a 14-screen venue": the size of a thing, not a count of the subject's
    words = _WORD.findall(tail)[:5]
    phrase = unit
    # a counted unit's abbreviation is its own phrase, however the sentence spelt it out
    for i, word in enumerate(words if unit not in COUNTED_UNITS else ()):
        if word.lower().rstrip(".,;:") in (unit, unit.rstrip("s"), unit + "s"):
            phrase = " ".join(w.rstrip(".,;:") for w in words[: i + 1])
            break
    phrase = _LEADING_FUNCTION_WORDS.sub("", phrase)  # "half of the staff" counts "staff"
    phrase = _without_basis(phrase)  # "twelve-inch-equivalent wafers" count wafers
    phrase = _same_modifiers(phrase)  # "paid subscribers" counts "paying subscribers"
    lead = sentence[max(left_edge, mention.start - 60) : mention.start]
    light = next((verb for pattern, verb in _LIGHT_VERBS if pattern.search(lead)), None)
    before = [w.lower() for w in _WORD.findall(sentence[left_edge : mention.start])]
    if light is not None:
        governor = light  # "placed an order for 60 aircraft" = "ordered 60 aircraft"
    elif _GOVERNING_PREPOSITION.search(
        # it ends the lead (``\s+$``): a preposition of at most ten letters ("throughout")
        # right before the trailing spaces, or "to" after a run of spaces; no match can
        # start before that, so the search starts there, not at every letter of the lead
        lead, max(0, min(len(bare := lead.rstrip()) - 16, len(bare[:-2].rstrip())))
    ):
        return None  # "sells cars in 14 countries", "flies to 120 cities": no verb counts
    elif _OWNER_BEFORE.search(lead):
        governor = ""  # "Acme's 4,300 employees": owned, a stock as "has 4,300 employees"
    elif _CLAUSE_OPENS_BEFORE.search(lead) and (passive := _PASSIVE_AFTER.match(tail)):
        # "a breach in which 7.4 million records were exposed", "said 4.7 million records
        # were exposed": the count is a clause's subject, and its verb comes after it
        governor = passive.group("verb").lower()
    else:
        governor = next(
            (
                w
                for w in reversed(before)
                if w not in _COUNT_SKIP and w not in _RECORD_WORDS and w.isalpha()
            ),
            "",
        )
        governor = _VERB_FORMS.get(governor, governor)
        governor = _verb_class(before, governor)  # "turned out 118,000 wafers": produced
        governor = _brought_into(governor, tail)  # "brings 19 hospitals into": operates
    if _ON_ORDER_AFTER.match(tail) or _ORDER_BOOK_BEFORE.search(lead):
        # "has two trawlers on order", "its order book stood at 38 vessels": not yet in
        # anyone's fleet, and never a fleet's count
        governor = "on order"
    elif governor in _STATIVE:
        governor = ""  # "has 30 million subscribers" = "Vibe's 25 million subscribers"
    phrase = _without_redundant(phrase, governor)  # "ordered 42 new trains": trains
    # "half of the staff", "one in five adults": a part of a whole, which must never meet
    # a number of people ("300 of the staff")
    value = mention.value
    what = "fraction" if isinstance(value, Amount) and 0 < value.value < 1 else "count"
    rate = _count_rate(tail, phrase) if governor != "capacity" else ""
    return f"{what} of {phrase}" + (f" ({governor})" if governor else "") + rate


# A count written as the level of a base of what is counted: "its paid subscriber base stood
# at 7.4 million", "the user base reached 30 million". The noun before "base" (with at most
# two modifiers) is what is counted; bounded to 80 characters before the figure.
_BASE_LEVEL_BEFORE = re.compile(
    r"(?<![\w'’])(?P<what>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+base\s+"
    r"(?:of|stood\s+at|stands\s+at|was|is|reached|reaches|hit|hits|totalled|totaled|totals|"
    r"(?:rose|grew|climbed|jumped|fell|dropped|slipped)\s+to)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under)\s+)?$"
)
_NOT_BASE_MODIFIERS = frozenset(["whose", "its", "their", "the", "a", "an", "his", "her", "our"])


def _base_count(sentence: str, mention: Mention) -> str | None:
    """What a count with no noun after it counts when it is the level of a "<noun> base"
    ("whose paid subscriber base stood at 7.4 million" counts paid subscribers, as "ended
    June with 8.6 million paying subscribers" does): the noun made plural, with its
    modifiers; a noun of a service counts its subscribers ("its broadband base"). A
    stock, so no verb is kept. None when no such base stands right before."""
    base = _BASE_LEVEL_BEFORE.search(sentence, max(0, mention.start - 80), mention.start)
    if base is None:
        return None
    words = base.group("what").split()
    while words and words[0] in _NOT_BASE_MODIFIERS:
        words = words[1:]
    if not words or words[-1].endswith(("ed", "s")):
        return None  # "the installed base", "its assets base": no countable noun
    if words[-1] in _BASE_MEMBERS:
        words[-1] += "s"
    else:
        words.append("subscribers")  # "its broadband base": the broadband subscribers
    return f"count of {_same_modifiers(' '.join(words))}"


# Who a base is made of when its noun says so ("subscriber base", "user base"); any other
# noun names the service they take ("broadband base", "pay-TV base")
_BASE_MEMBERS = frozenset(
    ["subscriber", "customer", "user", "member", "client", "reader", "viewer", "listener",
     "player", "account", "policyholder", "borrower", "patient", "student", "fan", "donor"]
)


# A verb that takes a count to a level ("rose to", "reached", "stood at"), for the nouns of
# an action or of a stock written before it ("deliveries rose to 48,000 vehicles").
_COUNT_LEVEL_VERB = (
    r"(?:(?:has\s+|have\s+|had\s+)?(?:rose|risen|grew|grown|climbed|jumped|increased|fell|"
    r"fallen|dropped|declined|slipped)\s+to|reached|hit|topped|totalled|totaled|"
    r"stood\s+at|stands\s+at|was|were|is|are|numbers|numbered)"
    r"(?:\s+(?:about|around|roughly|nearly|almost|some|over|more\s+than))?"
)


# A count with no noun after it, written as the level of a noun that says what is counted:
# the headcount ("its headcount stood at 4,300", "grew its workforce to 4,300"), "<noun>
# numbers" ("passenger numbers rose to 16 million"), "the number of <noun>" ("the number of
# Acme subscribers reached 18 million"), "a <noun> base of" ("a user base of 18 million"),
# and a place's room ("a capacity of 52,000"). Bounded to 80 characters before the figure.
_HEADCOUNT_LEVEL = re.compile(
    r"\b(?:workforce|headcount|head\s+count)\s+(?:to|" + _COUNT_LEVEL_VERB + r")\s+$",
    re.IGNORECASE,
)
_NUMBERS_LEVEL = re.compile(
    r"(?<![\w'’])(?P<what>[a-z][a-z-]*[a-rt-z])\s+numbers\s+" + _COUNT_LEVEL_VERB + r"\s+$"
)
_NUMBER_OF_LEVEL = re.compile(
    r"\bnumber\s+of\s+(?:[A-Z][\w&'’-]*\s+){0,4}(?P<what>[a-z][a-z-]*s)\s+"
    + _COUNT_LEVEL_VERB
    + r"\s+$"
)
_BASE_OF = re.compile(r"(?<![\w'’])(?P<what>[a-z][a-z-]*[a-rt-z])\s+base\s+of\s+$")
_CAPACITY_OF = re.compile(r"\bcapacity\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)


def _level_count(sentence: str, mention: Mention) -> str | None:
    """What a count with no noun after it counts, when a noun before it says so: the
    headcount ("the workforce numbers 4,300" is "employs 4,300 people"), the noun of
    "<noun> numbers" or "a <noun> base of" made plural ("visitor numbers reached 3.2
    million", "a user base of 18 million"), the noun of "the number of <nouns>", and a
    "capacity of 52,000" (the room of a place). A stock, so no verb is kept; None when no
    such noun stands right before the figure."""
    window = max(0, mention.start - 80)
    if _HEADCOUNT_LEVEL.search(sentence, window, mention.start):
        return _HEADCOUNT_ATTRIBUTE
    if _CAPACITY_OF.search(sentence, window, mention.start):
        return "count of places (capacity)"
    found = _NUMBERS_LEVEL.search(sentence, window, mention.start) or _BASE_OF.search(
        sentence, window, mention.start
    )
    if found is not None:
        return f"count of {found.group('what')}s"
    found = _NUMBER_OF_LEVEL.search(sentence, window, mention.start)
    return f"count of {found.group('what')}" if found is not None else None


def _load_count_verbs() -> dict[str, str]:
    """Verb form (one word, or verb and particle) -> its class (``data/count_verbs.txt``)."""
    text = resources.files("factcheck.data").joinpath("count_verbs.txt").read_text("utf-8")
    classes: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, forms = line.partition(":")
        for part in forms.split(","):
            words = part.split()
            # "turn out" is one form of two words; "cuts cutting shed" three forms
            for form in [" ".join(words)] if len(words) == 2 and _PARTICLE.fullmatch(
                words[1]
            ) else words:
                classes[form.lower()] = name.strip()
    return classes


_PARTICLE = re.compile(r"out|off|up|down|in|away", re.IGNORECASE)
_COUNT_VERB_CLASSES = _load_count_verbs()


def _verb_class(before: Sequence[str], governor: str) -> str:
    """The class of the verb that governs a count (``data/count_verbs.txt``): "shed 1,200
    jobs" and "cut 900 jobs" are one count's two values, "turned out 118,000 wafers" and
    "produced 145,000 wafers" too. A particle governs with its verb ("turn out", "laid
    off"), the word before it in ``before`` (the lower-case words before the figure)."""
    if governor in _PARTICLE_WORDS:
        at = max((i for i, w in enumerate(before) if w == governor), default=-1)
        if at > 0:
            phrasal = _COUNT_VERB_CLASSES.get(f"{before[at - 1]} {governor}")
            if phrasal is not None:
                return phrasal
    return _COUNT_VERB_CLASSES.get(governor, governor)


_PARTICLE_WORDS = frozenset(["out", "off", "up", "down", "in", "away"])


# A party to a combination "brings 19 hospitals into" the merged group (or "brought 300
# stores into the deal"): the estate it holds and runs, as "runs 19 hospitals" says. Only
# with "into" right after the counted noun phrase: "brings 300 jobs to the town" is no stock.
_BRING_FORMS = frozenset(["brings", "bring", "brought", "bringing"])
_INTO_AFTER = re.compile(r"\s+(?:[\w-]+\s+){1,5}?into\b", re.IGNORECASE)


def _brought_into(governor: str, tail: str) -> str:
    """ "operates" for a form of "bring" whose counted noun phrase (in ``tail``, the text
    after the figure) is followed by "into"; else ``governor`` as it is."""
    if governor in _BRING_FORMS and _INTO_AFTER.match(tail):
        return "operates"
    return governor


# Modifiers that only say what a verb of change already says ("ordered 42 new trains",
# "hired 230 extra staff"; ``data/redundant_modifiers.txt``): with such a verb they narrow
# nothing, so "ordered 42 new trains" meets "ordered 36 trains". With no verb, or one of
# having, they do narrow: "2.1 million new subscribers" are not the 40 million it has.
_REDUNDANT_MODIFIERS = _words("redundant_modifiers.txt")


def _without_redundant(phrase: str, governor: str) -> str:
    """``phrase`` without its redundant modifiers when a verb governs the count."""
    words = phrase.split(" ")
    if not governor or len(words) < 2 or not _REDUNDANT_MODIFIERS & {w.lower() for w in words}:
        return phrase
    kept = [w for w in words[:-1] if w.lower() not in _REDUNDANT_MODIFIERS]
    return " ".join([*kept, words[-1]])
# Words that call a count a record between its verb and the count ("carried a record 31.4
# million passengers", "an all-time high of", "a new peak of"): not the verb that governs it.
_RECORD_WORDS = frozenset(["record", "high", "peak", "new", "all-time", "best", "highest"])


# A modifier that names the basis a count is measured on, not a part of what is counted
# ("118,000 twelve-inch-equivalent wafers", "145,000 wafers a month, measured in 12-inch
# equivalents"): the count of the thing itself. "full-time equivalent staff" keeps
# "full-time", a part.
_BASIS_MODIFIER = re.compile(r"(?:^|(?<=\s))[\w-]*-?equivalents?\s+(?=\S)", re.IGNORECASE)


def _without_basis(phrase: str) -> str:
    """A counted phrase without its modifiers of basis ("twelve-inch-equivalent wafers" ->
    "wafers"), so that two articles that name the basis differently meet."""
    return _BASIS_MODIFIER.sub("", phrase) or phrase


# A rate after a count's noun ("145,000 wafers a month", "118,000 wafers monthly", "1,200
# flights per week"): the rate joins the count's attribute, so a monthly rate never meets
# an annual total.
_COUNT_RATE = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:a|an|each|every|per)\s+(?P<unit>day|week|month|year|"
    r"annum)|(?P<adverb>daily|weekly|monthly|annually|yearly))\b",
    re.IGNORECASE,
)


def _count_rate(tail: str, phrase: str) -> str:
    """ " (per month)" when a rate follows the count's noun phrase in ``tail`` (the text
    after the figure); else "". The phrase's last word is found in the first words of the
    tail, and the rate must follow it (or a parenthesis) at once."""
    last = phrase.split()[-1].lower() if phrase.split() else ""
    for found in itertools.islice(_WORD.finditer(tail), 8):
        if found.group().lower().rstrip(".,;:") == last:
            rate = _COUNT_RATE.match(tail, found.start() + len(found.group().rstrip(".,;:")))
            if rate is None:
                return ""
            word = (rate.group("unit") or rate.group("adverb")).lower()
            return f" (per {_RATE_WORDS.get(word, word)})"
    return ""


# A count joined by a hyphen to its unit, before the noun it sizes ("a 14-screen venue",
# "a 300-room hotel", "a four-screen cinema"): a property of that thing, which an article
# about the company names in passing ("turned the site into a 14-screen venue"); the
# original and the rebuilt venue are different things, so such counts are not compared.
_SIZES_A_NOUN = re.compile(r"-[a-z]+\s+(?!(?:and|or|of|in|at|to|for|from|by|with)\b)[a-z]")


# A count's attribute: "count of <modifiers> <head> (<verb>)"
_COUNTED_PHRASE = re.compile(
    r"(?P<lead>(?:count|fraction) of \S.*? )(?P<head>[\w-]+)(?P<rest>(?: \(.*\))?)"
)


def _same_counted(attribute: str, heads: Sequence[AttributeRule]) -> str:
    """A counted noun in one form when a modifier says which ("count of mobile customers"
    is "count of mobile subscribers"; see the ``count`` heads of attributes.yaml), so that
    two wordings of one count meet. A bare noun ("count of customers") is left as written:
    without a modifier the two nouns may count different people."""
    found = _COUNTED_PHRASE.fullmatch(attribute)
    if found is None:
        return attribute
    head = found.group("head")
    rule = next((r for r in heads if r.pattern.fullmatch(head)), None)
    if rule is None or rule.name == head:
        return attribute
    return f"{found.group('lead')}{rule.name}{found.group('rest')}"


# A count's attribute, with or without modifiers before its head noun
_COUNTED_NOUN = re.compile(
    r"(?P<lead>(?:count|fraction) of (?:\S.*? )?)(?P<head>[\w-]+)(?P<rest>(?: \(.*\))?)"
)


def _same_counted_noun(
    attribute: str, nouns: Sequence[AttributeRule], verbs: Sequence[AttributeRule] = ()
) -> str:
    """A counted noun written two ways for one thing, in one form ("count of shops" is
    "count of stores", "count of travellers" is "count of passengers"; see the ``nouns``
    of the count table), and its verb when, with that noun, two verbs say one thing
    ("flew 9 million travellers" = "carried 9 million passengers", while "flies 52
    aircraft" stays apart), so two wordings of one count meet."""
    found = _COUNTED_NOUN.fullmatch(attribute)
    if found is None:
        return attribute
    rule = next((r for r in nouns if r.pattern.fullmatch(found.group("head"))), None)
    if rule is None:
        return attribute
    rest = found.group("rest")
    verb = rest[2:-1] if rest.startswith(" (") else ""
    same = next(
        (v for v in verbs if v.part_of == rule.name and verb and v.pattern.fullmatch(verb)),
        None,
    )
    if same is not None:
        rest = f" ({same.name})" if same.name else ""  # the empty verb: a stock, no verb
    return f"{found.group('lead')}{rule.name}{rest}"


# A company's headcount, written with "employs" or "has": "employs roughly 640 people",
# "has 410 employees", "employs 300 staff" are one count, `count of staff (employs)`.
# The nouns "employs" may count, and those that count staff without a verb.
_EMPLOYED_NOUNS = frozenset(["people", "staff", "workers", "employees", "persons"])
_STAFF_NOUNS = frozenset(["employees", "staff"])
_EMPLOY_VERBS = frozenset(["employs", "employ", "employed", "employing"])
_HEADCOUNT_ATTRIBUTE = "count of staff (employs)"
_HEADCOUNT = re.compile(r"count of (?P<head>[\w-]+)(?: \((?P<verb>[\w-]+)\))?")


# A noun of headcount before "of" and the count ("a workforce of 2,100", "a global
# headcount of about 2,300", "employs a staff of 3,100"): the company's headcount, as
# "employs 2,100 people" is. Only "of": "cut its workforce by 300" is a change.
_HEADCOUNT_OF = re.compile(
    r"\b(?:workforce|headcount|head\s+count|staff|payroll)\s+of\s+$", re.IGNORECASE
)


def _headcount(attribute: str) -> str:
    """ "count of people (employs)" and "count of employees" are one headcount (written
    "count of staff (employs)"), so "employs 640 people" meets "has 410 employees". Only a
    bare noun: "full-time employees" or "contract workers" count a part."""
    found = _HEADCOUNT.fullmatch(attribute)
    if found is None:
        return attribute
    head, verb = found.group("head").lower(), found.group("verb")
    if (verb in _EMPLOY_VERBS and head in _EMPLOYED_NOUNS) or (
        verb is None and head in _STAFF_NOUNS
    ):
        return _HEADCOUNT_ATTRIBUTE
    return attribute


# Modifiers of a counted noun written two ways for one meaning, mapped to one of them.
# Only true synonyms: participles in general are not ("used cars" are not "using cars",
# "registered users" not "registering users"), so this is a table, not a suffix rule.
_SAME_MODIFIER = {
    "paying": "paid",  # "paying subscribers" are "paid subscribers"
}


def _same_modifiers(phrase: str) -> str:
    """A counted noun's modifiers in one form ("paying subscribers" -> "paid subscribers"),
    so two wordings of one count meet. The head noun (the last word) is left as written."""
    words = phrase.split(" ")
    for i, word in enumerate(words[:-1]):
        words[i] = _SAME_MODIFIER.get(word.lower(), word)
    return " ".join(words)


# A name in the possessive right before a count ("Acme's 4,300 employees", "Globex Stores'
# 412 shops"): the owner, no verb, so the count is a stock.
_OWNER_BEFORE = re.compile(r"[A-Za-z](?:['’]s|s['’])\s+$|\bwhose\s+$")
# A clause whose subject the count is opens right before it: a relative pronoun ("in
# which", "that") or a verb of telling ("said", "estimates"), which governs the clause,
# not the count
_CLAUSE_OPENS_BEFORE = re.compile(
    r"\b(?:which|that|said|says|say|estimated|estimates|believes|believed|showed|shows)\s+"
    + _APPROX_OR_FLOOR
    + "$"
)
# "has two factory trawlers on order", "with 40 aircraft on order": ordered, not held
_ON_ORDER_AFTER = re.compile(r"(?:\s+[\w-]+){1,3}\s+on\s+(?:firm\s+)?order\b")
# "order book stood at 38 vessels", "an order book of 46 ships": the same count
_ORDER_BOOK_BEFORE = re.compile(
    r"\border[\s-]?books?\s+(?:stood\s+at|stands\s+at|of|was|is|reached|rose\s+to|"
    r"fell\s+to|totalled|totaled|included|includes)\s+" + _APPROX_OR_FLOOR + "$",
    re.IGNORECASE,
)
# The passive verb of that clause, right after the counted words: "... customer records
# were exposed", "... accounts had been affected"
_PASSIVE_AFTER = re.compile(
    r"[\w\s-]{0,40}?\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been|"
    r"will\s+be|could\s+be)\s+(?P<verb>[a-z]+ed)\b"
)


# Light verbs and nouns of an action, before the number they govern: the action's verb.
_LIGHT_VERBS = tuple(
    (re.compile(pattern + r"\s+$", re.IGNORECASE), verb)
    for pattern, verb in (
        (r"\bfleet\s+of", "operates"),  # "has a fleet of 112 vessels" = "operates 112 vessels"
        (r"\borders?\s+for", "ordered"),  # "placed an order for", "a firm order for"
        (
            r"\b(?:took|takes|take|taken|taking|accepted|received)\s+deliver(?:y|ies)\s+of",
            "delivered",
        ),
        (r"\bdeliver(?:y|ies)\s+of", "delivered"),
        (r"\btrad(?:es|ed|ing|e)\s+(?:from|out\s+of)", "operates"),  # "trades from 241 shops"
        (r"\bhand(?:s|ed|ing)?\s+over", "completed"),  # "handed over 5,910 homes"
        (r"\bacquisitions?\s+of", "acquired"),
        (r"\b(?:production|output)\s+of", "produced"),
        (r"\bshipments?\s+of", "shipped"),
        (r"\bcapacity\s+(?:for|of|to\s+\w+)", "capacity"),
        (r"\b(?:can|could|is\s+able\s+to)\s+(?:build|make|produce|assemble|handle)", "capacity"),
        # a place's room: "can hold 52,000 fans", "seats 52,000 spectators"
        (r"\b(?:(?:can|could|is\s+able\s+to)\s+(?:hold|seat|accommodate|house)|seats|"
         r"accommodates)", "capacity"),
        # a noun of an action at a level: "deliveries rose to 48,000 vehicles" = "delivered"
        (r"\bdeliveries\s+" + _COUNT_LEVEL_VERB, "delivered"),
        (r"\bshipments\s+" + _COUNT_LEVEL_VERB, "shipped"),
    )
)
# A preposition right before the number (after its hedge): it, not a verb, governs it.
# "to" governs a level after a verb of change ("rose to 30 million"), "with", "of" and "at"
# a stock ("with 25 million subscribers").
_GOVERNING_PREPOSITION = re.compile(
    r"(?:\b(?:in|for|from|by|on|across|into|between|among|within|via|through|throughout|"
    r"towards?|against|per|after|before|during|beyond)|"
    r"(?<!\brose)(?<!\brise)(?<!\brises)(?<!\bfell)(?<!\bfall)(?<!\bfalls)(?<!\bgrew)"
    r"(?<!\bgrow)(?<!\bgrows)(?<!\bgrown)(?<!\brisen)(?<!\bfallen)(?<!\bup)(?<!\bdown)"
    r"(?<!\bcut)(?<!ed)(?<!ing)\s+to)\s+$",
    re.IGNORECASE,
)
# Forms of the verbs of production and trade, so that "orders 45 aircraft" meets "ordered
# 45 aircraft" and "delivers" meets "delivered".
_VERB_FORMS = {
    form: verb
    for verb, forms in (
        ("ordered", ("order", "orders", "ordering")),
        ("delivered", ("deliver", "delivers", "delivering", "deliveries")),
        ("completed", ("complete", "completes", "completing")),
        ("produced", ("produce", "produces", "producing", "production", "output")),
        ("shipped", ("ship", "ships", "shipping", "shipments")),
        ("acquired", ("acquire", "acquires", "acquiring")),
        ("sold", ("sell", "sells", "selling")),
        # cargo carried: "carried 1.4 million TEU" is what "moved 1.4 million TEU" says
        (
            "carried",
            ("carry", "carries", "carrying", "moved", "move", "moves", "moving",
             "transported", "transport", "transports", "transporting", "hauled", "haul",
             "hauls"),
        ),
        # an estate run is an estate operated: "runs 214 stores" = "operates 214 stores"
        ("operates", ("operate", "operated", "operating", "runs", "run", "running", "ran")),
    )
    for form in forms
}


_LEADING_FUNCTION_WORDS = re.compile(
    r"^(?:(?:of|the|a|an|its|their|his|her|our|your|these|those|this|that)\s+)+", re.I
)


# Verbs and prepositions of having: a count they govern is a stock, however it is written.
_STATIVE = frozenset(
    [
        "has",
        "have",
        "had",
        "having",
        "with",
        "boasts",
        "boast",
        "boasted",
        "counts",
        # "will count 276 partners", "counted 1,150 lawyers": the verb in any tense
        "count",
        "counted",
        "totals",
        "totalled",
        "totaled",
        "reached",
        "reaches",
        "stood",  # "its fleet stood at 3.2 million TEU": a level, as "reached" is
        "stands",
        "comprised",  # "the fleet comprised 312 aircraft", "numbered 276": what it had
        "comprises",
        "numbered",
        "numbers",
        "to",
        "of",
        "at",
        "now",
    ]
)


def _rank_context(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    left_edge: int,
    dates: Sequence[Mention],
    others: Sequence[Mention],
) -> Context:
    """A rank is about a board (its subject) and held by an item (the name before it).

    A rank that names no board takes the one board another rank of the sentence names
    ("X ranked first on the Apex leaderboard, ahead of Y, which ranked second"). A board
    is read at the month of the date that scopes it: "the rankings published on Monday"
    and "the leaderboard this week" are one edition; a year earlier is another.
    """
    board_text, edition = _board_of(sentence, mention)
    if not board_text or _NOT_A_BOARD.fullmatch(board_text):
        # "fourth out of 28 brands in the X Survey", "14th in the January edition of the X
        # Index": the size of the field and the month are no boards; the board is after them
        board_text, edition = _board_past_field(sentence, mention)
    if not board_text and (
        _RANKING_VERB.search(sentence, 0, mention.start)
        or _RANKING_NOUN.match(sentence, mention.end)
    ):
        boards = {
            _board_of(sentence, o)
            for o in others
            if o.kind is Kind.RANK and o is not mention and o.unit
        }
        board_text, edition = boards.pop() if len(boards) == 1 else (None, None)
    if board_text and _NOT_A_BOARD.fullmatch(normalise_board(board_text)):
        board_text, edition = None, None  # "from 27th in the December table": no board
    if not board_text and _RANKING_VERB.search(sentence, max(0, mention.start - 30), mention.start):
        board_text, edition = _edition_board_in_sentence(sentence)
    board = normalise_board(board_text) if board_text else None
    item: str | None = None
    aside = next(
        (
            (a, b)
            for a, b in _all_asides(sentence)
            if b <= mention.start
            and re.fullmatch(r"\s*(?:\w+\s+){0,3}", sentence[b : mention.start])
        ),
        None,
    )
    before = [
        e
        for e in entities
        if mention.start - 60 <= e.end <= mention.start
        and (  # "based in Leeds", "move to Flowdesk": no item; "with Nimbus-7 second" is
            not _after_preposition(sentence, e, strict=True)
            or _WITH_BEFORE.search(sentence, max(0, e.start - 12), e.start)
        )
    ]
    ranked = _ranked_item(sentence, mention, entities)
    if aside is not None:  # "Globex, based in Leeds, ranked first": the aside's name
        head = [e for e in entities if e.end <= aside[0] and not sentence[e.end : aside[0]].strip()]
        item = head[-1].name if head else None
    elif ranked is not None:
        item = ranked  # "a few weeks after Globex rose to 14th place": Globex holds it
    elif before:
        last = before[-1]
        gap = sentence[last.end : mention.start]
        coordinated = len(before) > 1 and _COORDINATION.match(sentence[before[-2].end : last.start])
        if (
            not coordinated
            and (len(gap.split()) <= 3 or _PLACES_MOVED.fullmatch(gap))
            and not re.search(r"[;:]", gap)
        ):
            item = last.name  # "X fell two places to seventh" too
    period = edition or _rank_period(sentence, mention, board_text, dates, others)
    if period is None and board is not None:
        # ranks on one board in one sentence are one edition: "No. 1 on the Helm
        # leaderboard this week, with Orion-4 in second place"
        periods = {
            _rank_period(sentence, o, o.unit, dates, others)
            for o in others
            if o.kind is Kind.RANK
            and o is not mention
            and o.unit
            and normalise_board(o.unit) == board
        } - {None}
        period = periods.pop() if len(periods) == 1 else None
    if period is not None and board is not None and _ANNUAL_BOARD.search(sentence):
        period = _year_period(period.date.start.year)  # an annual ranking's edition is a year
    return Context(board, "rank" if board else None, _edition(period), item)


# What the rank extractor may take for a board that is none: a bare number ("of 28
# brands"), a month or a year ("in the January edition of ..."), a weekday.
_NOT_A_BOARD = re.compile(
    rf"\s*(?:\d[\d,.]*|{_MONTH_WORD}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*"
)
# After a rank, the field it is counted in and the board: "fourth out of 28 brands in the
# 2026 X Survey", "seventh of the 28 carmakers in this year's X Survey", "14th place in
# the January edition of the X Index". The field is one to three lower-case words after a
# number; the board is capitalised words ending in a board noun (``data/board_nouns.txt``).
# The field may be "among 139 economies"; an owner's board may carry its year after the
# possessive ("in the Acme Council's 2024 Freight Index": the year is the edition).
_BOARD_PAST_FIELD = re.compile(
    r"(?:[ \t]+place)?(?:[ \t]+overall)?"
    r"(?:,?[ \t]+(?:(?:out[ \t]+)?of|among)[ \t]+(?:the[ \t]+|all[ \t]+)?"
    r"\d[\d,]*(?:[ \t]+[a-z][\w-]*){1,3})?[ \t]+(?:in|on)[ \t]+(?:the[ \t]+)?"
    rf"(?:{_MONTH_WORD}[ \t]+(?:edition|issue)[ \t]+of[ \t]+(?:the[ \t]+)?)?"
    r"(?:(?:this|last|next)[ \t]+year['’]s[ \t]+)?"
    r"(?:(?P<year>(?:19|20)\d\d)[ \t]+)?"
    r"(?P<board>(?:[A-Z][\w.&'’+-]*[ \t]+){1,5}"
    r"(?P<lower>leaderboard|rankings?|table|index|list|chart|standings)\b"
    r"|(?:[A-Z][\w.&'’+-]*[ \t]+){0,5}"
    r"(?:(?<=['’]s[ \t])(?P<owned_year>(?:19|20)\d\d)[ \t]+(?:[A-Z][\w.&'’+-]*[ \t]+){0,4})?"
    r"(?P<noun>[A-Z][\w.&'’+-]*))"
)


def _board_past_field(sentence: str, mention: Mention) -> tuple[str | None, Period | None]:
    """The board named after a rank's field or month edition ("fourth out of 28 brands in
    the 2026 X Survey" is on the X Survey, edition 2026), for a rank whose extracted board
    is none or a bare number or month. Only a name ending in a board noun is a board: "in
    the Leeds area" is none. The month of "the January edition" is found by the rank's
    period, as any date of its sentence is."""
    found = _BOARD_PAST_FIELD.match(sentence, mention.end)
    noun = found and (found.group("noun") or found.group("lower"))
    if found is None or not noun or noun.rstrip(".").casefold() not in _BOARD_NOUNS:
        return None, None
    year = found.group("year") or found.group("owned_year")
    return found.group("board").rstrip("."), _year_period(int(year)) if year else None


# A board named with its edition before its name, after "in"/"on" anywhere in the
# sentence: "In the 2025 X Index, released in March, Y came in fourth", "In the January X
# Index, Y sits 19th". The year is the edition; the month, found as the rank's period, is
# no part of the name.
_EDITION_BOARD_IN_SENTENCE = re.compile(
    r"\b(?:[Ii]n|[Oo]n)[ \t]+the[ \t]+"
    rf"(?:(?P<year>(?:19|20)\d\d)|(?P<month>{_MONTH_WORD}))[ \t]+"
    r"(?P<board>(?:[A-Z][\w.&'’+-]*[ \t]+){0,5}(?P<noun>[A-Z][\w.&'’+-]*))"
)


def month_named_editions(
    sentence: str, published: dt.date | None
) -> tuple[tuple[str, Period], ...]:
    """The boards a sentence names by the month of their edition ("In the January X Index,
    Y sits 19th" in an article of March 2025 is the January 2025 edition of the X Index):
    the last such month on or before the article's date, as an edition is published before
    it is reported (for ``describe``'s ``editions``)."""
    if published is None:
        return ()
    found = []
    for named in _EDITION_BOARD_IN_SENTENCE.finditer(sentence):
        month = named.group("month")
        number = _MONTH_NUMBER.get(month[:3].lower()) if month else None
        if number is None or named.group("noun").rstrip(".").casefold() not in _BOARD_NOUNS:
            continue
        year = published.year if number <= published.month else published.year - 1
        start = dt.date(year, number, 1)
        last = start.replace(day=calendar.monthrange(year, number)[1])
        board = normalise_board(named.group("board").rstrip("."))
        found.append((board, Period(DateValue(start, last, Granularity.MONTH), "in")))
    return tuple(found)


def _edition_board_in_sentence(sentence: str) -> tuple[str | None, Period | None]:
    """The one board the sentence names after its edition's year or month ("In the 2025 X
    Index, ..."), for a rank held through a verb of ranking that names none; (None, None)
    when it names none or two. Only a name ending in a board noun is a board."""
    found = {
        (m.group("board").rstrip("."), m.group("year"))
        for m in _EDITION_BOARD_IN_SENTENCE.finditer(sentence)
        if m.group("noun").rstrip(".").casefold() in _BOARD_NOUNS
    }
    if len(found) != 1:
        return None, None
    board, year = found.pop()
    return board, _year_period(int(year)) if year else None


# "Acme's flagship phone ranked third", "Leeds's marathon, which X sponsors, sits
# seventh": the possessor of one to three lower-case words before a verb of ranking
_POSSESSED_HOLDER = re.compile(r"(?:['’]s?)?[ \t]+[a-z][\w-]*")
# "X has risen seven places to 38th", "X slipped four places to 51st": a name that moves
# a number of places to its rank
_PLACES_MOVED = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:risen|rose|rises|climbed|climbs|jumped|jumps|moved|moves|"
    r"fallen|fell|falls|dropped|drops|slipped|slips)\s+(?:up\s+|down\s+)?"
    r"(?:\w+|\d+)\s+places?\s+to\s+(?:No\.\s*|number\s+)?"
)
# "... after the carmaker placed fourth": a description of an organisation right before a
# verb of ranking, inside the sentence
_DESCRIPTION_HOLDER = re.compile(
    r"\bthe[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}" + _DESCRIPTION_HEAD + r"$"
)


def _rank_holder_backoff(
    sentence: str, mention: Mention, entities: Sequence[Entity], subject: str | None
) -> str | None:
    """The item of a rank on a known board that no rule before found: the possessor of the
    thing that ranks ("Acme's flagship phone ranked third" is Acme's place: a board ranks
    one kind of thing, so the owner stands for it), an aside between them allowed; or the
    sentence's subject when a description of an organisation holds the rank ("X shares rose
    after the carmaker placed fourth"). None otherwise."""
    for entity in entities:
        if entity.end > mention.start or mention.start - entity.end > 160:
            continue
        if _PLACES_MOVED.fullmatch(sentence, entity.end, mention.start):
            return entity.name  # "X has risen seven places to 38th"
        if sentence[entity.end : entity.end + 1] not in ("'", "’"):
            continue
        at = entity.end
        for _ in range(3):  # one to three words after the possessive
            owned = _POSSESSED_HOLDER.match(sentence, at, mention.start)
            if owned is None:
                break
            at = owned.end()
            aside = next(
                (b for a, b in _all_asides(sentence) if a == at and b <= mention.start), None
            )
            if _RANKED_AFTER_NAME.fullmatch(sentence, aside or at, mention.start):
                return entity.name
    verb = _RANKED_AFTER_NAME.search(sentence, max(0, mention.start - 40), mention.start)
    if (
        verb is not None
        and subject is not None
        and _DESCRIPTION_HOLDER.search(sentence, max(0, verb.start() - 60), verb.start())
    ):
        return subject
    return None


# The name a verb of ranking has for its subject, right before it: "after Globex rose to
# 14th place", "Globex landed at 23rd", "Orrin Bank has ranked third". The name is the
# item even after a preposition or conjunction ("after", "as", "with"): it is the verb's
# subject, not that word's object.
_RANKED_AFTER_NAME = re.compile(
    r"\s+(?:(?:has|have|had|now|also|again|then)\s+)?"
    r"(?:rank(?:s|ed)?|plac(?:es|ed)|came|comes|finish(?:es|ed)|sat|sits|landed|lands|"
    r"debut(?:s|ed)|climb(?:s|ed)|rose|rises|fell|falls|dropped|drops|slipped|slips|moved|"
    r"moves|jumped|jumps)(?:\s+(?:in|to|at|up\s+to|down\s+to|back\s+to|in\s+at))?\s+"
    r"(?:No\.\s*|number\s+)?$",
    re.IGNORECASE,
)


def _ranked_item(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The name right before a verb of ranking that leads to the rank ("after Globex rose
    to 14th"), else None. A place after a name ("NovaJet from Leeds ranked first") is no
    item: the name it follows is."""
    for entity in reversed(entities):
        if entity.end > mention.start:
            continue
        if mention.start - entity.end > 40:
            return None
        if not _RANKED_AFTER_NAME.fullmatch(sentence, entity.end, mention.start):
            return None
        earlier = next((e for e in reversed(entities) if e.end <= entity.start), None)
        if earlier is not None and _PLACE_OF_NAME.fullmatch(sentence, earlier.end, entity.start):
            return earlier.name  # "NovaJet from Leeds ranked first": NovaJet
        return entity.name
    return None


# "NovaJet from Leeds", "Kessington School in Leeds": a place phrase after a name
_PLACE_OF_NAME = re.compile(r"\s+(?:(?:based|located)\s+)?(?:from|in|of|at|near|outside)\s+")


# A board that comes out once a year: "the consultancy's annual ranking", "its yearly
# list". The month it was published in names the year's edition, the one another article
# calls "this year's" (see ``year_named_editions``).
_ANNUAL_BOARD = re.compile(
    r"\b(?:annual|yearly)\s+(?:[a-z][\w-]*\s+){0,2}?(?:ranking|rankings|list|league\s+table|"
    r"table|index|leaderboard|survey|league)\b",
    re.IGNORECASE,
)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
# An edition of a board named by its year: "the 2025 edition of the Atlas Rankings",
# "the Atlas Rankings 2025", "the 2025 Atlas Rankings".
_YEAR = r"(?:19\d\d|20(?!00)\d\d)"  # not 2000: "the Forbes Global 2000" is a list of 2,000
# A number closes a board's name ("the Playthings Global 50", "the Fortune 500"), unless it
# is a year (another edition) or starts a figure ("the Acme Index 50.2").
_BOARD_NUMBER = rf"(?:[ \t]+(?!{_YEAR}\b)\d{{1,4}}\b(?![.,]\d))?"
_YEAR_EDITION_OF = re.compile(
    rf"(?P<year>{_YEAR})\s+(?:edition|issue|version)\s+of\s+(?:the\s+)?"
    r"(?P<board>[A-Z][\w.&'’+-]*(?:[ \t]+[A-Z][\w.&'’+-]*)*" + _BOARD_NUMBER + ")"
)
_BOARD_AND_YEAR = re.compile(rf"(?P<lead>{_YEAR}\s+)?(?P<board>.*?\S)(?P<trail>\s+{_YEAR})?")
# Lower-case words between a board's name and its noun: "the Atlas national table", "the
# Atlas subject ranking for engineering" are boards of their own, not "Atlas".
_BOARD_NOUN_AFTER = re.compile(
    r"(?:[ \t]+[a-z][\w-]*){1,2}[ \t]+(?:leaderboard|list|ranking|rankings|table|index|chart|"
    r"standings)\b"
)


# A rank that is the base of a comparison ("rose to 27th place from 31st", "up from No. 9"):
# a position in an earlier edition, which the sentence does not name.
_RANK_BASE = re.compile(
    r"\b(?:from|compared\s+with|compared\s+to|against|versus)\s+(?:No\.\s*|number\s+)?$",
    re.IGNORECASE,
)
# "Globex United, which rose to 27th place": the name a relative clause of ranking
# describes holds the rank.
_RELATIVE_RANKING = re.compile(
    # "X, which was placed 14th", "X, which is ranked third": the passive too
    r",\s+(?:which|who)\s+(?:(?:has|have|had|now|also|then|was|is|were|are|been)\s+){0,2}"
    r"(?:rank(?:s|ed)?|plac(?:es|ed)|came|comes|finish(?:es|ed)|sat|sits|climbed|rose|fell|"
    r"dropped|slipped|moved|jumped)(?:\s+(?:in|to|at|up\s+to|down\s+to))?\s+(?:No\.\s*)?$",
    re.IGNORECASE,
)


def _relative_item(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The name that a relative clause with a verb of ranking describes."""
    found = _RELATIVE_RANKING.search(sentence, max(0, mention.start - 50), mention.start)
    if found is None:
        return None
    named = [e for e in entities if e.end == found.start()]
    return _placed_name(sentence, entities, named[-1]).name if named else None


# A name, then a place it is in: "Kessington School in Leeds, which sits 11th"
_IN_PLACE = re.compile(r"\s+(?:(?:based|located)\s+)?in\s+$")


def _placed_name(sentence: str, entities: Sequence[Entity], entity: Entity) -> Entity:
    """The name ``entity`` says where it is, when ``entity`` is a place written right after
    it ("Kessington School in Leeds, which sits 11th"): the relative clause after the place
    is about the school, not the city. Else ``entity`` itself."""
    for other in entities:
        if other.end < entity.start and _IN_PLACE.fullmatch(sentence, other.end, entity.start):
            return other
    return entity


# A board written as its owner's list, in lower case: "On Apex's 2025 rich list of the
# world's highest-earning clubs", "in Pellis's annual ranking". The board is the owner's;
# a year before the list is its edition.
# The nouns of such lists are ``data/board_nouns.txt`` ("Q Data's quarterly count of
# phone shipments", "its third-quarter 2024 shipment tally"); the words between the owner
# and the noun may hold the edition ("third-quarter 2024").
_BOARD_NOUNS = _words("board_nouns.txt")
# public for the corpus reading of ranks (``factcheck.backoff.Ranker``)
BOARD_NOUNS = _BOARD_NOUNS
# The words of a board's name that say its edition, not the board (``backoff.board_words``)
EDITION_WORDS = _words("edition_words.txt")
_OWNED_BOARD = re.compile(
    r"['’]s\s+(?:(?P<year>" + _YEAR + r")\s+)?"
    # lower-case words, and an edition's label ("Q3 2024", "H1", "FY2025")
    r"(?P<words>(?:(?:[a-z0-9][\w-]*|Q[1-4]|H[12]|FY\d{2,4})\s+){0,5}?)"
    r"(?P<noun>(?:" + "|".join(sorted(_BOARD_NOUNS, key=len, reverse=True)) + r"))\b"
)


def _owned_board(
    sentence: str, entities: Sequence[Entity], dates: Sequence[Mention] = ()
) -> tuple[str, Period | None] | None:
    """The one board the sentence names as its owner's list, and its edition: a year right
    after the possessive, else a date among the words before the list's noun or right
    after the list (see ``_owned_board_date``)."""
    found: set[tuple[str, Period | None]] = set()
    for entity in entities:
        owned = _OWNED_BOARD.match(sentence, entity.end)
        if owned is not None:
            year = owned.group("year")
            period = (
                _year_period(int(year))
                if year
                else _owned_board_date(sentence, owned.start("words"), owned.end(), dates)
            )
            found.add((entity.name, period))
    return found.pop() if len(found) == 1 else None


# What leads from a list to the span it covers: "Q Data's count of phone shipments,
# covering July to September 2024", "Q's tally for the third quarter of 2024"; the
# topic after the noun ("of global smartphone shipments") is skipped, up to six words.
_TO_COVERED_SPAN = re.compile(
    r"(?:\s+(?:of|on)\s+(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)?\s*,?\s*"
    r"(?:(?:covering|for|from|in|over)\s+)?(?:the\s+)?"
)
# A span named by its first and last months: "July to September 2024", "April-June 2025"
_MONTHS_SPAN = re.compile(
    rf"(?P<first>{_MONTH_WORD})\s*(?:to|through|until|[–-])\s*(?P<last>{_MONTH_WORD})"
    rf"\s+(?P<year>{_YEAR})\b"
)
_COVERED_MONTHS = re.compile(_TO_COVERED_SPAN.pattern + _MONTHS_SPAN.pattern)
_MONTH_NUMBER = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def _owned_board_date(
    sentence: str, start: int, end: int, dates: Sequence[Mention]
) -> Period | None:
    """The edition of an owner's list: a date in the words before its noun ("Q Data's
    third-quarter 2024 smartphone tally"), or one that the list covers, written right
    after it ("..., covering July to September 2024": three months that make a calendar
    quarter are that quarter). An edition is a month or coarser, as ``_edition``."""
    inside = {
        Period(d.value, "in")
        for d in dates
        if start <= d.start and d.end <= end and isinstance(d.value, DateValue)
    }
    if len(inside) == 1:
        return _edition(inside.pop())
    if inside:
        return None
    span = _COVERED_MONTHS.match(sentence, end)
    if span is not None:
        return _quarter_of_span(span)
    after = [
        d.value
        for d in dates
        if end <= d.start <= end + 80
        and isinstance(d.value, DateValue)
        and _TO_COVERED_SPAN.fullmatch(sentence, end, d.start)
    ]
    return _edition(Period(after[0], "in")) if len(after) == 1 else None


def _quarter_of_span(span: re.Match[str]) -> Period | None:
    """The calendar quarter that "July to September 2024" names, else None (a span of
    months that is no calendar quarter is no edition this can name)."""
    first = _MONTH_NUMBER[span.group("first")[:3].lower()]
    last = _MONTH_NUMBER[span.group("last")[:3].lower()]
    if first % 3 != 1 or last != first + 2:
        return None
    year = int(span.group("year"))
    return Period(
        DateValue(
            dt.date(year, first, 1),
            dt.date(year, last, calendar.monthrange(year, last)[1]),
            Granularity.QUARTER,
        ),
        "in",
    )


# A board named anywhere in the sentence after "in" or "on": "In the latest Lindqvist
# rankings, published in March, Harbor College was ranked ninth"; the board's noun may be
# part of its title-cased name ("In the Acme Brand Ranking, ...")
_IN_SENTENCE_BOARD = re.compile(
    r"\b(?:[Ii]n|[Oo]n)\s+(?:the\s+)?(?:(?:latest|new|newest|annual|yearly|quarterly|"
    r"monthly|weekly|closely\s+watched)\s+)?"
    r"(?P<board>[A-Z][\w.&'’+-]*(?:[ \t]+[A-Z][\w.&'’+-]*){0,4})[ \t]+"
    r"(?:(?:[Ll]eague\s+)?(?:[Tt]able|[Tt]ables)|[Rr]ankings?|[Ll]ist|[Ii]ndex|[Ll]eaderboard|"
    r"[Ss]tandings|[Cc]harts?|[Ss]urvey|[Tt]ally|[Cc]ount|[Pp]oll)\b"
)


def _sentence_board(sentence: str, mention: Mention) -> str | None:
    """The one board the sentence names in a phrase of its own ("In the latest Lindqvist
    rankings, published in March 2025, Harbor College was ranked ninth"), or, failing
    that, the one name of a board it writes anywhere ("X broke into the top tier of the
    Acme Council's annual Fleet Index, finishing third"), for a rank held through a verb
    of ranking that names none; None when it names none or two."""
    if not _RANKING_VERB.search(sentence, max(0, mention.start - 30), mention.start):
        return None
    found = {normalise_board(m.group("board")) for m in _IN_SENTENCE_BOARD.finditer(sentence)}
    if not found:
        found = {normalise_board(m.group()) for m in _BOARD_NAME.finditer(sentence)}
    return found.pop() if len(found) == 1 else None


# A board's own name, its owner and edition words in it: "the Acme Council's annual Fleet
# Satisfaction Index", "Hooli's 2026 Top 50". The board noun is capitalised, as in a name:
# "the Acme table" or "its list" is no name.
_BOARD_NAME = re.compile(
    r"(?<![\w'’])[A-Z][\w.&-]*(?:['’]s)?"
    r"(?:[ \t]+(?:[A-Z][\w.&-]*(?:['’]s)?|(?:19|20)\d\d|annual|yearly|quarterly|monthly|"
    r"weekly)){0,6}?"
    r"[ \t]+(?:Index|Rankings?|Table|List|Leaderboard|Charts?|Survey|Standings|Top[ \t]\d+)\b"
)


# A named board as the subject of a verb that places the item: "The Acme Index placed
# Globex 22nd", "the 2027 Hooli Rankings put Initech third", "The Wexley rich list ranks
# her 40th". At most one lower-case word between name and noun, and a short item after.
_BOARD_PLACING = re.compile(
    r"\b(?P<board>[A-Z][\w.&'’+-]*(?:[ \t]+[A-Z][\w.&'’+-]*){0,4}?)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:(?:[Ll]eague\s+)?[Tt]ables?|[Rr]ankings?|[Ll]ist|[Ii]ndex|[Ss]urvey|[Cc]harts?|"
    r"[Pp]oll|[Ll]eaderboard)\s+(?:placed|places|put|puts|ranked|ranks|rated|rates)\s+"
    r"[^,.;:]{1,60}?\s+$"
)


def _board_placing(sentence: str, mention: Mention) -> str | None:
    """The board that is itself the subject of the verb placing a rank's item ("The Acme
    Index placed Globex 22nd"): none of the other readings finds it, as the board comes
    before the item and no "in"/"on" names it. The search is bounded to 140 characters
    before the rank."""
    found = _BOARD_PLACING.search(sentence, max(0, mention.start - 140), mention.start)
    return normalise_board(found.group("board")) if found else None


# "ranked fourth by Q Data": the maker of the ranking, after "by"
_RANKED_BY = re.compile(r"\s+by\s+(?:the\s+)?")


def _ranked_by(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The board of a rank given by its maker after a verb of ranking ("Falcor, ranked
    fourth by Brightline Research in the second quarter"): the maker's list, as
    "Brightline Research's tally" is. None without a ranking verb right before the rank."""
    if not _RANKING_VERB.search(sentence, max(0, mention.start - 30), mention.start):
        return None
    by = _RANKED_BY.match(sentence, mention.end)
    if by is None:
        return None
    named = [e for e in entities if e.start == by.end()]
    return named[0].name if named else None


def _year_period(year: int) -> Period:
    return Period(
        DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), Granularity.YEAR), "in"
    )


def _board_of(sentence: str, mention: Mention) -> tuple[str | None, Period | None]:
    """The board a rank names, and its edition when a year names it: "14th in the 2025
    edition of the Atlas Rankings" and "17th in the Atlas Rankings 2025" are both on the
    Atlas Rankings, edition 2025; "third in the Atlas national table" is on the Atlas
    national table, not on "Atlas"."""
    board = mention.unit
    if not board:
        return None, None
    at = sentence.find(board, mention.end)
    if at >= 0 and re.fullmatch(_YEAR, board):
        named = _YEAR_EDITION_OF.match(sentence, at)
        if named is None:
            return None, None  # "in 2025": a year, no board
        return named.group("board"), _year_period(int(named.group("year")))
    parts = _BOARD_AND_YEAR.fullmatch(board)
    year = parts.group("lead") or parts.group("trail") if parts else None
    if parts is not None and year:
        return parts.group("board"), _year_period(int(year))
    if at >= 0:
        noun = _BOARD_NOUN_AFTER.match(sentence, at + len(board))
        if noun is not None:
            return board + noun.group(), None
    return board, None


def _rank_period(
    sentence: str,
    mention: Mention,
    board_text: str | None,
    dates: Sequence[Mention],
    others: Sequence[Mention],
) -> Period | None:
    # a date with a possessive modifies another noun ("marked it down for November's
    # outage"): it dates no edition
    dates = [d for d in dates if sentence[d.end : d.end + 2] not in ("'s", "’s")]
    period = _period(sentence, mention, dates, others)
    if period is None and board_text:
        period = _board_date(sentence, mention, board_text, dates)
    if period is None:
        editions = {
            Period(d.value, "in")
            for d in dates
            if isinstance(d.value, DateValue)
            and _EDITION_DATE.search(sentence, max(0, d.start - 50), d.start)
        }
        period = editions.pop() if len(editions) == 1 else None
    return period


# An ordinal that holds a position ("which ranked second", "came in third place"), as
# opposed to one that only counts ("its first serious push"): only such ranks borrow a board.
_RANKING_VERB = re.compile(
    r"\b(?:(?:rank(?:s|ed|ing)?|plac(?:es|ed|ing)|came|comes|coming|finish(?:es|ed|ing)|sat|sits|"
    r"debut(?:s|ed))"
    r"(?:\s+in)?|(?:down|up|climb(?:s|ed)?|rose|rises|fell|falls|dropped|slipped|moved|jumped)"
    r"\s+to)\s+$",
    re.IGNORECASE,
)
# "according to rankings updated on Sunday": the date of the board's edition
_EDITION_DATE = re.compile(
    r"\b(?:rankings?|leaderboards?|list|table|standings|charts?)\s+(?:\w+\s+){0,2}?"
    r"(?:updated|published|released|issued)\s+(?:on|in|as\s+of)?\s*$",
    re.IGNORECASE,
)
_RANKING_NOUN = re.compile(r"\s+(?:place|spot|position)\b", re.IGNORECASE)


def _board_date(
    sentence: str, mention: Mention, board_text: str, dates: Sequence[Mention]
) -> Period | None:
    """ "ranked first on the Apex leaderboard this week": a date right after the board."""
    at = sentence.find(board_text, mention.end)
    if at < 0:
        return None
    end = at + len(board_text)
    for date in dates:
        if isinstance(date.value, DateValue) and re.fullmatch(
            r"\s*(?:published|released|updated)?\s*(?:on|in|for|of)?\s*", sentence[end : date.start]
        ):
            return Period(date.value, "in")
    return None


# A board named in full: capitalised words and a board noun ("the CellTrack Battery
# Rankings", "the Harlow Retail Index"), perhaps with a year ("the 2025 X Rankings", "the
# X Rankings 2025").
_NAMED_BOARD = re.compile(
    rf"(?:\b{_YEAR}[ \t]+)?(?<![\w.&'’+-])(?:[A-Z][\w.&'’+-]*[ \t]+)+"
    r"(?:Rankings?|Index|Table|Leaderboard|List|Charts?|Standings|Tracker)\b"
    rf"(?:[ \t]+{_YEAR}\b)?"
)


def board_editions(sentence: str, dates: Sequence[Mention]) -> tuple[tuple[str, Period], ...]:
    """The boards a sentence names with their edition, whether or not it ranks anything:
    "In the CellTrack Battery Rankings for the third quarter of 2025, Hanrow kept the top
    spot" gives ("CellTrack Battery", 2025-Q3); "the 2025 edition of the Atlas Rankings"
    gives ("Atlas", 2025). Boards are ``normalise_board``'d, editions are months or
    coarser (as ``_edition``)."""
    found: dict[str, set[Period]] = {}
    for match in _YEAR_EDITION_OF.finditer(sentence):
        board = normalise_board(match.group("board"))
        found.setdefault(board, set()).add(_year_period(int(match.group("year"))))
    for match in _NAMED_BOARD.finditer(sentence):
        text = match.group()
        parts = _BOARD_AND_YEAR.fullmatch(text)
        year = parts.group("lead") or parts.group("trail") if parts else None
        if parts is not None and year:
            board = normalise_board(parts.group("board"))
            found.setdefault(board, set()).add(_year_period(int(year)))
            continue
        for date in dates:
            if (
                date.start >= match.end()
                and isinstance(date.value, DateValue)
                and re.fullmatch(
                    r"\s*,?\s*(?:published|released|updated|issued)?\s*(?:on|in|for|of)?\s*",
                    sentence[match.end() : date.start],
                )
            ):
                edition = _edition(Period(date.value, "in"))
                if edition is not None:
                    found.setdefault(normalise_board(text), set()).add(edition)
    return tuple(
        (board, periods.pop()) for board, periods in sorted(found.items()) if len(periods) == 1
    )


def _edition_named_before(
    board: str, editions: Sequence[tuple[str, Period]]
) -> tuple[str, Period | None]:
    """The board and edition the sentence before names for ``board``, written in full or
    short ("the CellTrack table" after "the CellTrack Battery Rankings for the third
    quarter": the CellTrack Battery board, that quarter), when it names exactly one; else
    ``board`` with no edition."""
    key = subject_key(board)
    found = {
        (named, period)
        for named, period in editions
        if subject_key(named) == key or subject_key(named).startswith(key + " ")
    }
    return found.pop() if len(found) == 1 else (board, None)


def _edition(period: Period | None) -> Period | None:
    """A board's edition is its month: a day or a week is coarsened to the month it starts."""
    if period is None or period.date.granularity is not Granularity.DAY:
        return period
    start = period.date.start.replace(day=1)
    last = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return Period(DateValue(start, last, Granularity.MONTH), period.relation)


def normalise_board(board: str) -> str:
    """ "the Apex leaderboard" and "Apex.ai" are one board: "Apex"; a full stop that ends
    the sentence after a board's name ("... of the Atlas Rankings.") is not part of it, nor
    is an owner's possessive ("ranked third in Atlas's")."""
    text = _POSSESSIVE_BOARD.sub("", board.strip().rstrip("."))
    previous = None
    while previous != text:
        previous = text
        text = _BOARD_NOISE.sub("", text).strip()
        head, _, last = text.rpartition(" ")
        if head and last.casefold() in _BOARD_NOUNS:  # "the Lindqvist league", "its tally"
            text = head.strip()
    return text or board.strip()


# "this year's Apex Global 100", "last year's Apex Rankings": a board named with its year
_YEAR_NAMED_BOARD = re.compile(
    r"\b(?P<which>(?i:this|last|next))\s+year['’]s\s+"
    r"(?P<board>[A-Z][\w.&'’+-]*(?:[ \t]+[A-Z][\w.&'’+-]*){0,8}" + _BOARD_NUMBER + ")"
)


def year_named_editions(
    sentence: str, published: dt.date | None
) -> tuple[tuple[str, Period], ...]:
    """The boards a sentence names by the year of their edition relative to the article's
    date: "this year's Apex Global 100" in an article of November 2026 is the 2026 edition
    of the Apex Global 100 (for ``describe``'s ``editions``)."""
    if published is None or "year" not in sentence:
        return ()
    step = {"this": 0, "last": -1, "next": 1}
    return tuple(
        (
            normalise_board(found.group("board")),
            _year_period(published.year + step[found.group("which").lower()]),
        )
        for found in _YEAR_NAMED_BOARD.finditer(sentence)
    )


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
    if attribute is None or kind not in _INHERITING_KINDS:
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
    if continued is None or attribute is None or kind is not Kind.MONEY:
        return None
    if attribute.endswith(tuple(SPAN_QUALIFIERS)) or _OTHER_SPAN.search(sentence):
        return None
    if _THE_QUARTER.search(sentence) or any(not _RELATIVE_BASE.fullmatch(d.text) for d in dates):
        return None
    return continued


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
    if article is None or attribute is None or kind is not Kind.MONEY:
        return None
    if any(not _RELATIVE_BASE.fullmatch(d.text) for d in dates):
        return None
    if not _YEAR_BASE.search(sentence) or _NOT_WHOLE_YEAR.search(sentence):
        return None
    return article


def names_compete(sentence: str, entities: Sequence[Entity], main: str) -> bool:
    """Does a name other than ``main`` in ``sentence`` stand where a subject could? A name
    after a preposition ("imposed by the regulator X", "in Leeds") or an adjective of place
    does not; ``main`` itself, whole or shortened ("Initrode" for "Initrode Group"), does
    not. With a competing name a figure that names nobody is left without a subject."""
    sentence, entities = without_dateline(sentence, entities)
    key = subject_key(main)
    governed: Entity | None = None  # the last name a preposition governs
    for entity in usable_entities(sentence, entities):
        other = subject_key(entity.name)
        if other == key or key.startswith(other + " ") or other.startswith(key + " "):
            continue
        if _after_preposition(sentence, entity) or (
            # "by the Conduct and Solvency Authority": a name joined to one a preposition
            # governs is governed too
            governed is not None
            and _COORDINATION.match(sentence[governed.end : entity.start]) is not None
        ):
            governed = entity
            continue
        return True
    return False



# Attributes a bare sum may be lent from the corpus (``data/lent_attributes.txt``)
LENT_ATTRIBUTES = _words("lent_attributes.txt")
# Modifiers of a counted noun that name a part of the count (``data/part_modifiers.txt``;
# see ``factcheck.backoff.CountBackoff``)
PART_MODIFIERS = _words("part_modifiers.txt")
# A level of a share price ("Acme shares fell 1.8% to 205p") or an estimate ("kept its
# estimate of the cost at €310 million, or about €95 million after ..."): within a bounded
# window before the figure, no one-time sum
_SHARE_LEVEL_BEFORE = re.compile(r"\b(?:shares|stock|share\s+price)\b[^;:]{0,40}\bto\s+$", re.I)
_ESTIMATE_BEFORE = re.compile(r"\bestimat(?:e|es|ed|ing|ion)\b", re.IGNORECASE)
# A level a sum stands at ("its net cash position stood at $142 million", "X was unchanged
# at 233 pence", "closed at"): a balance or a price, never a one-time sum paid
_LEVEL_BEFORE = re.compile(
    r"\b(?:stood|stands|was\s+unchanged|were\s+unchanged|unchanged|closed|traded|trading|"
    r"finished|ended)\s+(?:\w+\s+){0,2}?at\s+(?:(?:about|around|roughly|some)\s+)?$",
    re.IGNORECASE,
)
# A sum demanded, not paid: "the authority had sought $61 million in damages", "is suing
# for", "claimed": what one side asked for, which the sum settled or imposed is not
_DEMANDED_BEFORE = re.compile(
    r"\b(?:sought|seeks|seeking|seek|demanded|demands|demanding|claimed|claiming|asked\s+for|"
    r"suing\s+(?:\w+\s+)?for|sued\s+(?:\w+\s+)?for)\s+(?:(?:\w+|the|an?)\s+){0,2}?"
    r"(?:(?:about|around|roughly|nearly|some|more\s+than|at\s+least|up\s+to)\s+)?$",
    re.IGNORECASE,
)
# A sum named by what it is in, right after it ("£84,000 in prosecution costs", "£2m in
# grants"): not the sum a corpus lends, which its sentence leaves unnamed. How it is paid
# ("in cash", "in shares") and a time or a place ("in March", "in the first half") name
# nothing.
_IN_WHAT_AFTER = re.compile(
    r"\s+in\s+(?!(?:cash|stock|shares|equity|debt|total|all|full|the|a|an|its|their|this|that|"
    r"last|next|each|early|late|mid|fiscal|financial|calendar)\b)(?-i:[a-z][\w-]*)"
)
# A gift ("has given £150,000 to a river trust", "donated") or a sum spent ("had spent €8
# million so far on forensic work"): no fine, price or fee
# A share of a whole restated as a sum: "22% of Brennick's revenue, or about £65 million",
# "a third of its sales, or $1.2 billion": the sum is that part, never the whole
_SHARE_RESTATED_BEFORE = re.compile(
    r"(?:\d[\d.]*\s*(?:%|per\s?cent|percent)|\b(?:a|one|two)[\s-](?:third|quarter|fifth|"
    r"half)|\bhalf)\s+of\s+[^,;:()]{1,60},\s+or\s+" + _APPROX_OR_FLOOR + "$",
    re.IGNORECASE,
)
_GIFT_BEFORE = re.compile(
    r"\b(?:given|gave|gives|giving|donated|donates|donating|contributed|contributes|"
    r"granted|grants|spent|spends|spending)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than)\s+)?$",
    re.IGNORECASE,
)
# A sum written in a currency's hundredth ("233 pence", "45 cents"): a price of one unit,
# never a total
_SUBUNIT = re.compile(r"\d\s*(?:p|pence|cents?|¢)(?!\w)", re.IGNORECASE)
# A sum with cents and no scale word ("the $18.40 offer", "€26.93"): the price of one
# share or unit, never a whole
_UNIT_PRICE = re.compile(r"(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s?)\d{1,4}[.,]\d{2}")
# A value put on a thing: "put the value of that freehold estate at £890 million", "the
# value of its stake at" (an appraisal, no sum paid)
_VALUE_OF_BEFORE = re.compile(
    r"\bvalue\s+of\s+(?:[\w'’-]+\s+){1,6}?at\s+" + _APPROX + "$",
    re.IGNORECASE,
)


def figure_is_unqualified(
    sentence: str,
    start: int,
    end: int,
    kind: Kind,
    rules: Mapping[str, tuple[AttributeRule, ...]] | None = None,
) -> bool:
    """Is a figure with no attribute free of every cue that ``describe`` reads as "no fact"?

    ``describe`` drops the attribute of a base of a comparison ("up from $980 million"), a
    projection, a part of a listed total, an earlier event, a sum set aside or of an earlier
    time; such a figure has no attribute for a reason, and must not be lent one (see
    ``factcheck.backoff.lent_attributes``); nor must a share price's level or an
    estimate, a level a balance stood at, a sum demanded ("had sought $61 million"), one
    paid "in addition to the fine", a gift or a sum spent, a sum named by what it is in
    ("£84,000 in prosecution costs"), a sum written in pence or cents or with cents and no
    scale ("the $18.40 offer": a unit's price), or a value put on a thing ("put the value
    of that freehold estate at £890 million"). ``start`` and
    ``end`` are the figure's offsets in ``sentence``. Every test is one of ``describe``'s
    own, or a search in a bounded window next to the figure (80 characters before it, 120
    for "in addition to the fine").
    """
    rules = rules if rules is not None else default_attribute_rules()
    if not 0 <= start < end <= len(sentence):
        return False
    mention = Mention(kind, start, end, sentence[start:end], Amount(Decimal(0)))
    right = len(sentence)
    window = max(0, start - 80)
    return not (
        _SHARE_LEVEL_BEFORE.search(sentence, window, start)
        or _ESTIMATE_BEFORE.search(sentence, window, start)
        or _LEVEL_BEFORE.search(sentence, window, start)
        or _DEMANDED_BEFORE.search(sentence, window, start)
        or _BESIDES_THE_FINE.search(sentence, max(0, start - 120), start)
        or _GIFT_BEFORE.search(sentence, window, start)
        or _SHARE_RESTATED_BEFORE.search(sentence, max(0, start - 90), start)
        or (kind is Kind.MONEY and _IN_WHAT_AFTER.match(sentence, end) is not None)
        or (kind is Kind.MONEY and _SUBUNIT.search(sentence, start, end) is not None)
        or (kind is Kind.MONEY and _UNIT_PRICE.fullmatch(sentence, start, end) is not None)
        or _VALUE_OF_BEFORE.search(sentence, window, start)
        or _is_baseline(sentence, mention, 0, right)
        or _projection(sentence, mention, rules.get("projection", ()), 0, right)
        or _listed_part(sentence, mention)
        or _earlier_event(sentence, mention, 0)
        or _when_last(sentence, mention)
        or _set_aside(sentence, mention)
        or _earlier_by(sentence, mention, 0) is not None
        or _AGO_AFTER.match(sentence, end) is not None
    )


# A time long past told after the figure: "paid £260mn for the business seven years ago",
# "bought it for $40m a decade earlier" (bounded: 50 characters, within the clause)
_AGO_AFTER = re.compile(
    r"[^.;:]{0,50}?\b(?:(?:\w+|a)\s+)?(?:years?|months?|decades?)\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)
