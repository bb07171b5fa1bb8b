"""What a figure is a figure of: attribute rules and the cues that select them.

``AttributeRule`` and the tables that compile ``data/attributes.yaml`` into rules
(``load_attribute_rules``, ``default_attribute_rules``, ``cumulative_attributes``,
``is_level``), the nearest-cue search (``_find_cue`` and its scanners), and the readings
of a figure's own noun phrase: head nouns, segments, measured quantities, prices per
share, shares of a whole, and what a count counts (``_count_attribute``, headcounts,
counting verbs). It is separate because the attribute is read from cue words alone; who
the figure belongs to (``subjects``, ``roles``) and when (``periods``) build on it.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from factcheck.context.clauses import (
    _APPROX_OR_FLOOR,
    _CLAUSE_OPENER,
    _DESCRIPTION_HEAD,
    _FORWARD_STOP,
    _NEW_PHRASE,
    _TIME_UNITS,
    _WORD,
    Entity,
    _asides,
    _clause_edges,
    _words,
    _words_window,
)
from factcheck.extract.numeric import COUNTED_UNITS
from factcheck.model import Amount, DateValue, Granularity, Kind, Mention, Period


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
    changes: bool = False  # "revenue rose 7%": its change is a figure, "growth of revenue"


def load_attribute_rules(data: Mapping[str, Any]) -> dict[str, tuple[AttributeRule, ...]]:
    """Compile an attributes table (see ``data/attributes.yaml``) into regex rules, by kind,
    with the derived tables "<kind> heads", "count nouns" and "<kind> changes" (the rules
    marked ``changes``, read by ``changed_result``)."""
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
                        bool(spec.get("changes")),
                    )
                )
        rules[str(kind)] = tuple(compiled)
    rules.update(_head_rules(data))
    rules.update(_counted_nouns(data))
    # the results whose percentage changes are figures of their own (``changed_result``)
    for kind, table in list(rules.items()):
        changing = tuple(r for r in table if r.changes)
        if changing:
            rules[f"{kind} changes"] = changing
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
    copies"), nor money, save a run rate ("$52 million of ARR"), which moves every month."""
    if not attribute:
        return False
    if kind is Kind.MONEY:
        return attribute.startswith("recurring_revenue")
    if kind is Kind.PERCENT:
        # a share of a market, or a holder's stake ("owns 19.9% of X"), moves with time
        return attribute.startswith("share of ") or attribute == "stake"
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


_MARKET = "market_value"


def is_quoted_price(kind: Kind, attribute: str | None) -> bool:
    """Is a figure a price quoted per unit of a thing traded ("$6,045 a tonne", "$81 a
    barrel", "€90 per MWh")? Such a price moves from day to day, so two undated ones are
    one fact only when written the same day. A price per unit of time ("$14.99 a month")
    is a fee, which holds until it is changed, and a price per share is an offer's or a
    listing's ("priced its IPO at $24 per share"), fixed once. A company's market value
    ("giving the company a market value of about 5.1 trillion won") is its share price
    times its shares: it moves with every trading day as a quoted price does."""
    if kind is Kind.MONEY and attribute is not None and attribute.split(" (", 1)[0] == _MARKET:
        return True
    if kind is not Kind.MONEY or not attribute or not attribute.startswith("price per "):
        return False
    unit = attribute[len("price per ") :]
    return unit not in _TIME_UNITS and unit != "share"


def cumulative_attributes(rules: Mapping[str, tuple[AttributeRule, ...]]) -> frozenset[str]:
    """Attributes whose undated figures must not be compared (see attributes.yaml)."""
    return frozenset(r.name for table in rules.values() for r in table if r.cumulative)


@lru_cache(maxsize=1)
def default_attribute_rules() -> dict[str, tuple[AttributeRule, ...]]:
    text = resources.files("factcheck.data").joinpath("attributes.yaml").read_text("utf-8")
    return load_attribute_rules(yaml.safe_load(text))


_HEAD_NOUN_STOP = re.compile(
    r"^(?:was|were|is|are|be|been|had|has|have|will|would|which|that|who|in|on|at|for|to|"
    r"from|with|by|and|or|as|than|of|against|versus|vs|over|under|after|before|compared|"
    r"up|down|through|per|across|among|during|since|while|ahead|behind|"
    # an adverb of time after the noun ("of the parcel market last year")
    r"last|next|earlier|yesterday|today|currently)$",
    re.IGNORECASE,
)


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
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just|by)\s+)*$"
    # a transitive change, its object between: "raise its quarterly dividend by 8% to"
    r"|\b(?:raise[sd]?|raising|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|increase[sd]?|"
    r"increasing|cut(?:s|ting)?|reduce[sd]?|reducing|lower(?:s|ed|ing)?)\s+"
    r"(?:[\w'’-]+\s+){1,4}?by\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?$",
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


