"""Read a figure's context in its sentence: subject, attribute, period, rank item and board.

Pure text in, plain values out: the caller (``factcheck.pipeline``) passes the sentence,
the figure's ``Mention``, the entities found by the spaCy pipeline (as ``Entity`` offsets)
and the dates found in the sentence. Keeping spaCy out of this module keeps it fast to
test and usable with any tokenizer.

Every rule here prefers silence to a guess: a figure whose subject or attribute is unclear
gets ``None``, and the reconciler abstains on it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from factcheck.model import DateValue, Granularity, Kind, Mention, Period
from factcheck.subjects import relation_subject, subject_key


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
                    )
                )
        rules[str(kind)] = tuple(compiled)
    return rules


def _cue_regex(cue: str) -> str:
    """One cue as a regex: "invest*" matches any ending; "buy #" only right before the
    figure (the end of the window before it); "series [a-h]" keeps its character class."""
    adjacent = cue.endswith(" #")
    words = cue[:-2].split() if adjacent else cue.split()
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"[\w-]*")
        elif "[" in word:
            parts.append(word)
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts) + (r"(?=\s*\Z)" if adjacent else "")


def cumulative_attributes(rules: Mapping[str, tuple[AttributeRule, ...]]) -> frozenset[str]:
    """Attributes whose undated figures must not be compared (see attributes.yaml)."""
    return frozenset(r.name for table in rules.values() for r in table if r.cumulative)


@lru_cache(maxsize=1)
def default_attribute_rules() -> dict[str, tuple[AttributeRule, ...]]:
    text = resources.files("factcheck.data").joinpath("attributes.yaml").read_text("utf-8")
    return load_attribute_rules(yaml.safe_load(text))


# Clause boundaries that a cue word does not reach across.
_HARD_BOUNDARY = re.compile(r"[;:()\[\]—–]|\s-\s|[.!?](?:\s|$)")
_WORD = re.compile(r"[\w$€£¥%][\w'’.,$€£¥%+-]*")
_PRONOUN_START = re.compile(
    r"^\W*(?:it|its|they|their|the (?:company|firm|group|startup|lab|club|team|bank|"
    r"maker|giant|retailer|chipmaker|carrier|insurer|business))\b",
    re.IGNORECASE,
)
_PREP_OBJECT = re.compile(r"\s(?:with|in|into|from|to|for|by|of|backing)\s+$", re.IGNORECASE)
_RELATION_WITH = re.compile(
    r"\b(?:deal|agreement|partnership|pact|contract|tie-up|alliance|investment|stake)s?"
    r"\s+(?:\w+\s+){0,2}?(?:with|in|into)\s+$",
    re.IGNORECASE,
)
_SCOPE = re.compile(
    r"(?:\b(?P<rel>by the end of|at the end of|end of|as of|as at|by the|in the|during the|"
    r"for the|in|by|on|since|through|until|for|during|fiscal year|fiscal|FY)\s*)$",
    re.IGNORECASE,
)
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
    r"\b(?:announc\w*|unveil\w*|said|says|report\w*|sign\w*|launch\w*|releas\w*|"
    r"disclos\w*|reveal\w*|stat(?:ed|es)|confirm\w*|complet\w*|clos(?:ed|es))\b",
    re.IGNORECASE,
)
_COORDINATION = re.compile(r"^,?\s+(?:and|or|&)\s+$")
_BOARD_NOISE = re.compile(
    r"^(?:the|a|an)\s+|\s+(?:leaderboard|leader board|list|ranking|rankings|chart|charts|"
    r"index|table|standings|league table)$|\.(?:ai|com|org|io|net)$",
    re.IGNORECASE,
)
_HEAD_NOUN_STOP = re.compile(
    r"^(?:was|were|is|are|be|been|had|has|have|will|would|which|that|who|in|on|at|for|to|"
    r"from|with|by|and|or|as|than|of)$",
    re.IGNORECASE,
)


def describe(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    dates: Sequence[Mention],
    others: Sequence[Mention],
    previous_subject: str | None,
    rules: Mapping[str, tuple[AttributeRule, ...]] | None = None,
) -> Context:
    """Subject, attribute and period of ``mention`` within ``sentence``.

    ``others`` are the other figures of the sentence: a cue word or a date on the far side
    of another figure belongs to that figure, not to this one.
    """
    rules = rules if rules is not None else default_attribute_rules()
    left_edge, right_edge = _clause_edges(sentence, mention, others)
    sentence_subject = _sentence_subject(sentence, entities, mention, previous_subject)
    clause = (left_edge, right_edge)
    if mention.kind is Kind.RANK:
        found = _rank_context(sentence, mention, entities, left_edge, dates, others)
        return Context(found.subject, found.attribute, found.period, found.item, clause)
    if mention.kind is Kind.DATE:
        who, event = _event(sentence, mention, entities, rules.get("date", ()), clause)
        return Context(who, event, None, None, clause)
    attribute: str | None = None
    rule: AttributeRule | None = None
    if mention.kind is Kind.MONEY:
        if mention.per:
            attribute = f"price per {mention.per}"
        else:
            money_rules = rules.get("money", ())
            rule = _find_cue(sentence, mention, money_rules, left_edge, right_edge)
            if rule is not None and rule.part_of:
                whole = next((r for r in money_rules if r.name == rule.part_of), None)
                # a partnership named anywhere in the sentence makes the figure its value
                if whole is not None and any(
                    r.name == whole.name and not r.weak and r.pattern.search(sentence)
                    for r in money_rules
                ):
                    rule = whole
            attribute = rule.name if rule else None
    elif mention.kind is Kind.PERCENT:
        attribute = _share_attribute(sentence, mention, right_edge)
    elif mention.kind is Kind.COUNT and mention.unit and mention.unit != "x":
        attribute = _count_attribute(sentence, mention, left_edge)
    subject: str | None
    if rule is not None and rule.object_subject:
        subject = _acquired(sentence, mention, entities, rule, sentence_subject)
    elif rule is not None and rule.relational:
        subject = _relation(sentence, mention, entities, sentence_subject, left_edge, right_edge)
    else:
        subject = _owner(sentence, mention, entities, sentence_subject, left_edge)
    return Context(subject, attribute, _period(sentence, mention, dates, others), None, clause)


def _clause_edges(sentence: str, mention: Mention, others: Sequence[Mention]) -> tuple[int, int]:
    """The stretch of sentence around ``mention`` that its cue words may come from."""
    left, right = 0, len(sentence)
    for match in _HARD_BOUNDARY.finditer(sentence):
        if match.end() <= mention.start:
            left = match.end()
        elif match.start() >= mention.end:
            if match.group() == ":" and not sentence[mention.end : match.start()].strip():
                continue  # "$50 billion: Acme's deal with Globex" -- a label and its gloss
            right = match.start()
            break
    for other in others:
        if other is mention or (other.kind is Kind.DATE) != (mention.kind is Kind.DATE):
            continue  # a figure's clause ends at the next figure, a date's at the next date
        if other.end <= mention.start:
            left = max(left, other.end)
        elif other.start >= mention.end:
            right = min(right, other.start)
    return left, right


def _find_cue(
    sentence: str,
    mention: Mention,
    rules: Sequence[AttributeRule],
    left_edge: int,
    right_edge: int,
    *,
    verb_first: bool = False,
) -> AttributeRule | None:
    """The attribute whose cue is nearest the figure, counted in words: up to 4 words
    after (the noun a figure modifies, "$50 billion deal") or 10 before ("agreed to acquire
    Globex for $69 billion"); a cue before the figure counts as two words farther."""
    after = _words_window(sentence, mention.end, right_edge, 4, forward=True)
    before = _words_window(sentence, left_edge, mention.start, 10, forward=False)
    best: tuple[bool, int, AttributeRule] | None = None
    for rule in rules:
        for (text, offset), forward in ((after, True), (before, False)):
            for match in rule.pattern.finditer(text):
                if forward:
                    distance = len(_WORD.findall(sentence, mention.end, offset + match.start()))
                else:
                    distance = len(_WORD.findall(sentence, offset + match.end(), mention.start))
                if forward == verb_first:
                    distance += 2  # figures prefer the noun after; dates the verb before
                if best is None or (rule.weak, distance) < best[:2]:
                    best = (rule.weak, distance, rule)
    return best[2] if best else None


def _words_window(
    sentence: str, start: int, end: int, count: int, *, forward: bool
) -> tuple[str, int]:
    """The first (or last) ``count`` words of ``sentence[start:end]`` and their offset."""
    words = list(_WORD.finditer(sentence, start, end))
    if not words:
        return "", start
    chosen = words[:count] if forward else words[-count:]
    lo, hi = chosen[0].start(), chosen[-1].end()
    return sentence[lo:hi], lo


def _sentence_subject(
    sentence: str, entities: Sequence[Entity], mention: Mention, previous: str | None
) -> str | None:
    """The grammatical subject, approximated: a leading pronoun or "the company" refers to
    the previous sentence's subject; otherwise the first name before the figure."""
    if _PRONOUN_START.match(sentence):
        return previous
    for entity in entities:
        if entity.start < mention.start:
            return entity.name
        break
    return None


def sentence_subject(sentence: str, entities: Sequence[Entity], previous: str | None) -> str | None:
    """What later sentences' pronouns refer to: this sentence's first name, or its own
    pronoun's referent."""
    if _PRONOUN_START.match(sentence):
        return previous
    return entities[0].name if entities else previous


def _owner(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    sentence_subject: str | None,
    left_edge: int,
) -> str | None:
    """One subject: a possessive or modifier next to the figure, else the sentence subject."""
    for entity in entities:
        gap = sentence[entity.end : mention.start]
        if entity.end <= mention.start and re.fullmatch(r"['’]s\s+(?:\w+\s+){0,2}", gap):
            return entity.name
    for entity in entities:
        gap = sentence[mention.end : entity.start]
        if entity.start >= mention.end and re.fullmatch(r"\s+", gap):
            return entity.name  # "$30B Globex commitment"
    if sentence_subject is not None:
        return sentence_subject
    before = [e for e in entities if left_edge <= e.start and e.end <= mention.start]
    return before[-1].name if len(before) == 1 else None


_OBJECT_END = re.compile(
    r"\b(?:from|to|for|in|at|by|with|after|before|on|and|who|which|that|was|is|were|are|has|"
    r"had|will|would|remains?|drew|draws)\b|[,;:.()]"
)


def _event(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    clause: tuple[int, int],
) -> tuple[str | None, str | None]:
    """A date is the date of a one-time event when an event cue is near it: "Globex was
    founded in 1998" is (Globex, "date founded"); "Acme bought Globex in 2020" is
    (Globex, "date acquired"). Anything else is just a date, compared with nothing."""
    rule = _find_cue(sentence, mention, rules, *clause, verb_first=True)
    if rule is None:
        return None, None
    if rule.object_subject:
        subject = _acquired(sentence, mention, entities, rule, None)
        if subject is None:
            subject = _passive_subject(sentence, mention, entities, rule)
    else:
        subject = _passive_subject(sentence, mention, entities, rule)
        if subject is None and entities:
            opening = _WORD.match(sentence.lstrip())
            participle = opening is not None and rule.pattern.fullmatch(opening.group())
            after = [e for e in entities if e.start >= mention.end]
            subject = after[0].name if participle and after else entities[0].name
    return (subject, f"date {rule.name}") if subject else (None, None)


def _passive_subject(
    sentence: str, mention: Mention, entities: Sequence[Entity], rule: AttributeRule
) -> str | None:
    """ "Zephyr-2 was released in May": the name before "was <cue>"."""
    for cue in rule.pattern.finditer(sentence):
        before = sentence[: cue.start()]
        if re.search(r"\b(?:was|were|is|are|been|be)\s+(?:\w+\s+)?$", before):
            named = [e for e in entities if e.end <= cue.start()]
            return named[-1].name if named else None
    return None


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
    from"); for "joined"/"move" the sentence's subject is what moved."""
    cues = list(rule.pattern.finditer(sentence))
    if not cues:
        return None
    cue = min(cues, key=lambda m: min(abs(m.start() - mention.start), abs(m.end() - mention.end)))
    tail_start = cue.end()
    tail = sentence[tail_start : tail_start + 80]
    tail = re.sub(r"^\s+(?:of\s+)?", lambda m: " " * len(m.group()), tail)
    stop = _OBJECT_END.search(tail, 1)
    span_end = tail_start + (stop.start() if stop else len(tail))
    inside = [e for e in entities if tail_start <= e.start and e.end <= span_end]
    if inside:
        return inside[-1].name
    if _INTRANSITIVE.match(cue.group()):
        return sentence_subject
    return None


def _relation(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    sentence_subject: str | None,
    left_edge: int,
    right_edge: int,
) -> str | None:
    """Two parties of a deal-like figure, in order of how directly they attach to it;
    None unless two distinct parties are found."""
    candidates: list[str] = []
    window_start = max(left_edge, mention.start - 60)
    window_end = min(right_edge, mention.end + 80)
    for entity in entities:
        if entity.end <= mention.start and entity.end >= window_start:
            gap = sentence[entity.end : mention.start]
            # possessive or agent right before the figure: "Acme's $1B", "Initech invested $10B"
            if re.fullmatch(r"(?:['’]s|\s+\S+(?:\s+\S+){0,3})\s*", gap) and not re.search(
                r"[,;:(]", gap
            ):
                candidates.append(entity.name)
        elif entity.start >= mention.end and entity.start <= window_end:
            gap = sentence[mention.end : entity.start]
            # a modifier ("$15B Globex deal") or an object ("deal with Globex")
            if not re.search(r"[,;:(]", gap) and (not gap.strip() or _PREP_OBJECT.search(gap)):
                candidates.append(entity.name)
    for entity in entities:
        if _RELATION_WITH.search(sentence[max(0, entity.start - 60) : entity.start]):
            candidates.append(entity.name)
    if sentence_subject is not None:
        candidates.append(sentence_subject)
    parties: list[str] = []
    for name in candidates:
        if all(subject_key(name) != subject_key(p) for p in parties):
            parties.append(name)
        if len(parties) == 2:
            return relation_subject(parties[0], parties[1])
    return None  # a deal with one known party could be any of its deals: abstain


def _period(
    sentence: str, mention: Mention, dates: Sequence[Mention], others: Sequence[Mention]
) -> Period | None:
    """The date that scopes the figure: "in 2019", "by 2023", "fiscal 2024", nearest first.

    A date that another figure sits between, or that dates an announcement ("announced
    in March", "In February, X announced ..."), does not scope this figure.
    """
    best: tuple[int, Period] | None = None
    same_kind = [o for o in others if o.kind is mention.kind and o is not mention]
    for date in dates:
        if not isinstance(date.value, DateValue):
            continue
        lo, hi = (
            sorted((date.end, mention.start))
            if date.end <= mention.start
            else (
                mention.end,
                date.start,
            )
        )
        if any(lo <= o.start < hi for o in same_kind):
            continue
        lead = sentence[max(0, date.start - 24) : date.start]
        scope = _SCOPE.search(lead)
        between = sentence[lo:hi]
        if _EVENT_VERB.search(between) or _EVENT_VERB.search(lead[-16:]):
            continue
        before = date.end <= mention.start
        if before and _CONJUNCTION.search(between) and not _opens_sentence(sentence, date):
            continue  # "experiments in 2016 and a $1B investment": 2016 dates the experiments
        adjacent = not before and re.fullmatch(r"\s*(?:\S+\s+){0,1}", between)
        if scope is None and not adjacent and not _adjacent_before(sentence, date, mention):
            continue
        relation = "in"
        if scope is not None:
            word = scope.group("rel").lower()
            relation = _RELATIONS.get(word, "in")
        distance = hi - lo + (12 if before else 0)  # a scope usually follows its figure
        if best is None or distance < best[0]:
            best = (distance, Period(date.value, relation))
    if best is None:
        return None
    return _refine_quarter(sentence, mention, best[1])


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


_CONJUNCTION = re.compile(r"\s(?:and|but|while|whereas)\s|;")


def _opens_sentence(sentence: str, date: Mention) -> bool:
    """ "In 2019, Acme invested ..." : a date in the opening adjunct scopes the sentence."""
    opening = _OPENING_WORDS.sub("", sentence[: date.start])
    return not re.search(r"[A-Za-z]{3,}", opening)


_OPENING_WORDS = re.compile(r"\b(?:in|by|as of|since|during|for|the|of|end|early|late|mid)\b", re.I)


def _adjacent_before(sentence: str, date: Mention, mention: Mention) -> bool:
    """A date between the figure and its noun: "Acme's March 2026 funding round"."""
    return date.end <= mention.start and not sentence[date.end : mention.start].strip(" ,")


def _share_attribute(sentence: str, mention: Mention, right_edge: int) -> str | None:
    """ "45% of the backlog" -> "share of backlog"; without an "of" phrase, abstain."""
    tail = sentence[mention.end : right_edge]
    match = re.match(r"\s+of\s+((?:[\w'’-]+\s*){1,8})", tail)
    if not match:
        return None
    head: str | None = None
    for word in match.group(1).split():
        if _HEAD_NOUN_STOP.match(word):
            break
        if re.search(r"['’]s$", word) or word[:1].isupper():
            continue
        head = word.lower()
    return f"share of {head}" if head else None


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


def _count_attribute(sentence: str, mention: Mention, left_edge: int) -> str:
    """ "launched seven new AI models" -> "count of new AI models (launched)".

    What is counted, with its modifiers, and the word that governs the number: "launched
    seven models" and "offers 11,000 models" count different things, so they never meet.
    """
    unit = (mention.unit or "").lower()
    tail = sentence[mention.end : mention.end + 80]
    words = _WORD.findall(tail)[:5]
    phrase = unit
    for i, word in enumerate(words):
        if word.lower().rstrip(".,;:") in (unit, unit.rstrip("s"), unit + "s"):
            phrase = " ".join(w.rstrip(".,;:") for w in words[: i + 1])
            break
    before = [w.lower() for w in _WORD.findall(sentence[left_edge : mention.start])]
    governor = next((w for w in reversed(before) if w not in _COUNT_SKIP and w.isalpha()), "")
    return f"count of {phrase}" + (f" ({governor})" if governor else "")


def _rank_context(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    left_edge: int,
    dates: Sequence[Mention],
    others: Sequence[Mention],
) -> Context:
    """A rank is about a board (its subject) and held by an item (the name before it)."""
    board = normalise_board(mention.unit) if mention.unit else None
    before = [e for e in entities if e.end <= mention.start and e.end >= mention.start - 60]
    item: str | None = None
    if before:
        last = before[-1]
        gap = sentence[last.end : mention.start]
        coordinated = len(before) > 1 and _COORDINATION.match(sentence[before[-2].end : last.start])
        if not coordinated and len(gap.split()) <= 3 and not re.search(r"[;:]", gap):
            item = last.name
    period = _period(sentence, mention, dates, others)
    return Context(board, "rank" if board else None, period, item)


def normalise_board(board: str) -> str:
    """ "the Apex leaderboard" and "Apex.ai" are one board: "Apex"."""
    text = board.strip()
    previous = None
    while previous != text:
        previous = text
        text = _BOARD_NOISE.sub("", text).strip()
    return text or board.strip()
