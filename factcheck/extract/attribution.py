"""Attribution: does a statistic say who says so?

Two questions, answered by rules:

* **Which figures need a source.** Statistics do: percentages and shares, averages and
  rates, ratios ("one in four"), multipliers ("2.5x"), projections and forecasts, market
  sizes, survey results, rankings without a named board ("the second-lowest on record"),
  typical values, the levels a change ends at or starts from ("rose 0.8%, to a record 37.9
  billion tonnes") and counts of what there is ("there were 1,840 active listings").
  Dates, version numbers, deal values, prices, sample sizes ("a survey of 2,000 adults"),
  counts that report an event ("seven new models were launched"), scores on a scale,
  milestones ("the time to reach $1 million") and targets ("to keep warming to 1.5C") are
  news, not statistics, and are ``not_needed``.
* **Whether one is given.** A reporting verb with a speaker that names someone ("Amy Hood
  said", "the agency estimates", "analysts at X expect"), "according to X", a document
  with an owner ("a 2024 Gartner study", "the lender's data", "a survey by X", "in
  Sproutly's index"), a citation ("[3]", "[^1]", "(Gartner, 2024)", "(source: ...)", a
  link, "per the 10-K"), in the sentence or framing it from earlier in the paragraph (see
  ``leads``). A speaker or document that names nobody ("experts say", "a recent study
  found", "it is estimated", "according to industry estimates") makes a figure ``weak``.

The words behind every rule are the tables of ``factcheck/data/sourcing.yaml``; extend
them to teach factcheck another way of citing. Each sentence is scanned once per pattern
with bounded look-arounds, and a document's paragraphs once by ``leads``, so attribution
stays linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from factcheck.extract._numbers import trie_regex
from factcheck.model import Amount, Kind, Mention, Sourcing
from factcheck.subjects import NOT_NAMES

# ------------------------------------------------------------------ cue tables


def _load_cues() -> dict[str, frozenset[str]]:
    text = resources.files("factcheck.data").joinpath("sourcing.yaml").read_text("utf-8")
    tables = yaml.safe_load(text)
    return {key: frozenset(str(w).lower() for w in words) for key, words in tables.items()}


#: The cue words, from ``data/sourcing.yaml`` (each table is described there).
CUES = _load_cues()
SPEECH_VERBS = CUES["speech_verbs"]
EVIDENCE_VERBS = CUES["evidence_verbs"]
FIRST_PERSON_VERBS = CUES["first_person_verbs"]
DOCUMENTS = CUES["documents"]
EVIDENCE = CUES["evidence"]
BODIES = CUES["bodies"]
ROLES = CUES["roles"]
VAGUE = CUES["vague"]
_DOCUMENT_HEADS = CUES["document_heads"]
_POSSESSED_ONLY = CUES["possessed_only"]
_PUBLISHED = CUES["published"]
HEDGES = tuple(sorted(CUES["hedges"], key=len, reverse=True))

#: Words between a speaker and its verb that do not change who speaks.
_SKIP = CUES["between_speaker_and_verb"]
_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "my", "your", "whose"})
_INDEFINITE = frozenset({"a", "an", "one", "some", "another", "any"})
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_PREPOSITIONS = frozenset(
    {
        "in",
        "of",
        "for",
        "with",
        "among",
        "across",
        "on",
        "to",
        "into",
        "over",
        "about",
        "than",
        "between",
    }
)
_PRONOUNS = frozenset({"he", "she", "it"})
#: Words that open a sentence without being its subject: "However, the company said, ..."
_CONNECTORS = frozenset(
    {
        "however",
        "meanwhile",
        "separately",
        "still",
        "overall",
        "also",
        "moreover",
        "yet",
        "but",
        "and",
        "so",
        "indeed",
        "now",
        "today",
        "instead",
        "furthermore",
        "in",
        "addition",
        "then",
        "again",
        "besides",
        "likewise",
        "similarly",
    }
)
_FIRST_PERSON = frozenset({"we", "i"})
#: Words that never own a document: "a new study", "industry data", "one survey".
_GENERIC = CUES["not_owners"]

# ------------------------------------------------------------------ patterns
_WORD = re.compile(r"[A-Za-z0-9][\w.&'’-]*")
# The word lists below are matched as tries (trie_regex): the same matches as the flat
# alternations they replace (in those, no word came before a longer word it begins, and
# "estimate" before "estimated" could not match where \b follows), without trying each
# word in turn at every position.
_SPEAKER_VERB = re.compile(
    r"\b" + trie_regex(sorted(SPEECH_VERBS | EVIDENCE_VERBS | FIRST_PERSON_VERBS)) + r"\b"
)
# A document that speaks: "the survey found", "the report also shows".
_SPEAKS = re.compile(
    r"^[^.;:,()\[\]\"“”]{0,50}?\s(?:" + "|".join(sorted(SPEECH_VERBS | EVIDENCE_VERBS)) + r")\b"
)
_DOC_WORD = re.compile(
    r"(?<![\w-])"
    + trie_regex(sorted(DOCUMENTS | EVIDENCE | CUES["possessed_only"]), space=r"\ ")
    + r"(?![\w-])(?!\s+and\s+development)",  # "its research and development" is spending
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s([a-z][\w-]*)")
_INTRO = re.compile(
    r"\b(?:sources?\s*:|according to|(?:reported|cited|compiled|published|conducted|"
    r"commissioned|found|estimated|provided|collected|released|shared) by|"
    r"(?:data|figures|numbers|statistics|estimates|research|analysis) (?:from|by))\s+",
    re.IGNORECASE,
)
# "per IDC", "per the 10-K", ", via Similarweb": a source only when a name follows.
_PER = re.compile(r"\b(?:[Pp]er|via)\s+(?=(?:the |its |their |our )?[A-Z0-9])")
# "(Litmus)", "(Reuters)": a bare name in brackets cites what comes before it.
_BRACKETED_NAME = re.compile(r"\(\s*(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z&][\w.&'’-]*){0,4})\s*\)")
_CITATION = re.compile(
    r"https?://\S+|www\.\w\S*|\[\d{1,3}\]|\[\^[\w-]{1,20}\]|(?<=[a-z.,])[¹²³⁴⁵⁶⁷⁸⁹⁰]+|"
    r"\(\s*sources?\s*\)|"
    r"\((?:[A-Z][^()\n]{0,60}),\s*(?:19|20)\d\d[a-z]?\)",
    re.IGNORECASE,
)
_HEDGE = re.compile(r"\b" + trie_regex(sorted(HEDGES), space=r"\ ") + r"\b", re.IGNORECASE)
# An owner after a document: "a survey by X", "a study from the Y Review", "published in Z".
_OWNER_AFTER = re.compile(
    r"[^.;:()\[\]]{0,80}?\b(?:by|from|at|published in|appeared in)\s+"
    r"(?P<who>[\w.&'’-]+(?:[ \t]+[\w.&'’-]+){0,5})"
)
# Before "the DOC": words that make a definite document a source on their own.
_DEFINITE_TAIL = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$")
_POINTS_TO = re.compile(r"\b(?:according to|in|per|from|under|cited in)\s*$", re.IGNORECASE)
# What a finding opens with: "found that ...", "found 64% of ...", "shows nearly 40% ...".
_FINDING = re.compile(r"\s+(?:that\b|(?:[a-z]+\s+)?[\d$€£])")
_ASIDE = re.compile(r",\s*(?:which|who|whose|an?|the|its|their)\s[^,;:()\"“”]{1,140},\s*$")
_PHRASE_STOP = re.compile(r"[,;:()]|\[(?=\d|\^)|\.(?:\s|$)")  # "[X](url)" is a name
_CLAUSE_BREAK = re.compile(r",\s*(?:and|but|while|whereas)\b|;")
_DIGIT = re.compile(r"\d")
_QUOTE_MARKS = ('"', "“")
_QUOTE_MARK = re.compile('["“”]')
_QUOTE = re.compile(r"[\"“]([^\"“”]{1,800})[\"”]")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])(?:\s+|$)")
_SOURCE_LINE = re.compile(r"^\W{0,3}(?:sources?|via|data)\s*:", re.IGNORECASE)
# A sentence that points back at the one before it: "That's according to X.", "These
# figures come from the X survey."
_POINTS_BACK = re.compile(
    r"^\W{0,3}(?:(?:that|this|these|those)(?=['’\s])|the(?=\s+(?:fig|num|dat|stat)))"
    r"(?:\s+(?:figures?|numbers?|data|stats?|statistics?))?"
    r"(?:['’]s|\s+(?:is|was|are|were|comes?|came))?\s+(?:according\s+to|from|per|based\s+on)\b",
    re.IGNORECASE,
)

_STAT_CUE = re.compile(
    r"\b(?:average|averaged|averages|averaging|on average|mean|median|rate|rates|"
    r"per capita|projected|projection|forecast|forecasts|expected to|expects?\b.{0,40}?\bto|"
    r"estimated|estimates?|could reach|is set to|on track to|market size|survey|"
    r"respondents|likely to|combined|altogether|in total|a total of|worldwide|globally|"
    r"nationwide|typical|typically|"
    r"to (?:reach|hit|top|exceed|surpass|pass|grow|rise|fall|climb|drop|double)|"
    r"will (?:\w+ )?(?:create|reach|grow|hit|add|generate|top|exceed|rise|fall|"
    r"climb|drop|double|triple|be worth))\b(?!-)",  # "a median-priced home" is no median
    re.IGNORECASE,
)
_LEVEL = re.compile(
    r"\b(?:(?:rose|fell|grew|climbed|dropped|declined|increased|decreased|slipped|jumped)\s+to|"
    r"reached|stood\s+at|stands\s+at|totall?ed)\s+(?:\w+\s+){0,2}$"
)
_CHANGE = (
    r"\b(?:rose|rises|risen|fell|falls|fallen|grew|grows|grown|climbed|dropped|declined|"
    r"increased|decreased|slipped|jumped|surged|soared|plunged|slumped|dipped|up|down)\b"
)
# The level a percentage change ends at: "rose 0.8% last year, to a record 37.9 billion
# tonnes", "grown 12%, to about 480,000"; and the level a statistic started from: "an average
# of 112 apps, up from 80" ("hired 300, up from 200" compares two events).
_LEVEL_AFTER_CHANGE = re.compile(
    _CHANGE + r"\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some|just|over)\s+)?"
    r"\d[\d.,]*\s*(?:%|percent|per\s+cent|(?:percentage\s+)?points?)"
    r"(?:\s+to|(?:[^,.;:!?]|\.(?=\d)){1,40},\s*to)\s+"  # "rose 5% to", "rose 5% last year, to"
    r"(?:(?:a|an|the|record|new|about|around|roughly|nearly|almost|some|over|just|more|than|"
    r"all-time|high|low)\s+){0,3}$",
    re.IGNORECASE,
)
_UP_FROM = re.compile(
    r"\b(?:up|down|higher|lower)\s+from\s+(?:(?:about|around|roughly|nearly|almost|some|"
    r"just|over|under|a|an|the|record)\s+){0,2}$",
    re.IGNORECASE,
)
# A count of what there is, not of what happened: "there were 1,840 active listings",
# "14,000 exposed devices remain unpatched".
_THERE_ARE = re.compile(
    r"\bthere\s+(?:are|were|is|was|remain|remained)\s+(?:now\s+|still\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|over|under|just|only|more|fewer|less|than|"
    r"at|least|an\s+estimated)\s+){0,3}$",
    re.IGNORECASE,
)
_REMAIN = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:remain|remains|remained|(?:are|were)\s+still)\b"
)
# The complement of a statistic that is the clause's subject: "The median time from a
# click to a breach is now just 48 minutes", "The average wait was 41 days".
_STAT_SUBJECT = re.compile(
    r"^\W*(?:(?:the|a|an)\s+)?(?:average|median|mean|typical)\s[^,;:()\[\]]{0,100}?\s"
    r"(?:is|was|are|were|has\s+been|had\s+been|remains|remained|stands\s+at|stood\s+at)\s+"
    r"(?:[a-z]+\s+){0,3}$",
    re.IGNORECASE,
)
# A milestone a figure names rather than measures: "the median time to reach $1 million";
# a target it is kept to: "to keep warming to 1.5C" (a percentage set so is still one:
# "voted to hold rates at 4.5%").
_THRESHOLD = re.compile(
    r"\b(?:time|times|years?|months?|weeks?|days?|first|took|takes?|taking|needed)\s+to\s+"
    r"(?:reach|hit|pass|cross|top|surpass|exceed)\s+(?:\w+\s+)?$|"
    r"\bto\s+(?:keep|limit|hold|contain)\s+(?:[\w-]+\s+){1,3}(?:to|below|under|within|at)\s+"
    r"(?:\w+\s+)?$",
    re.IGNORECASE,
)
# A score on a scale is a specification: "a severity score of 9.8 out of 10", "rated 4".
_SCORE = re.compile(
    r"\b(?:score|rating|grade|rated|graded)\s+(?:of\s+)?"
    r"(?:(?:about|around|just|only)\s+)?$",
    re.IGNORECASE,
)
_OUT_OF = re.compile(r"\s+out\s+of\s+\d")
_SCALE = re.compile(
    r"(?:\d\.\d+|\b(?:score|rating|grade|rated|graded)\s+(?:of\s+)?\d+)"
    r"\s+out\s+of\s+$",
    re.IGNORECASE,
)
# A rate right after the figure: "29.6 points a game", "$4 trillion a year".
_RATE = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:(?:a|per|each|every)\s+(?:year|month|week|day|night|game|"
    r"match|season|person|head|capita)|annually|yearly|monthly)\b"
)
_SUPERLATIVE = re.compile(r"[a-z]{2,}est\b|\bbest\b|\bworst\b|\bmost\b|\btop\b|\bleading\b")
_NUMBER_WORD = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"hundred|thousand)"
)
_RATIO_BEFORE = re.compile(_NUMBER_WORD + r"\s+(?:in|out of)\s+$", re.IGNORECASE)
_RATIO_AFTER = re.compile(r"^\s+(?:in|out of)\s+" + _NUMBER_WORD + r"\b", re.IGNORECASE)
# A sample's size is not a finding: "a survey of 2,000 adults", "surveyed 3,100 workers".
_SAMPLE = re.compile(
    r"\b(?:(?:survey|study|poll|trial|sample|analysis)\s+of|surveyed|polled|interviewed|"
    r"questioned|followed|tracked|enrolled|recruited|examined|analysed|analyzed|screened)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_BILLION = 10**9
#: Counts of what there is start here; "two people remain in hospital" is the news itself.
_STOCK = 100
_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "quarter", "decade"})
# An intention is not a finding: "wants renewables to supply 70%", "a target of 300,000".
_GOAL = re.compile(
    r"\b(?:target|goal|aim|cap|limit|threshold|ceiling|quota|pledge)s?\s+(?:of|to)\s+(?:\w+\s+)?$|"
    r"\b(?:wants?|aims?|plans?|pledged|pledges?|promised|vowed|hopes?|seeks?|intends?)\s+"
    r"(?:(?:to\b|\w+\s+to\b)[^,;.]{0,40})?$",
    re.IGNORECASE,
)
# A size of an industry or a market: "a $24 billion industry".
_MARKET = re.compile(r"(?:[ -]+[a-z-]+){0,2}?[ -]+(?:industry|market|sector|economy)\b")


# _GOAL, _SAMPLE and _STAT_CUE without IGNORECASE, for lower-cased ASCII text (as
# _HEDGE_LOWER below): their words are all lower case and only whether they match is used.
# They run on every figure's window; the twins cost about a third.
_GOAL_LOWER = re.compile(_GOAL.pattern)
_SAMPLE_LOWER = re.compile(_SAMPLE.pattern)
_STAT_CUE_LOWER = re.compile(_STAT_CUE.pattern)


def _folded(pattern: re.Pattern[str], lower: re.Pattern[str], text: str) -> bool:
    """Does ``pattern`` (IGNORECASE) match somewhere in ``text``? Asked of its lower-case
    twin on lower-cased ``text`` when that is ASCII (then lower() is exact case folding)."""
    if text.isascii():
        return lower.search(text.lower()) is not None
    return pattern.search(text) is not None


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str | None
    sourcing: Sourcing
    start: int = 0  # where the cue starts in its sentence


# ------------------------------------------------------------------ which figures
def needs_source(
    sentence: str,
    mention: Mention,
    attribute: str | None = None,
    clause: tuple[int, int] | None = None,
) -> bool:
    """Is this figure a statistic (something a reader should be able to check)?

    Cue words ("average", "projected") count only within the figure's own clause, so
    "3.2 models on average" does not make a neighbouring "$30B" a statistic.
    """
    if mention.kind is Kind.DATE:
        return False
    before = sentence[max(0, mention.start - 60) : mention.start]
    if _folded(_GOAL, _GOAL_LOWER, before) or sentence.startswith(
        (", a target", ", the target"), mention.end
    ):
        return False  # "wants renewables to supply 70% by 2035, a target set in 2022"
    if mention.kind is Kind.PERCENT:
        return True
    if mention.kind is Kind.RANK:
        around = sentence[mention.start : mention.end + 16]  # "second-lowest"
        return mention.unit is None and bool(_SUPERLATIVE.search(around))
    if mention.kind is Kind.COUNT and mention.unit == "x":
        return True
    if attribute == "market_size" or (
        mention.kind is Kind.MONEY and _MARKET.match(sentence, mention.end)
    ):
        return True
    if _folded(_SAMPLE, _SAMPLE_LOWER, before[-40:]):
        return False
    near = before[-50:]  # cheap gates for the patterns that end at the figure
    if "to " in near and _THRESHOLD.search(before):
        return False  # "the time to reach $1 million in revenue": a milestone, or a target
    lo, hi = clause if clause is not None else (0, len(sentence))
    lo, hi = _own_clause(sentence, mention, lo, hi)
    window = sentence[max(lo, mention.start - 60) : min(hi, mention.end + 60)]
    value = mention.value
    fraction = isinstance(value, Amount) and value.value != value.value.to_integral_value()
    if mention.kind is Kind.COUNT and (
        _SCORE.search(before[-30:])
        or _SCALE.search(sentence, max(0, mention.start - 30), mention.start)
        or (fraction and _OUT_OF.match(sentence, mention.end))
    ):
        # "a score of 9.8 out of 10", unless averaged
        return _folded(_STAT_CUE, _STAT_CUE_LOWER, window)
    if mention.kind is Kind.COUNT and (
        _RATIO_BEFORE.search(sentence[max(0, mention.start - 12) : mention.start])
        or _RATIO_AFTER.match(sentence[mention.end : mention.end + 16])
    ):
        return True  # "one in four adults"
    if not isinstance(value, Amount):
        return False
    if mention.kind is Kind.COUNT and fraction:
        return True  # "3.2 models": a fractional count is an average
    if (_RATE.match(sentence, mention.end) or mention.per) and (
        mention.kind is not Kind.MONEY or value.value >= _BILLION
    ):
        return True  # "29.6 points a game", "$4 trillion a year"; "$1,000 a month" is a price
    if mention.kind is not Kind.MONEY and (
        _LEVEL.search(sentence, max(lo, mention.start - 20), mention.start)
        or (
            "to " in near
            and _LEVEL_AFTER_CHANGE.search(sentence, max(0, mention.start - 100), mention.start)
        )
    ):
        return True  # "completions fell to 168,000", "stood at 49,500": a measured level
    if (
        mention.kind is not Kind.MONEY
        and "from " in near
        and _UP_FROM.search(sentence, max(0, mention.start - 30), mention.start)
        and _STAT_CUE.search(sentence, max(0, mention.start - 120), mention.start)
    ):
        return True  # "an average of 112 apps, up from 80": where the statistic started
    if (
        mention.kind is Kind.COUNT
        and value.value >= _STOCK
        and (
            (
                "here " in near
                and _THERE_ARE.search(sentence, max(0, mention.start - 50), mention.start)
            )
            or _REMAIN.match(sentence[mention.end : mention.end + 60])
        )
    ):
        return True  # "there were 1,840 listings": a count of what there is
    if mention.start < 160 and _STAT_SUBJECT.match(sentence[: mention.start]):
        return True  # "The median time to a breach is just 48 minutes"
    return _folded(_STAT_CUE, _STAT_CUE_LOWER, window)


def _own_clause(sentence: str, mention: Mention, lo: int, hi: int) -> tuple[int, int]:
    """``lo:hi`` narrowed to the figure's own clause: "..., and average attendance
    reached 59,800" is another clause's cue."""
    for match in _CLAUSE_BREAK.finditer(sentence, max(lo, mention.start - 60), mention.start):
        lo = match.end()
    after = _CLAUSE_BREAK.search(sentence, mention.end, min(hi, mention.end + 60))
    return lo, after.start() if after else hi