# A percentage change of a result, and which way it went. The change is told by a verb
# right before the figure ("Revenue for the year to June 30 rose 7.4% to", "when X's
# revenue grew 4.7%", "sales were up 8%"), by "up" after the level the result reached
# ("Revenue rose to $612 million, up 6.2%"), by a verb whose object is the result
# ("pushed first-half revenue 7% higher") or by a noun after the figure ("an 11% rise in
# first-half revenue", "8% revenue growth").
_UP = (
    r"rose|rise[sn]?|rising|grew|grow(?:s|n|ing)?|increased|increases?|increasing|climbed|"
    r"climbs?|climbing|jumped|jumps?|jumping|gained|gains?|advanced|advances?|surged|surges?|"
    r"soared|soars?|expanded|expands?|improved|improves?"
)
_DOWN = (
    r"fell|falls?|fallen|falling|dropped|drops?|dropping|declined|declines?|declining|"
    r"decreased|decreases?|slipped|slips?|slid|slides?|shrank|shrunk|shrinks?|sank|sinks?|"
    r"plunged|plunges?|tumbled|tumbles?|slumped|slumps?|contracted|contracts?"
)
_CHANGED_BEFORE = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN})|(?:was|were|is|are|came\s+in|ended|finished|"
    r"edged)\s+(?:(?P<up2>up|higher)|(?P<down2>down|lower)))\s+(?:by\s+)?$",
    re.IGNORECASE,
)
# ", up 6.2%" right after the level: the change of that level's result
_UP_AFTER_LEVEL = re.compile(r",?\s+(?:(?P<up>up)|(?P<down>down))\s+(?:by\s+)?$", re.I)
_PUSHED = re.compile(
    r"\b(?:push(?:ed|es|ing)?|lift(?:ed|s|ing)?|drove|drives?|driving|boost(?:ed|s|ing)?|"
    r"sent|send(?:s|ing)?|took|takes?|taking|propel(?:led|s|ling)?)\s+"
    r"(?P<np>(?:[\w'’-]+\s+){1,4}?)$",
    re.IGNORECASE,
)
_HIGHER_AFTER = re.compile(r"\s+(?:(?P<up>higher|up)|(?P<down>lower|down))\b", re.IGNORECASE)
_CHANGE_NOUN_AFTER = re.compile(
    r"[\s-]+(?:(?P<up>rise|increase|jump|gain|growth|climb|improvement|expansion)|"
    r"(?P<down>fall|drop|decline|decrease|slide|contraction))\s+in\s+"
    r"(?P<np>(?:[\w'’-]+[ \t]+){0,4}[\w'’-]+)",
    re.IGNORECASE,
)
# "8% revenue growth", "revenue growth of 8%", "revenue growth slowed to 4%"
_GROWTH_AFTER = re.compile(r"\s+(?:growth|increase|gain|rise)\b", re.IGNORECASE)
_GROWTH_BEFORE = re.compile(
    r"\s+growth\s+(?:of|was|is|came\s+in\s+at|reached|slowed\s+to|accelerated\s+to|"
    r"picked\s+up\s+to|eased\s+to)\s+$",
    re.IGNORECASE,
)
# Words between a result and its verb of change that make it another figure's ("sales of
# its flagship drug rose 12%", "revenue at the cloud unit grew", "revenue per room rose",
# "revenue and profit rose"): abstain
_NOT_THE_RESULTS = re.compile(
    r"\b(?:of|at|from|per|and|or|but|while|which|that|who|whose)\b|[;:()]",
    re.IGNORECASE,
)
# The basis a change is measured on: "organic growth" is no reported growth, "at constant
# currency" none in dollars, "from the previous quarter" no change on a year earlier
_CHANGE_BASES = (
    ("organic", re.compile(r"\borganic(?:ally)?\b", re.I)),
    ("like-for-like", re.compile(r"\blike[- ]for[- ]like\b", re.I)),
    ("comparable", re.compile(r"\bcomparable\b", re.I)),
    ("underlying", re.compile(r"\bunderlying\b", re.I)),
    ("same-store", re.compile(r"\bsame[- ](?:store|restaurant|shop)\b", re.I)),
    ("constant currency", re.compile(
        r"\b(?:constant[- ]currenc(?:y|ies)|local[- ]currenc(?:y|ies)|currency[- ]neutral|"
        r"constant\s+exchange\s+rates?)\b", re.I)),
    ("sequential", re.compile(
        r"\b(?:sequential(?:ly)?|from\s+the\s+(?:previous|prior|preceding)\s+(?:quarter|"
        r"three\s+months)|(?:quarter|month)[- ](?:on|over)[- ](?:quarter|month))\b", re.I)),
    ("excluding", re.compile(r"\b(?:excluding|ex-|stripping\s+out|leaving\s+out)\b", re.I)),
)


