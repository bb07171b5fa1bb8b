"""The third round of speed shortcuts changes no result: each is compared with the plain
code it replaced (kept here as the reference).

* ``context._find_cue`` rules out a window with one search of the union of its rules, and
  scans ASCII windows with lower-case twins of the rules;
* ``context._clause_edges`` bisects the sentence's boundaries, found once a sentence;
* ``context._words_window`` stops scanning after the first words it keeps;
* ``context.refers_back`` matches one union of its rules;
* ``attribution.needs_source`` asks lower-case twins of three patterns on ASCII text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck import context as c
from factcheck.context.attributes import _in_a_name
from factcheck.extract import attribution as a
from factcheck.extract import find_mentions
from factcheck.model import Kind, Mention

SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# Cue words of several rules, in odd cases, with clause openers, boundaries, asides and
# characters that case-insensitive regexes fold to ASCII letters (long s, Kelvin sign).
_PIECES = [
    "$5 billion", "$1.2bn", "12%", "300 tonnes", "2019", "40,000", "third", "in March 2021",
    "Revenue", "REVENUE", "revenue", "EBIT", "ebitda", "EPS", "per share", "a share",
    "deal", "Deal", "agreement", "pact", "invest", "Invested", "stake", "put", "into",
    "buy", "to buy", "acquire", "acquired", "valued at", "worth", "orders", "raised",
    "Series B", "funding", "round", "upfront", "down payment", "sales", "production",
    "capacity", "deliveries", "profit", "net income", "forecast", "projected", "expects",
    "target", "survey of", "average", "median", "rose to", "the company", "It", "Its",
    "Acme", "Globex", "which", "while", "but", "and", "if", "because", ", and Globex said",
    ", which led the round,", ",", ";", ":", "(", ")", "—", " - ", ".", "Inc.", "U.S.",
    "ſ", "K", "ı", "İ", "’", "é", "Deal–Pact", "co-invest", "tie-up", "\u00a0",
]
_TEXT = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=24).map(" ".join)
_RULES = c.default_attribute_rules()


# --- the code as it was ---------------------------------------------------------------


def _words_window_then(
    sentence: str, start: int, end: int, count: int, *, forward: bool
) -> tuple[str, int]:
    words = list(c._WORD.finditer(sentence, start, end))
    if not words:
        return "", start
    chosen = words[:count] if forward else words[-count:]
    lo, hi = chosen[0].start(), chosen[-1].end()
    return sentence[lo:hi], lo


def _clause_edges_then(
    sentence: str, mention: Mention, others: Sequence[Mention]
) -> tuple[int, int]:
    left, right = 0, len(sentence)
    for match in c._HARD_BOUNDARY.finditer(sentence):
        if match.end() <= mention.start:
            left = match.end()
        elif match.start() >= mention.end:
            if match.group() == ":" and not sentence[mention.end : match.start()].strip():
                continue
            right = match.start()
            break
    dated = mention.kind is Kind.DATE
    starts = sorted(m.start for m in others if (m.kind is Kind.DATE) == dated)
    ends = sorted(m.end for m in others if (m.kind is Kind.DATE) == dated)
    before = bisect.bisect_right(ends, mention.start)
    if before:
        left = max(left, ends[before - 1])
    after = bisect.bisect_left(starts, mention.end)
    if after < len(starts):
        right = min(right, starts[after])
    return left, right


def _find_cue_then(
    sentence: str,
    mention: Mention,
    rules: Sequence[c.AttributeRule],
    left_edge: int,
    right_edge: int,
    before_words: int = 10,
    *,
    verb_first: bool = False,
) -> c.AttributeRule | None:
    stop = (c._DATE_FORWARD_STOP if verb_first else c._FORWARD_STOP).search(
        sentence, mention.end, right_edge
    )
    after = _words_window_then(
        sentence, mention.end, stop.start() if stop else right_edge, 4, forward=True
    )
    openers = [m.end() for m in c._CLAUSE_OPENER.finditer(sentence, left_edge, mention.start)]
    start = openers[-1] if openers else left_edge
    # the words counted, and two more read so that a cue the count cuts in two is whole;
    # the words of a closed relative clause before the figure are not counted
    closed = [(x, y) for x, y in c._asides(sentence) if start <= x and y <= mention.start]
    if closed:
        words = [
            w
            for w in c._WORD.finditer(sentence, start, mention.start)
            if not any(x <= w.start() < y for x, y in closed)
        ]
        reach = words[-before_words:][0].start() if words else start
        lo = words[-(before_words + 2):][0].start() if words else start
        before = (sentence[lo : words[-1].end()], lo) if words else ("", start)
    else:
        reach = _words_window_then(sentence, start, mention.start, before_words, forward=False)[1]
        before = _words_window_then(
            sentence, start, mention.start, before_words + 2, forward=False
        )
    asides = [(x, y) for x, y in c._asides(sentence) if not x <= mention.start < y]
    best: tuple[bool, int, c.AttributeRule] | None = None
    for rule in rules:
        for (text, offset), forward in ((after, True), (before, False)):
            for match in rule.pattern.finditer(text):
                if not forward and offset + match.end() <= reach:
                    continue
                if not forward and any(x <= offset + match.start() < y for x, y in asides):
                    continue
                if _in_a_name(sentence, text, offset, match):
                    continue  # a rule of reading, not a shortcut: the same in both
                if forward:
                    distance = len(c._WORD.findall(sentence, mention.end, offset + match.start()))
                else:
                    distance = len(c._WORD.findall(sentence, offset + match.end(), mention.start))
                if forward == verb_first:
                    distance += 2
                counted = 0 if forward else max(0, reach - offset)
                if rule.weak and c._PLURAL_BEFORE.search(text, counted, match.start()):
                    continue
                if best is None or (rule.weak, distance) < best[:2]:
                    best = (rule.weak, distance, rule)
    return best[2] if best else None


def _refers_back_then(sentence: str) -> bool:
    sentence = c.without_dateline(sentence, ())[0]
    if c._PRONOUN_START.match(sentence) or c._PLACE_DESCRIPTION.match(sentence):
        return True
    opening = c._ATTRIBUTE_MODIFIERS.match(sentence)
    lead = re.match(r"\W*", sentence)
    # the cue after the modifiers, or one that holds a modifier's word ("Net income")
    starts = {opening.end() if opening else 0, lead.end() if lead else 0}
    return any(
        rule.pattern.match(sentence[start:])
        for start in starts
        for kind in ("money", "quantity")
        for rule in _RULES.get(kind, ())
        if not rule.weak
    )


# --- now and then ---------------------------------------------------------------------


@SETTINGS
@given(_TEXT)
@example("Acme agreed to buy Globex for $5 billion; the deal, which led the round, is worth it")
@example("Revenue rose to $1.2bn, and Globex said EBIT reached $300 million: a record")
@example("Globex put $5 billion into Acme, and Initech ſtake of 12% in deliveries")
@example("net income $5 billion $5 billion $1.2bn $5 billion")  # a cue the count cuts in two
def test_cue_search_is_the_rule_by_rule_search(text: str) -> None:
    mentions = find_mentions(text, None)
    tables = [rules for rules in _RULES.values() if rules]
    tables.append([r for r in _RULES["money"] if not r.weak])  # a list made on the spot
    for mention in mentions:
        edges = _clause_edges_then(text, mention, mentions)
        assert c._clause_edges(text, mention, mentions) == edges
        for rules in tables:
            for before, verb_first in ((10, False), (6, False), (10, True)):
                assert c._find_cue(
                    text, mention, rules, *edges, before, verb_first=verb_first
                ) == _find_cue_then(text, mention, rules, *edges, before, verb_first=verb_first)
                # a window cut anywhere
                for lo, hi in ((0, len(text)), (edges[0] // 2, (edges[1] + len(text)) // 2)):
                    if lo <= mention.start and mention.end <= hi:
                        assert c._find_cue(text, mention, rules, lo, hi, before) == (
                            _find_cue_then(text, mention, rules, lo, hi, before)
                        )


@SETTINGS
@given(_TEXT, st.integers(0, 200), st.integers(0, 200), st.integers(1, 12), st.booleans())
def test_words_window_is_the_listed_words(
    text: str, start: int, end: int, count: int, forward: bool
) -> None:
    assert c._words_window(text, start, end, count, forward=forward) == _words_window_then(
        text, start, end, count, forward=forward
    )


@SETTINGS
@given(_TEXT.map(lambda t: t[0].upper() + t[1:]))
@example("Revenue in the quarter rose to $6.1 billion")
@example("EBIT came to $3 million")
@example("Earnings Per Share were $1.12")
@example("ſales of 300 tonnes")
def test_refers_back_is_each_rule_in_turn(text: str) -> None:
    assert c.refers_back(text) == _refers_back_then(text)
    assert c.refers_back(text, _RULES) == _refers_back_then(text)


def test_cue_scanners_are_made_once_per_table_and_only_where_exact() -> None:
    rules = _RULES["money"]
    union, lower, twins = c._cue_scanners(rules)
    assert union is not None and lower is not None and twins is not None
    assert c._cue_scanners(rules)[1] is lower
    assert len(twins) == len(rules)
    assert not any(ch.isupper() for ch in re.sub(r"\\.", "", lower.pattern))
    odd = c.AttributeRule("odd", re.compile(r"\b(?:ſtake)\b", re.IGNORECASE), False)
    assert c._cue_scanners([odd])[1] is None  # a non-ASCII pattern has no twin
    mixed = c.AttributeRule("mixed", re.compile(r"\bstake\b"), False)
    assert c._cue_scanners([odd, mixed]) == (None, None, None)  # flags differ
    assert c._cue_scanners([]) == (None, None, None)


@SETTINGS
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map(" ".join))
@example("Aims to reach a TARGET of ")
@example("a Survey of 2,000 ")
@example("the Average was expected to grow")
def test_needs_source_twins_match_where_their_patterns_do(text: str) -> None:
    for name in ("_GOAL", "_SAMPLE", "_STAT_CUE"):
        pattern, lower = getattr(a, name), getattr(a, name + "_LOWER")
        assert not any(ch.isupper() for ch in re.sub(r"\\.", "", lower.pattern))
        assert a._folded(pattern, lower, text) == (pattern.search(text) is not None)