# ------------------------------------------------------------------ which cues
@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    sourcing: Sourcing
    closes: bool = False  # a footnote or "(source: ...)": cites only what comes before it


@lru_cache(maxsize=4096)
def _sentence_cues(text: str) -> tuple[_Cue, ...]:
    """Every cue of one sentence, in order. Quoted speech is blanked out first, so a
    quotation's own words ("we said we would ...") never attribute the figures around it."""
    bare = _QUOTE.sub(lambda m: '"' + " " * len(m.group(1)) + '"', text)
    return tuple(sorted(_cues(bare), key=lambda c: c.start))


def find_source(text: str) -> Attribution | None:
    """The attribution cue in one sentence: the first one that names a source, else the
    first vague one, else None."""
    return _best(text, _sentence_cues(text))


def _best(text: str, cues: Sequence[_Cue]) -> Attribution | None:
    for wanted in (Sourcing.SOURCED, Sourcing.WEAK):
        for cue in cues:
            if cue.sourcing is wanted:
                return Attribution(text[cue.start : cue.end].strip(), wanted, cue.start)
    return None


def _covers(cue: _Cue, sentence: str, mention: Mention) -> bool:
    """Does a cue of the figure's sentence speak for the figure? A cue before it
    introduces it; a footnote after it closes it. A cue after it closes it too ("..., the
    agency said"), unless the cue opens a later clause with figures of its own ("..., and in
    our survey, 58% said"): then it speaks only for what follows it."""
    if cue.start <= mention.start:
        return not cue.closes
    if cue.closes:
        return True
    between = sentence[mention.end : cue.start]
    return not (_CLAUSE_BREAK.search(between) and _DIGIT.search(sentence, cue.end))