# The attributes of a change of a result: "growth of revenue", "decline of profit"
_CHANGES = ("growth of ", "decline of ")
# What a change is measured from, right after it: "up 6.2% from a year earlier", "grew 4%
# on the previous year". It is the base of the change, never the figure's own time.
_CHANGE_BASE_AFTER = re.compile(
    r"\s+(?:from|on|over|against|versus|vs\.?|compared\s+(?:with|to))\s+"
    r"(?:a|the|one|last|its|the\s+same)\s+(?:year|twelve|12|period|quarter|half)",
    re.IGNORECASE,
)


def is_change(kind: Kind, attribute: str | None) -> bool:
    """Is the figure the percentage change of a result ("growth of revenue")? Such a
    figure is read as the result itself is: dated by the passage that reports results and
    owned by the article's company when it names nobody."""
    return kind is Kind.PERCENT and attribute is not None and attribute.startswith(_CHANGES)


# A margin: a result as a share of revenue ("an underlying EBITDA margin of 24.1%", "gross
# margin improved to 41%", "a 12% operating margin"). The words that say which result it
# is of stand right before "margin"; "profit" adds nothing ("operating profit margin" is
# the operating margin), a basis ("underlying", "adjusted") keeps it apart.
_MARGIN = "margin"
_MARGIN_WORDS = frozenset({
    "operating", "ebitda", "ebit", "ebita", "gross", "net", "pretax", "pre-tax", "trading",
    "underlying", "adjusted", "core", "contribution", "cash", "free", "profit",
})
_MARGIN_LINK = re.compile(
    # "lifting the adjusted EBIT margin to 9.8%": a transitive change names it with "to"
    r"\s+(?:(?:was|were|is|of|at|to|stood\s+at|came\s+in\s+at|reached|hit|"
    r"(?:rose|widened|improved|expanded|increased|grew|climbed|narrowed|fell|shrank|slipped|"
    r"declined|dropped|contracted|eased|edged\s+(?:up|down)|recovered)\s+to)\s+)"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))\s+)?",
    re.IGNORECASE,
)
_MARGIN_BEFORE = re.compile(r"\bmargins?(?=" + _MARGIN_LINK.pattern + r"$)", re.IGNORECASE)
_MARGIN_AFTER = re.compile(r"\s+((?:[\w-]+\s+){0,3}?)margins?\b", re.IGNORECASE)


def margin_of(sentence: str, mention: Mention, left_edge: int, right_edge: int) -> str | None:
    """The margin a percentage is ("margin (underlying ebitda)"), else None: "an
    underlying EBITDA margin of 24.1%", "The underlying EBITDA margin widened to 21.4%",
    "a 12% operating margin". A change of it in points ("up 1.2 percentage points") is no
    margin; "from 20.2%" after it is its base, which the caller leaves unread."""
    if mention.kind is not Kind.PERCENT or "point" in mention.text.casefold():
        return None
    words: list[str] | None = None
    before = _MARGIN_BEFORE.search(sentence, max(left_edge, mention.start - 80), mention.start)
    if before is not None:
        written = sentence[max(left_edge, before.start() - 40) : before.start()].split()
        words = []
        for word in reversed(written):
            if word.casefold() not in _MARGIN_WORDS:
                break
            words.insert(0, word.casefold())
    else:
        after = _MARGIN_AFTER.match(sentence, mention.end, max(right_edge, mention.end))
        if after is not None and all(w.casefold() in _MARGIN_WORDS for w in after.group(1).split()):
            words = [w.casefold() for w in after.group(1).split()]
    if words is None:
        return None
    words = [w.replace("pre-tax", "pretax") for w in words if w != "profit"]
    return f"{_MARGIN} ({' '.join(words)})" if words else _MARGIN


_MARGIN_OPENING = re.compile(
    r"\W*(?:(?:the|its|their)\s+)?(?:(?:" + "|".join(sorted(_MARGIN_WORDS)) + r")\s+){0,3}"
    r"margins?\b",
    re.IGNORECASE,
)


def opens_with_margin(sentence: str) -> bool:
    """Does the sentence open with a margin ("The underlying EBITDA margin widened to")?
    Such a sentence goes on about the company before, as "Revenue rose ..." does."""
    return _MARGIN_OPENING.match(sentence) is not None


# A margin's cue, for the dates glued to it ("its third-quarter gross margin rose to
# 34.1%" is the third quarter's margin, as "third-quarter revenue" is that quarter's revenue)
MARGIN_RULE = AttributeRule(
    _MARGIN,
    re.compile(r"(?:(?:" + "|".join(sorted(_MARGIN_WORDS)) + r")\s+){0,3}margins?\b", re.I),
    relational=False,
)