# _HEDGE, _INTRO and _DOC_WORD without IGNORECASE, for lower-cased ASCII text: their words
# are all lower case and only the spans of their matches are used, so they find the same
# spans there (re skips a branch by its first letter at C speed only without IGNORECASE).
_HEDGE_LOWER = re.compile(_HEDGE.pattern)
_INTRO_LOWER = re.compile(_INTRO.pattern)
_DOC_WORD_LOWER = re.compile(_DOC_WORD.pattern)


def _cues(text: str) -> list[_Cue]:
    cues: list[_Cue] = []
    ascii_lower = text.lower() if text.isascii() else None
    for match in _CITATION.finditer(text):
        closes = not match.group().lower().startswith(("http", "www"))
        cues.append(_Cue(match.start(), match.end(), Sourcing.SOURCED, closes))
    for match in _BRACKETED_NAME.finditer(text):
        if _cited_name(text, match):
            cues.append(_Cue(match.start(), match.end(), Sourcing.SOURCED, closes=True))
    hedges, intros, documents = (
        (_HEDGE.finditer(text), _INTRO.finditer(text), _DOC_WORD.finditer(text))
        if ascii_lower is None
        else (
            _HEDGE_LOWER.finditer(ascii_lower),
            _INTRO_LOWER.finditer(ascii_lower),
            _DOC_WORD_LOWER.finditer(ascii_lower),
        )
    )
    for match in hedges:
        cues.append(_Cue(match.start(), match.end(), Sourcing.WEAK))
    for match in intros:
        sourcing = _who(text, match.end())
        if sourcing is not None:
            cues.append(_Cue(match.start(), _phrase_end(text, match.end()), sourcing))
    for match in _PER.finditer(text):
        if _who(text, match.end()) is Sourcing.SOURCED:
            cues.append(_Cue(match.start(), _phrase_end(text, match.end()), Sourcing.SOURCED))
    for match in documents:
        cue = _document(text, match.start(), match.end())
        if cue is not None:
            cues.append(cue)
    for match in _SPEAKER_VERB.finditer(text):
        cue = _speaker(text, match.start(), match.end())
        if cue is not None:
            cues.append(cue)
    return cues


def _phrase_end(text: str, at: int) -> int:
    """Where the source named from ``at`` ends: at the clause's punctuation, 60 characters
    at most ("according to its annual report, ..." -> "according to its annual report")."""
    stop = _PHRASE_STOP.search(text, at, at + 60)
    return stop.start() if stop else min(len(text), at + 60)


def _cited_name(text: str, match: re.Match[str]) -> bool:
    """Is "(Xyz)" a citation rather than an abbreviation ("return on investment (ROI)")?"""
    name = match.group("name")
    if not all(_is_name(w) for w in name.split() if w != "&"):
        return False
    if name.isupper():
        initials = "".join(w.group()[0] for w in _words_before(text, match.start())[-len(name) :])
        return initials.upper() != name
    return True


def _words_before(text: str, at: int, limit: int = 60) -> list[re.Match[str]]:
    """The words of the clause before ``at``, up to ``limit`` characters back."""
    start = max(0, at - limit)
    window = text[start:at]
    cut = max(window.rfind(c) for c in ',;:()"“”—–!?')
    if cut >= 0:
        start += cut + 1
    return list(_WORD.finditer(text, start, at))


def _before_aside(text: str, at: int) -> list[re.Match[str]]:
    """The subject before an aside that ends right before ``at``: "The company, which has
    14 million users, expects ..." -> "The company"; "Dr. Lee, a neurologist, said" -> "Dr.
    Lee". Nothing when the text before ``at`` is no such aside."""
    aside = _ASIDE.search(text, max(0, at - 160), at)
    return _words_before(text, aside.start()) if aside else []