def is_margin(kind: Kind, attribute: str | None) -> bool:
    """Is the figure a margin (``margin_of``)? It is read as a result is: dated by the
    passage that reports results, owned by the article's company when it names nobody."""
    return kind is Kind.PERCENT and attribute is not None and attribute.split(" (", 1)[0] == _MARGIN


@lru_cache(maxsize=1)
def _result_names() -> frozenset[str]:
    """The money attributes that are results over a span: those marked ``changes``, and
    earnings per share (a quarter's "34 cents per diluted share" is not the year's "$1.03 a
    share")."""
    changes = (r.name for r in default_attribute_rules().get("money changes", ()))
    return frozenset((*changes, "earnings per share"))


def is_result(kind: Kind, attribute: str | None) -> bool:
    """Is the figure a company's result over a span (revenue, a profit: the attributes
    marked ``changes`` in ``data/attributes.yaml``) or the change of one? Written without
    its date, such a figure is of the span the article reports on."""
    if attribute is None:
        return False
    if is_change(kind, attribute) or is_margin(kind, attribute):
        return True
    return kind is Kind.MONEY and attribute.split(" (", 1)[0] in _result_names()


def reads_as_a_result(kind: Kind, attribute: str | None) -> bool:
    """A sum, a margin or the percentage change of a result: the figures that inherit a
    results passage's period and an article's one company (see ``is_change``)."""
    return kind is Kind.MONEY or is_change(kind, attribute) or is_margin(kind, attribute)


def change_base(sentence: str, mention: Mention, right_edge: int) -> int:
    """Where the words that may make a figure a base of comparison end: at the figure
    itself for a percentage change followed by what it is measured from ("up 6.2% from a
    year earlier" is no figure of a year earlier), else at ``right_edge``."""
    if mention.kind is Kind.PERCENT and _CHANGE_BASE_AFTER.match(sentence, mention.end):
        return mention.end
    return right_edge


def changed_result(
    sentence: str,
    mention: Mention,
    rules: Sequence[AttributeRule],
    others: Sequence[Mention],
    left_edge: int,
    right_edge: int,
    clause: tuple[int, int],
) -> tuple[AttributeRule, str] | None:
    """The result a percentage is the change of, and its attribute: "Revenue rose 7.4% to
    $318.6 million" is the "growth of revenue", "operating profit fell 3%" the "decline of
    operating_profit". The rule is the result's own, so the figure is dated and owned as
    the result would be.

    Two articles that give one year's revenue growth as 7.4% and 4.7% contradict each
    other as surely as two revenues do. A growth is never compared with a decline (the
    sign is in the attribute, the value stays as written), a part of the business's with
    the whole's (its segment), nor one basis with another ("organic", "at constant
    currency", "from the previous quarter"). A change of percentage points is a margin's
    or a share's, never a result's: only a percentage is read."""
    if mention.unit != "%":
        return None
    found = _change_before(sentence, mention, rules, others, left_edge)
    if found is None:
        found = _change_after(sentence, mention, rules, right_edge)
    if found is None:
        return None
    rule, up, cue_at = found
    at_cue = dataclasses.replace(mention, start=cue_at, end=cue_at)
    attribute = _with_segment(sentence, at_cue, rule, clause, rule.name)
    tail = sentence[mention.end : right_edge]
    head = sentence[max(left_edge, cue_at - 40) : cue_at]
    for basis, pattern in _CHANGE_BASES:
        if pattern.search(tail) or (basis != "excluding" and pattern.search(head)):
            if not pattern.search(attribute):  # "comparable-store" is comparable already
                attribute = f"{attribute} ({basis})"
            break
    return rule, f"{_CHANGES[0] if up else _CHANGES[1]}{attribute}"