def _bare(word: str) -> str:
    return re.sub(r"['’]s?$", "", word).rstrip(".").lower()


def _is_name(word: str) -> bool:
    """A capitalised word that is not a function word, a calendar word or a common noun
    of the tables ("Gartner", "Hood", "IDC"; not "The", "Tuesday", "Studies")."""
    if not word[:1].isupper() and not (word[:1].isdigit() and any(c.isupper() for c in word)):
        return False
    bare = _bare(word)
    if bare.endswith("s") and bare[:-1] in BODIES:
        return False  # "Teams report", "Banks say"
    return not (
        bare in NOT_NAMES
        or bare in VAGUE
        or bare in BODIES
        or bare in DOCUMENTS
        or bare in EVIDENCE
        or bare in _GENERIC
    )


def _name_at(text: str, word: re.Match[str]) -> bool:
    """``_is_name`` for a word in place: a sentence's first word that reads as an adjective
    ("Running clubs report", "Leading experts say") is not a name, and in a headline in
    title case no capital is a sign of a name."""
    w = word.group()
    if not _is_name(w) or _title_case(text):
        return False
    first = not any(c.isalnum() for c in text[: word.start()])
    return not (first and re.search(r"(?:ing|ed|ly)$", w))


@lru_cache(maxsize=1024)
def _title_case(text: str) -> bool:
    long = re.findall(r"[A-Za-z][a-z]{3,}", text[:300])
    return len(long) >= 5 and sum(w[0].isupper() for w in long) >= 0.75 * len(long)