def _change_before(
    sentence: str,
    mention: Mention,
    rules: Sequence[AttributeRule],
    others: Sequence[Mention],
    left_edge: int,
) -> tuple[AttributeRule, bool, int] | None:
    """A change told before the figure: by a verb after its result, by "up" after the
    level it reached, by a verb whose object is the result, or "growth of"."""
    window = max(left_edge, mention.start - 60)
    verb = _CHANGED_BEFORE.search(sentence, window, mention.start)
    if verb is not None:
        up = bool(verb.group("up") or verb.group("up2"))
        result = _result_before(sentence, verb.start(), rules, others, left_edge)
        return (result[0], up, result[1]) if result else None
    grown = _GROWTH_BEFORE.search(sentence, window, mention.start)
    if grown is not None:
        result = _result_before(sentence, grown.start(), rules, others, left_edge, gap=False)
        return (result[0], True, result[1]) if result else None
    pushed = _PUSHED.search(sentence, window, mention.start)
    if pushed is not None:
        after = _HIGHER_AFTER.match(sentence, mention.end)
        np = pushed.group("np")
        for rule in rules:
            cue = rule.pattern.search(np)
            if after and cue and cue.end() == len(np.rstrip()) and not _NOT_THE_RESULTS.search(np):
                return rule, after.group("up") is not None, pushed.start("np") + cue.start()
        return None
    # the comma before "up" may end the clause: the level is looked for across it
    up_after = _UP_AFTER_LEVEL.search(sentence, max(0, mention.start - 12), mention.start)
    if up_after is not None:
        # the level, with at most its date between ("rose to $612 million in 2024, up")
        level = next(
            (
                o
                for o in others
                if o.kind is Kind.MONEY
                and o.end <= up_after.start()
                and _DATED_LEVEL_GAP.fullmatch(
                    _without(
                        sentence,
                        o.end,
                        up_after.start(),
                        _dates_between(others, o.end, up_after.start()),
                    )
                )
            ),
            None,
        )
        if level is None:
            return None
        result = _result_before(sentence, level.start, rules, others, 0, level=True)
        return (result[0], up_after.group("up") is not None, result[1]) if result else None
    return None


_DATED_LEVEL_GAP = re.compile(r"(?:\s+(?:in|for|during|over)(?:\s+the)?)?\s*")


def _without(sentence: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """The text from ``start`` to ``end`` with ``spans`` (dates, asides) left out."""
    pieces, at = [], start
    for a, b in sorted(spans):
        a, b = max(a, start), min(b, end)
        if b <= at:
            continue
        if a > at:
            pieces.append(sentence[at:a])
        at = b
    if at < end:
        pieces.append(sentence[at:end])
    return "".join(pieces)


def _dates_between(others: Sequence[Mention], start: int, end: int) -> list[tuple[int, int]]:
    return [
        (o.start, o.end)
        for o in others
        if o.kind is Kind.DATE and start <= o.start and o.end <= end
    ]


def _change_after(
    sentence: str, mention: Mention, rules: Sequence[AttributeRule], right_edge: int
) -> tuple[AttributeRule, bool, int] | None:
    """A change told by a noun after the figure: "an 11% rise in first-half revenue", "8%
    revenue growth"."""
    noun = _CHANGE_NOUN_AFTER.match(sentence, mention.end, right_edge)
    if noun is not None:
        np = noun.group("np")
        for rule in rules:
            cue = rule.pattern.search(np)
            if cue and not _NOT_THE_RESULTS.search(np, 0, cue.start()):
                return rule, noun.group("up") is not None, noun.start("np") + cue.start()
        return None
    for rule in rules:
        cue = rule.pattern.match(sentence, mention.end + 1, right_edge)
        if (
            cue
            and sentence[mention.end : mention.end + 1].isspace()
            and _GROWTH_AFTER.match(sentence, cue.end()) is not None
        ):
            return rule, True, cue.start()
    return None


def _result_before(
    sentence: str,
    end: int,
    rules: Sequence[AttributeRule],
    others: Sequence[Mention],
    left_edge: int,
    *,
    gap: bool = True,
    level: bool = False,
) -> tuple[AttributeRule, int] | None:
    """The result whose cue is the last before ``end`` in the clause, with nothing between
    but a span of time, dates and asides ("Revenue for the fiscal year ended June 30 rose",
    "Evergreen's revenue grew"); with ``level``, the words between may be a verb that gives
    the level ("Revenue rose to $612 million, up 6.2%")."""
    best: tuple[AttributeRule, re.Match[str]] | None = None
    for rule in rules:
        for cue in rule.pattern.finditer(sentence, max(left_edge, end - 120), end):
            if best is None or cue.end() > best[1].end():
                best = (rule, cue)
    if best is None:
        return None
    rule, cue = best
    if rule.weak:
        return None
    between = sentence[cue.end() : end]
    if not gap and between.strip():
        return None
    spans = [m.span() for m in _SPAN_TO_A_DAY.finditer(sentence, cue.end(), end)]
    spans += [(a, b) for a, b in _asides(sentence) if cue.end() <= a and b <= end]
    for other in others:
        if cue.end() <= other.start and other.end <= end:
            if other.kind is not Kind.DATE and not level:
                return None  # "Revenue of $612 million and profit of $31 million rose"
            spans.append((other.start, other.end))
    kept = _without(sentence, cue.end(), end, spans)
    if _NOT_THE_RESULTS.search(kept) or len(_WORD.findall(kept)) > 8:
        return None
    if not level and re.search(r"[A-Z]", kept):
        return None  # "Revenue in Asia rose 9%": a region's, a part of the whole
    return rule, cue.start()


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


# A part of a company named as the clause's subject: "its Hearing Care division, with a
# little over 1,100 clinics, generated DKK 5.8 billion of revenue"
_DIVISION = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|the\s+(?:company|group)['’]s|(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*['’]s)\s+"
    r"(?P<name>(?:[A-Z][\w&'’-]*\s+(?:(?:and|&)\s+)?){1,4}"
    # "Its automotive segment booked revenue of": lower-case words name one too, before a
    # noun that can only be a part ("its core business" names none)
    r"(?=division|unit|arm|business|segment|subsidiary)|(?:[a-z][\w-]*\s+){1,3}(?=segment|division))"
    r"(?:division|unit|arm|business|segment|subsidiary)\b"
)


# The same part named right after the figure: "$3.12 billion of revenue in its engine
# services segment", "sales of €410 million from its Nordic unit" ("its" says whose)
_DIVISION_AFTER = re.compile(
    r"[^.;:()]{0,40}?\b(?:in|at|from|for)\s+(?:its|their|the\s+(?:company|group)['’]s)\s+"
    r"(?P<name>(?:[\w&'’-]+\s+){1,4}?)(?P<head>division|unit|arm|segment|business)\b"
)


_MONTH_NAME = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)


def division_of(sentence: str, mention: Mention) -> str | None:
    """The division a result is of, when the clause it ends opens with one ("its Hearing
    Care division, ..., generated DKK 5.8 billion of revenue"): "Hearing Care division";
    or when "in/from its X segment" follows the figure ("$3.12 billion of revenue in its
    engine services segment").
    Asides between are skipped; another name, or more than eight words, between the
    division and the figure make the figure another's."""
    found = None
    for match in _DIVISION.finditer(sentence, 0, mention.start):
        found = match
    if found is None:
        after = _DIVISION_AFTER.match(sentence, mention.end)
        if after is None:
            return None
        return f"{' '.join(after.group('name').split())} {after.group('head')}"
    between = sentence[found.end() : mention.start]
    between = re.sub(r",[^,]*,", " ", between)
    # a division that opens the sentence is its subject all through its clause ("X's IT and
    # TV segment ... posted an operating loss of ¥29.6 billion in the year ended March 31
    # on revenue of ¥241.9 billion"): a month's name is no other name
    opens = not sentence[: found.start()].strip(" \"'“‘")
    limit = 24 if opens else 8
    if opens:
        between = _MONTH_NAME.sub(" ", between)
    if re.search(r"[A-Z;:]", between) or len(_WORD.findall(between)) > limit:
        return None
    name = " ".join(found.group("name").split())
    return f"{name} {found.group(0).split()[-1]}"


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
        and (
            _ATTRIBUTE_MODIFIERS.fullmatch(opening.group(1) + " ")
            or opening.group(1).lower() in _OPENING_SEGMENTS
        )
    ):
        word = opening.group(1).lower()  # "Adjusted operating profit rose ...": "adjusted"
    else:
        after = _SEGMENT_FROM.match(sentence, cue.end())
        if after and _is_segment(after.group(1)):
            word = after.group(1)
    return f"{attribute} ({word})" if word else attribute