def _possessive(word: str) -> bool:
    return word.lower() in _POSSESSIVES or bool(re.search(r"\w['’]s$", word))


def _owner(text: str, start: int, end: int) -> tuple[str | None, int, int]:
    """Who owns the document at ``start:end``, and the span of the document with its owner.

    The kinds: "possessive" ("Gartner's study", "a survey by X"), "named" (a name or a body
    before it: "a Gartner study", "government data"), "definite" ("the annual review") or
    None ("a recent study")."""
    after = _OWNER_AFTER.match(text, end)
    if after and _names_someone(after.group("who").split()):
        return "possessive", start, after.end()  # "a survey by X", "released by the ministry"
    found: str | None = None
    first = start
    for word in reversed(_words_before(text, start, 40)[-3:]):
        w = word.group()
        if w.lower() in _INDEFINITE:
            break
        if _possessive(w):
            return "possessive", word.start(), end  # "its report", "Acme's 2024 Social Index"
        if _name_at(text, word) or (_bare(w) in BODIES and w[-1:] != "s"):
            found, first = "named", word.start()  # "a Gartner study", "government data"
        elif w.lower() in _DETERMINERS:
            return found or "definite", first, end
        elif w.lower() in NOT_NAMES:
            break  # "Sonnet 4.5 for analysis": a preposition ends the document's phrase
    return found, first, end


def _names_someone(words: Sequence[str]) -> bool:
    """Do the words after "by" name someone: "the climate think tank Ember Watch", "the
    ministry" (a definite body)? Reading stops at the first word of a new clause."""
    definite = False
    for word in words:
        low = _bare(word)
        if _is_name(word):
            return True
        if low in _DETERMINERS or low in _POSSESSIVES:
            definite = True
        elif definite and (low in BODIES or low.removesuffix("s") in BODIES):
            return True
        elif low in NOT_NAMES or low in SPEECH_VERBS or low in EVIDENCE_VERBS:
            return False
    return False


def _document(text: str, start: int, end: int) -> _Cue | None:
    """A document or body of evidence mentioned in the sentence, and what it makes of the
    figures: named ones source them wherever they stand; "the survey" does when it speaks
    ("the survey found") or is pointed to ("in the study"); an unowned one that speaks is
    weak ("a recent study found")."""
    word = text[start:end].lower()
    follower = _NEXT_WORD.match(text, end)
    if follower and _compound(follower.group(1)):
        return None  # "its data centres", "a report card": not a document
    owner, first, last = _owner(text, start, end)
    if owner == "possessive" or (owner == "named" and word not in _POSSESSED_ONLY):
        return _Cue(first, last, Sourcing.SOURCED)
    speaks = bool(_SPEAKS.match(text[end : end + 40]))
    if owner == "definite" and word in DOCUMENTS:
        lead = text[max(0, start - 40) : start]
        pointed = _POINTS_TO.search(_DEFINITE_TAIL.sub("", lead))
        if speaks or pointed:
            return _Cue(start, end, Sourcing.SOURCED)
        return None
    if speaks and owner is None:
        return _Cue(start, end, Sourcing.WEAK)
    return None


def _compound(word: str) -> bool:
    """Does ``word``, right after a document word, make a compound noun of it?"""
    low = word.lower()
    return not (
        low in NOT_NAMES
        or low in _SKIP
        or low in SPEECH_VERBS
        or low in EVIDENCE_VERBS
        or low in _DOCUMENT_HEADS
        or low in _PASSIVE
        or low in _PUBLISHED  # "the report released in April"
        or low.endswith("ly")
    )


def _speaker(text: str, start: int, end: int) -> _Cue | None:
    """A reporting verb and who it reports: the head word of the clause before it, past
    auxiliaries and adverbs, or a name right after a verb that opens its clause ('...,"
    said Priya Menon'; in "Some analysts expect Acme to ..." Acme is no speaker)."""
    verb = text[start:end].lower()
    words = _words_before(text, start)
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if not words and verb in SPEECH_VERBS and after and _is_name(after.group()):
        return _Cue(start, after.end(), Sourcing.SOURCED)
    if not words:
        words = _before_aside(text, start)
    hedge = _HEDGE.search(text, words[0].start(), start) if words else None
    if hedge:
        return _Cue(hedge.start(), end, Sourcing.WEAK)  # "people familiar with the deal said"
    while words and (words[-1].group().lower() in _SKIP or words[-1].group().lower() in _WEEKDAYS):
        words.pop()
    if not words or words[-1].group().lower() in _PASSIVE:
        return None  # "is estimated", "are expected": a hedge, see HEDGES
    head = words[-1].group()
    low = _bare(head)
    cue_start = words[max(0, len(words) - 4)].start()
    if low in _FIRST_PERSON or (low in _PRONOUNS and head.lower() == low):
        # "we found" (the writer's own data); "it said" ("it's estimated" is passive)
        verbs = FIRST_PERSON_VERBS if low in _FIRST_PERSON else SPEECH_VERBS
        return _Cue(words[-1].start(), end, Sourcing.SOURCED) if verb in verbs else None
    if low in DOCUMENTS or low in EVIDENCE:
        return None  # judged as a document
    group = words[-4:-1]
    if any(w.group()[:1].isdigit() for w in group) or head[:1].isdigit():
        return None  # "41% said", "72% of consumers say": answers to a survey, not a source
    if _in_phrase(words):
        return None  # "a study of adults in Germany found": Germany is not the speaker
    if _name_at(text, words[-1]):
        if verb in SPEECH_VERBS or _FINDING.match(text, end):
            return _Cue(cue_start, end, Sourcing.SOURCED)
        return None  # "Acme shows ads to 90% of users": a company's act, not a finding
    named = any(_modifier_name(text, w, words) or _possessive(w.group()) for w in group)
    definite = any(w.group().lower() in _DETERMINERS | _POSSESSIVES for w in group[-2:])
    body = low in BODIES or low.removesuffix("s") in BODIES
    if body and (definite or named or low in ROLES):
        return _Cue(cue_start, end, Sourcing.SOURCED)  # "the office said", "police said"
    if low in VAGUE or body:
        # "Gartner analysts expect" names someone; "most economists expect" does not
        return _Cue(cue_start, end, Sourcing.SOURCED if named else Sourcing.WEAK)
    if definite and verb in SPEECH_VERBS and head[:1].islower() and not _object(words):
        return _Cue(cue_start, end, Sourcing.SOURCED)  # "the supermarket chain said"
    return None