# A place or unit named right after a quantity narrows it to a part ("131,000 ounces of
# gold at its Tallow Creek mine", "3,000 tonnes of steel to China", "300 tonnes of carbon
# dioxide a year at Garforth alone").
_QUALIFIED = re.compile(
    # a rate may come first: "300 tonnes of carbon dioxide a year at Garforth alone"
    r"(?:\s+(?:a|per|each|every)\s+(?:year|month|week|day)|\s+annually)?"
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
    share": three different things per share, never compared with each other. A profit
    restated per share ("net income came to $61.4 million, or $0.45 per share") is
    earnings per share, though its cue is before the other figure."""
    rule = _find_cue(sentence, mention, rules, *clause)
    if rule is not None and rule.name == "dividend per share":
        # "a final dividend of KSh 1.35 per share", "an interim dividend of KSh 0.60": two
        # payments of one year, both true
        kind = _DIVIDEND_KIND.search(sentence, max(clause[0], mention.start - 60), mention.start)
        return f"{rule.name} ({kind.group(1).lower()})" if kind is not None else rule.name
    if rule is not None:
        return rule.name
    if _RESTATED_PER_SHARE.search(sentence, max(0, mention.start - 30), mention.start) and (
        _EARNINGS_BEFORE.search(sentence, 0, mention.start)
    ):
        return "earnings per share"  # "Net income came to $61.4 million, or $0.45 per share"
    return "price per share"


_DIVIDEND_KIND = re.compile(
    r"\b(interim|final|special|total|quarterly|annual)\s+(?:[a-z]+\s+)?(?:dividend|payout)\b"
    r"[^.;:]{0,30}$",
    re.IGNORECASE,
)
# A result restated per share right after it: "$61.4 million, or $0.45 per share"
_RESTATED_PER_SHARE = re.compile(r"\d\s*(?:million|billion|mn|bn|m|b)?\)?,?\s+or\s+$")
_EARNINGS_BEFORE = re.compile(
    r"\b(?:net\s+income|net\s+profit|net\s+earnings|profit|earnings|net\s+loss|loss)\b",
    re.IGNORECASE,
)


# Parts of a business a sentence may open on, capitalised ("Overseas sales climbed 27%"):
# never a name
_OPENING_SEGMENTS = frozenset(
    ["overseas", "domestic", "international", "export", "exports", "online", "foreign",
     "wholesale", "retail", "digital"]
)
_ATTRIBUTE_MODIFIERS = re.compile(
    r"^\W*(?:(?:net|gross|total|quarterly|annual|full-year|half-year|operating|adjusted|"
    r"underlying|overall|core|(?:first|second|third|fourth)-quarter|(?:first|second)-half|"
    r"like-for-like|same-store|comparable|organic|reported|statutory|headline|recurring|basic)\s+)*",
    re.IGNORECASE,
)


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
    if is_margin(mention.kind, attribute):
        # "The underlying EBITDA margin widened to", or a result that the margin follows:
        # "Adjusted earnings before interest and taxes rose to €472 million, lifting the
        # adjusted EBIT margin to 9.8%"
        rest = sentence[opening.end() if opening else 0 :]
        return opens_with_margin(sentence) or any(
            r.pattern.match(rest) for r in default_attribute_rules().get("money changes", ())
        )
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
                if _in_a_name(sentence, text, offset, match):
                    continue  # "Banksia Royalties slipped 1.1% to A$3.61": a name's word
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


# A capitalised word right before a cue written in title case: the cue is a word of a name
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w&'’.-]*\s+$")


def _in_a_name(sentence: str, text: str, offset: int, match: re.Match[str]) -> bool:
    """Is a cue a word of a company's name ("Banksia Royalties", "Harbour Revenue
    Partners")? Written in title case after a capitalised word, it names the company, not
    what a figure near it measures."""
    word = text[match.start() : match.end()]
    at = offset + match.start()
    return (
        not word.startswith("Series")  # a round is written "Series C" in any prose
        and word[:1].isupper()
        and word[1:2].islower()
        and _NAME_WORD_BEFORE.search(sentence, max(0, at - 40), at) is not None
        and not _title_cased(sentence)  # a headline capitalises every word
    )


@lru_cache(maxsize=64)
def _title_cased(sentence: str) -> bool:
    """Is the sentence a headline in title case ("Corvane Systems Revenue Hits $4.2
    Billion")? Most of its words of three letters or more are capitalised."""
    words = _LONG_WORD.findall(sentence)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_LONG_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")


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


# A common noun right before a linking cue ("orders worth", "310 planes, worth", "assets
# valued at") is what the figure measures: it is not the subject's worth. Verbs of being,
# adverbs and nouns for the organisation itself ("the startup, valued at") do not count.
_PLURAL_BEFORE = re.compile(
    r"\b(?!(?:is|was|are|were|be|been|being|now|currently|still|once|reportedly|recently|"
    r"last|then|already|its|his|this|us|as)\b|" + _DESCRIPTION_HEAD + r"\b)[a-z][a-z-]*,?\s+$"
)
# a date's event verb may follow a comma ("In 2021, Acme acquired Globex")
_DATE_FORWARD_STOP = re.compile(_NEW_PHRASE, re.IGNORECASE)


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
_PRONOUN_WHOLES = frozenset(["it", "them", "this", "that", "these", "those"])
_OF_WHOM_BEFORE = re.compile(r"\bof\s+(?:whom|which)\s+" + _APPROX_OR_FLOOR + "$", re.IGNORECASE)
_EACH_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}?each\b")
# Some of a counted whole, before it: "three of the 11 homes" (the ones a story is about;
# "13 of its 35 campuses" is the owner's whole)
_PART_OF_THE_COUNTED = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|half|most|some|many|"
    r"none|several)\s+of\s+(?:the|these|those)\s+$",
    re.IGNORECASE,
)


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
        if head is not None and _COMBINATION_HEAD.fullmatch(head):
            head = "combined group"  # "the enlarged company", "the combined group": one
        if head in _PRONOUN_WHOLES:
            return None  # "around 40% of it", "80% of them": a whole the sentence before names
        return f"share of {head}" if head else None
    if _MARKET_SHARE_AFTER.match(tail):
        return "share of market"
    before = _SHARE_BEFORE.search(sentence, left_edge, mention.start)
    if before is None:
        return None
    head = _head_noun(before.group("np")) if before.group("np") else "market"
    return f"share of {head}" if head else None


# The company a merger makes, however it is written: "the enlarged company", "the combined
# group", "the merged business"
_COMBINATION_HEAD = re.compile(
    r"(?:enlarged|combined|merged)\s+(?:company|group|business|entity|firm)"
)


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


# A count joined by "and" to a count before it (``n``), whose governor governs both: "has
# 285 clinics and 1,350 vets", "employs 640 people and 120 contractors" (not after a
# preposition: "with 250 theaters and 2,868 screens" keeps "and")
_HEDGE = r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over)\s+)?"
_COUNT_NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)"
    r"(?:\s+(?:million|billion))?"
)
_COORDINATED_COUNT = re.compile(
    r"\b(?!(?:with|of|in|to|for|by|at|on|from|and|or|than|over|about|around)\b)"
    r"[a-z]+\s+" + _HEDGE + r"(?P<n>" + _COUNT_NUMBER + r")\s+(?:[a-z][\w-]*\s+){1,3}and\s+"
    + _HEDGE + "$"
)
# A later count of a list of three or more: "ended the year with 312 clinics, 1,870 dental
# chairs and 1,460 dentists" (the list's first count is governed as all of them are; two
# counts joined by "and" are ``_COORDINATED_COUNT``'s)
_LIST_ITEM = r",\s+" + _HEDGE + _COUNT_NUMBER + r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
_LISTED_COUNT = re.compile(
    r"\b[a-z]+\s+" + _HEDGE + r"(?P<n>" + _COUNT_NUMBER + r")\s+(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*(?:(?:" + _LIST_ITEM + r")+,?\s+and\s+|(?:" + _LIST_ITEM + r")*,\s+)"
    + _HEDGE
    + "$"
)


def _governor(sentence: str, start: int, end: int, left_edge: int) -> str | None:
    """The word that governs the count at ``sentence[start:end]`` ("launched", "has": a
    light verb as its verb, a stative verb as ""), or None when a preposition governs it."""
    lead = sentence[max(left_edge, start - 60) : start]
    tail = sentence[end : end + 80]
    light = next((verb for pattern, verb in _LIGHT_VERBS if pattern.search(lead)), None)
    before = [w.lower() for w in _WORD.findall(sentence[left_edge:start])]
    if light is not None:
        governor = light  # "placed an order for 60 aircraft" = "ordered 60 aircraft"
    elif _GOVERNING_PREPOSITION.search(
        # it ends the lead (``\s+$``): a preposition of at most ten letters ("throughout")
        # right before the trailing spaces, or "to" after a run of spaces; no match can
        # start before that, so the search starts there, not at every letter of the lead
        lead, max(0, min(len(bare := lead.rstrip()) - 16, len(bare[:-2].rstrip())))
    ):
        return None
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
        coordinated = (
            _COORDINATED_COUNT.search(sentence, max(0, start - 80), start)
            if governor == "and"
            else None
        )
        if (governor == "and" or "," in lead[-16:]) and (
            shared := coordinated or _LISTED_COUNT.search(sentence, max(0, start - 160), start)
        ):
            # "has 285 clinics and 1,350 vets", "designed to carry 120 cars and 450
            # passengers", "with 312 clinics, 1,870 dental chairs and 1,460 dentists": the
            # list's first count governs the others as well
            clause = max(sentence.rfind(mark, 0, shared.start()) for mark in ",;:") + 1
            return _governor(sentence, shared.start("n"), shared.end("n"), clause)
        governor = _VERB_FORMS.get(governor, governor)
        governor = _verb_class(before, governor)  # "turned out 118,000 wafers": produced
        governor = _brought_into(governor, tail)  # "brings 19 hospitals into": operates
    return governor


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
    if _PART_OF_THE_COUNTED.search(sentence, max(0, mention.start - 40), mention.start):
        return None  # "at three of the 11 homes": the homes a story is about, not all of them
    if _OF_WHOM_BEFORE.search(sentence, max(0, mention.start - 30), mention.start):
        return None  # "1.42 million passengers, of whom about 780,000 came through X": a part
    if _EACH_AFTER.match(tail):
        return None  # "ships carrying up to 6,000 guests each": one unit's, not a total
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
    governor = _governor(sentence, mention.start, mention.end, left_edge)
    if governor is None:
        return None  # "sells cars in 14 countries", "flies to 120 cities": no verb counts
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
    # "rose 4.2% to 2.84 million": the change between the verb and its level
    r"fallen|dropped|declined|slipped)(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|per\s*cent|percent))?"
    r"\s+to|reached|hit|topped|totalled|totaled|"
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
        # what a ship or a vehicle is built for: "designed to carry 120 cars", "can carry"
        (r"\b(?:(?:can|could|designed\s+to|built\s+to|able\s+to)\s+carry)", "capacity"),
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



# Attributes a bare sum may be lent from the corpus (``data/lent_attributes.txt``)
LENT_ATTRIBUTES = _words("lent_attributes.txt")