def _object(words: Sequence[re.Match[str]]) -> bool:
    """Is the last word the object of a preposition ("close to the talks", "familiar with
    the matter"), rather than the one who speaks?"""
    for i in range(len(words) - 2, max(-1, len(words) - 4), -1):
        low = words[i].group().lower()
        if low in _DETERMINERS | _POSSESSIVES:
            return i > 0 and words[i - 1].group().lower() in _PREPOSITIONS
    return False


def _modifier_name(text: str, word: re.Match[str], words: Sequence[re.Match[str]]) -> bool:
    """Is ``word`` a name that modifies the speaker ("Gartner analysts")? A sentence's first
    word followed by another common word is an adjective ("Public health experts say")."""
    if not _name_at(text, word):
        return False
    if any(c.isalnum() for c in text[: word.start()]):
        return True
    following = words.index(word) + 1
    return following == len(words) - 1 or words[following].group()[:1].isupper()


def _in_phrase(words: Sequence[re.Match[str]]) -> bool:
    """Is the last word inside a prepositional phrase ("in Germany"), other than a name's
    own "of" ("the University of Eastvale", "the Bank of England")?"""
    if len(words) < 2 or words[-2].group().lower() not in _PREPOSITIONS:
        return False
    return not (words[-2].group() == "of" and len(words) > 2 and words[-3].group()[:1].isupper())


def _who(text: str, at: int) -> Sourcing | None:
    """What the words after "according to" or "per" name: a source, nobody, or nothing."""
    words = list(_WORD.finditer(text, at, min(len(text), at + 80)))[:6]
    if not words:
        return None
    first = words[0].group()
    low = first.lower()
    if _HEDGE.match(text, at):
        return Sourcing.WEAK  # "according to people familiar with ..."
    if _is_name(first) or _possessive(first):
        return Sourcing.SOURCED
    after = _OWNER_AFTER.match(text, at)
    if after and _names_someone(after.group("who").split()):
        return Sourcing.SOURCED  # "according to futures pricing tracked by X"
    for word in words:
        w = _bare(word.group())
        if w in DOCUMENTS or w in EVIDENCE:
            # "according to its report", "... to the survey": pointed to, so sourced
            owned = _owner(text, word.start(), word.end())[0] is not None
            return Sourcing.SOURCED if owned else Sourcing.WEAK
        if w in BODIES:
            if low in _DETERMINERS | _POSSESSIVES or w in ROLES:
                return Sourcing.SOURCED
            return Sourcing.WEAK
        if w in VAGUE:
            return Sourcing.WEAK
        if _is_name(word.group()) or (low in _DETERMINERS and _possessive(word.group())):
            return Sourcing.SOURCED  # "according to the city auditor's report"
        if not (w in _GENERIC or w in _DETERMINERS or w in _POSSESSIVES):
            break
    return Sourcing.WEAK if low[:1].isalpha() and low not in _DETERMINERS else None


# ------------------------------------------------------------------ paragraphs
def framing(sentence: str, mentions: Sequence[Mention]) -> Attribution | None:
    """A named source that opens a sentence ("According to its annual report, ...",
    "The company's filings show ...") frames the rest of its paragraph; one that follows
    the figure ("..., according to X") or is set off inside the sentence ("Sales, the
    company said, grew 31%") covers only its own sentence."""
    found = find_source(sentence)
    if found is None or found.sourcing is not Sourcing.SOURCED:
        return None
    figures = [m.start for m in mentions if _is_figure(m)]
    if figures and _parenthetical(sentence, found):
        return None  # "Sales, the company said, grew 31%": it opens no sentence
    return found if not figures or found.start < min(figures) else None


def _parenthetical(sentence: str, found: Attribution) -> bool:
    """Is the cue set off by commas inside its sentence ("Sales, the company said, grew")?"""
    before = sentence[: found.start].rstrip()
    after = sentence[found.start + len(found.source or "") :].lstrip()
    if not (before.endswith(",") and after.startswith(",")):
        return False
    words = [w.lower() for w in _WORD.findall(before)]
    return any(w not in _CONNECTORS and not w.endswith("ly") for w in words)


def _opens_quote(text: str) -> bool:
    return text[:1] in _QUOTE_MARKS


def _is_figure(mention: Mention) -> bool:
    """A figure a cue could speak for: not a date, an ordinal ("the first time") or a span
    of time that describes something ("a six-month period", "the three-year study")."""
    if mention.kind in (Kind.DATE, Kind.RANK):
        return False
    return not (mention.kind is Kind.COUNT and mention.unit in _TIME_UNITS)


def leads(
    sentences: Sequence[tuple[str, int]], mentions: Sequence[Sequence[Mention]]
) -> list[list[Attribution]]:
    """The framing cue in force at each sentence (``(text, paragraph)`` pairs), in one pass.

    A framing cue lasts to the end of its paragraph. Two layouts carry one further, because
    lists put each item ("- ...", "6. ...") on its own line: a lead-in that ends with a
    colon ("Here is what the 2024 Acme report found:") frames the list items right under
    it, and a line that says "Source: ..." sources the list items right above it (or else
    the paragraph right above it). A sentence without figures that points back ("That's
    according to X.") sources the sentence before it. Only sentences that something could
    follow are read for a cue.
    """
    count = len(sentences)
    # A list item is a paragraph that opens with a marker: "- 43% of ...", or "6." split
    # off as a sentence of its own by the segmenter ("6. 61% of firms ...").
    item = [False] * count
    for i, (text, paragraph) in enumerate(sentences):
        first = i == 0 or sentences[i - 1][1] != paragraph
        item[i] = bool(_LIST_ITEM.match(text)) if first else item[i - 1]
    covered: list[Attribution | None] = [None] * count
    figure_after = [False] * count  # a later sentence of the same paragraph has a figure
    for i in range(count - 2, -1, -1):
        if sentences[i + 1][1] == sentences[i][1]:
            figure_after[i] = bool(mentions[i + 1]) or figure_after[i + 1]
    for i, (text, paragraph) in enumerate(sentences):
        if (
            i
            and sentences[i - 1][1] == paragraph
            and _POINTS_BACK.match(text)
            and not any(_is_figure(m) for m in mentions[i])
        ):
            found = find_source(text)  # "That's according to X." sources the sentence before
            if found is not None and found.sourcing is Sourcing.SOURCED:
                covered[i - 1] = covered[i - 1] or found
            continue
        if i and _SOURCE_LINE.match(text):
            found = find_source(text)
            if found is None or found.sourcing is not Sourcing.SOURCED:
                continue
            j = i - 1
            above = sentences[j][1]
            while (
                j >= 0
                and covered[j] is None
                and (sentences[j][1] == above or (item[j] and item[j + 1]))
            ):
                covered[j] = found
                above = sentences[j][1]
                j -= 1
    frames: list[list[Attribution]] = [[] for _ in range(count)]
    current: Attribution | None = None
    listed: Attribution | None = None
    speaker: Attribution | None = None  # who speaks the quotation a sentence goes on with
    for i, (text, paragraph) in enumerate(sentences):
        if i == 0 or paragraph != sentences[i - 1][1]:
            listed = listed if item[i] else None
            current = listed
            speaker = None
        found = covered[i] or current
        if found is not None:
            frames[i] = [found]
        if not _opens_quote(text):
            speaker = None
        elif speaker is not None:
            frames[i].append(speaker)  # '"..." she said. "It rose 9%."': still her words
        if i + 1 < count and sentences[i + 1][1] == paragraph and _opens_quote(sentences[i + 1][0]):
            said = find_source(text) if _QUOTE_MARK.search(text) else None
            if said is not None and said.sourcing is Sourcing.SOURCED:
                speaker = said
        lead_in = text.rstrip().endswith(":")
        if figure_after[i] or lead_in:
            frame = framing(text, mentions[i])
            current = frame or current
        if lead_in and current is not None:
            listed = current
    return frames


# ------------------------------------------------------------------ one figure
def _outsiders(cue: Attribution) -> bool:
    """Is a weak cue people other than the paragraph's named source ("Analysts had
    expected", "experts say")? A hedge ("an estimated") may be that source's own estimate,
    and researchers or scientists are the ones behind the study it names."""
    text = cue.source or ""
    if _HEDGE.match(text):
        return False
    return not any(_bare(w) in BODIES for w in _WORD.findall(text))


def _quoted(sentence: str, at: int) -> bool:
    """Is position ``at`` inside a quotation, including one that opened in an earlier
    sentence ("... help," she said.) or closes in a later one?"""
    before, after = sentence[:at], sentence[at:]
    if before.count("“") > before.count("”"):
        return True
    if "”" in after and after.count("”") > after.count("“") and "“" not in before[-200:]:
        return True
    straight = before.count('"')
    return straight % 2 == 1 or (straight == 0 and after.count('"') % 2 == 1)


def attribute(
    sentence: str,
    mention: Mention,
    lead: Sequence[Attribution],
    attribute_name: str | None = None,
    clause: tuple[int, int] | None = None,
) -> Attribution:
    """Sourcing of one figure: its sentence's own cue, else a framing cue earlier in the
    paragraph (``lead``, nearest last), else none; unnamed outsiders speaking in the
    sentence ("experts say") keep it weak even in a framed paragraph (see ``_outsiders``).
    A figure inside a quotation is the speaker's claim: the cue outside the quotes ("Hood
    said") sources it, and without one in its sentence it needs none (the quote's speaker
    is named nearby)."""
    if mention.kind is Kind.RANK and mention.unit:
        # a position on a named board is sourced by the board
        return Attribution(mention.unit, Sourcing.SOURCED, mention.start)
    cues = [c for c in _sentence_cues(sentence) if _covers(c, sentence, mention)]
    own = _best(sentence, cues)
    found = own
    if lead and (own is None or (own.sourcing is Sourcing.WEAK and not _outsiders(own))):
        found = lead[-1]
    if not needs_source(sentence, mention, attribute_name, clause):
        return Attribution(found.source if found else None, Sourcing.NOT_NEEDED)
    if _quoted(sentence, mention.start):
        if found is not None and found.sourcing is Sourcing.SOURCED:
            return found
        return Attribution(found.source if found else None, Sourcing.NOT_NEEDED)
    if found is None:
        return Attribution(None, Sourcing.UNSOURCED)
    return found
