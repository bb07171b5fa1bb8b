"""Attribution: does a statistic say who says so?

Two questions, answered by rules:

* **Which figures need a source.** Statistics do: percentages and shares, averages and
  rates, multipliers ("2.5x"), projections and forecasts, market sizes, survey results,
  rankings without a named board. Dates, version numbers, deal values and counts that
  report an event ("seven new models were launched") are news, not statistics, and are
  ``not_needed``.
* **Whether one is given.** A reporting verb with a source ("the CFO said", "according to
  Gartner", "data from the ONS show", "a McKinsey survey found"), a citation ("[3]", a URL,
  "per the 10-K") in the sentence, or earlier in the same paragraph. Vague cues
  ("experts say", "studies show") make a figure ``weak``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.model import Amount, Kind, Mention, Sourcing

_REPORTING_VERBS = (
    r"said|says|say|stated|states|told|tells|reported|reports|report|estimated|estimates|"
    r"found|finds|find|showed|shows|show|revealed|reveals|disclosed|discloses|noted|notes|"
    r"wrote|writes|announced|announces|confirmed|confirms|indicated|indicates|indicate|"
    r"projected|projects|forecast|forecasts|predicted|predicts|calculated|calculates|"
    r"according"
)
_STRONG = re.compile(
    r"\baccording to\b|\bper (?:the |a |its |their )?[A-Z0-9][\w-]*|"
    r"\b(?:data|figures|numbers|statistics|research|analysis|estimates?) (?:from|by|compiled by)\b|"
    r"\breported by\b|\bcited by\b|\bsource[s]?:|"
    r"\b(?:survey|study|report|poll|filing|filings|disclosures?|analysis|census|index|audit|"
    r"statement|release|prospectus|10-K|10-Q|S-1|earnings call)\b[^.]{0,60}?\b(?:"
    + _REPORTING_VERBS
    + r")\b|"
    r"\b(?:" + _REPORTING_VERBS + r")\b[^.]{0,40}?\b(?:in|on) (?:a|an|the|its|their) "
    r"(?:filing|statement|report|release|call|interview|survey|study|blog post|letter)\b|"
    r"https?://\S+|\[\d{1,3}\]|\(\s*source\b",
    re.IGNORECASE,
)
# A named speaker: a capitalised name (its last word is enough, which keeps the pattern
# linear on long runs of capitalised words) or a title right before or after a reporting verb.
_NAMED_SPEAKER = re.compile(
    r"(?:(?<![\w.&'’-])[A-Z][\w.&'’-]+|\b(?i:the|its|their)\s+(?:[a-z-]+\s+)?(?:"
    r"compan(?:y|ies)|firms?|clubs?|retailers?|groups?|banks?|lenders?|carriers?|insurers?|"
    r"makers?|start-?ups?|developers?|buyers?|sellers?|CEO|CFO|chief executive|"
    r"chief financial officer|spokesperson|spokesman|spokeswoman|ministers?|ministry|agency|"
    r"regulators?|government|league|federation|statistics office|analysts? at [A-Z]\w+))"
    r"\s+(?:"
    + _REPORTING_VERBS
    + r")\b|\b(?:said|says|told|according to|wrote|estimated)\s+(?:[A-Z][\w.&'’-]+)",
)
_VAGUE = re.compile(
    r"\b(?:experts?|analysts|observers|insiders|sources|studies|research|reports|surveys|"
    r"some|many|critics|people familiar)\s+(?:say|says|said|show|shows|showed|suggest|"
    r"suggests|indicate|indicates|believe|believes|estimate|estimates|claim|claims|note)\b|"
    r"\b(?:it is|it's) (?:estimated|believed|reported|said)\b|\breportedly\b|\breported\b",
    re.IGNORECASE,
)
_STAT_CUE = re.compile(
    r"\b(?:average|averaged|averages|on average|mean|median|rate|rates|per capita|"
    r"projected|projection|forecast|forecasts|expected to|estimated|estimate|"
    r"could reach|is set to|on track to|market size|survey|surveyed|respondents|"
    r"likely to|combined|altogether|in total|a total of|"
    r"will (?:\w+ )?(?:create|reach|grow|hit|add|generate|top|exceed|rise|fall|"
    r"climb|drop|double|triple|be worth))\b",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(r"largest|biggest|top|best|most|leading|fastest", re.IGNORECASE)
# A cue whose "source" names nobody: "according to sources", "Reports indicate".
_NOBODY = re.compile(
    r"^(?:according to\s+|data from\s+|reported by\s+)?(?:the\s+|some\s+|many\s+|several\s+|"
    r"other\s+|industry\s+|recent\s+|unnamed\s+)?(?:experts?|analysts?|observers?|insiders?|"
    r"sources?|people|critics|officials|estimates|commentators|researchers)\b",
    re.IGNORECASE,
)
_DOCUMENT = re.compile(
    r"(?:surveys?|study|studies|research|reports?|polls?|filings?|disclosures?|analysis|"
    r"census|index|audit|statements?|release|prospectus|earnings call)\b",
    re.IGNORECASE,
)
# Whose document: a name or a possessive within the three words before it.
_OWNER = re.compile(
    r"(?:\b(?!(?:A|An|The|This|That|One|Another|New|Recent)\b)[A-Z][\w.&'’-]*|"
    r"\b(?:its|their|his|her|the company's|the firm's|government)"
    r")(?:\s+[\w'’-]+){0,2}\s*$"
)
_QUOTE = re.compile(r"[\"“]([^\"“”]{1,800})[\"”]")


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str | None
    sourcing: Sourcing
    start: int = 0  # where the cue starts in its sentence


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
    if mention.kind is Kind.PERCENT:
        return True
    if mention.kind is Kind.DATE:
        return False
    if mention.kind is Kind.RANK:
        around = sentence[mention.start : mention.end + 12]  # "second-largest"
        return mention.unit is None and bool(_SUPERLATIVE.search(around))
    if mention.kind is Kind.COUNT and mention.unit == "x":
        return True
    if attribute == "market_size":
        return True
    value = mention.value
    if (
        mention.kind is Kind.COUNT
        and isinstance(value, Amount)
        and value.value != value.value.to_integral_value()
    ):
        return True  # "3.2 models": a fractional count is an average
    lo, hi = clause if clause is not None else (0, len(sentence))
    window = sentence[max(lo, mention.start - 60) : min(hi, mention.end + 60)]
    return bool(_STAT_CUE.search(window))


@lru_cache(maxsize=1024)
def find_source(text: str) -> Attribution | None:
    """The attribution cue in one sentence: a named source, else a vague one, else None.

    Quoted speech is skipped when looking for the cue, so a quotation's own words
    ("we said we would ...") never attribute the figures around it.
    """
    bare = _QUOTE.sub(lambda m: '"' + " " * len(m.group(1)) + '"', text)
    for pattern in (_STRONG, _NAMED_SPEAKER):
        for match in pattern.finditer(bare):
            cue = text[match.start() : match.end()].strip()
            nobody = bool(
                _NOBODY.match(cue) or _NOBODY.match(_after_cue_verb(text, match.end()))
            )
            if _DOCUMENT.match(cue) and not _OWNER.search(
                text[max(0, match.start() - 40) : match.start()]
            ):
                nobody = True  # "a survey found": whose survey?
            if nobody:
                return Attribution(cue, Sourcing.WEAK, match.start())
            return Attribution(cue, Sourcing.SOURCED, match.start())
    vague = _VAGUE.search(bare)
    if vague:
        return Attribution(vague.group().strip(), Sourcing.WEAK, vague.start())
    return None


def _after_cue_verb(text: str, end: int) -> str:
    """What follows "according to": the source itself, to tell Gartner from "sources"."""
    return text[end : end + 40].lstrip() if text[:end].lower().endswith("according to") else ""


def framing(sentence: str, mentions: Sequence[Mention]) -> Attribution | None:
    """A named source that opens a sentence ("According to its annual report, ...",
    "The company's filings show ...") frames the rest of its paragraph; one that follows
    the figure ("..., according to X") covers only its own sentence."""
    found = find_source(sentence)
    if found is None or found.sourcing is not Sourcing.SOURCED:
        return None
    figures = [m.start for m in mentions if m.kind is not Kind.DATE]
    return found if not figures or found.start < min(figures) else None


def attribute(
    sentence: str,
    mention: Mention,
    lead: Sequence[Attribution],
    attribute_name: str | None = None,
    clause: tuple[int, int] | None = None,
) -> Attribution:
    """Sourcing of one figure: its sentence's own cue, else a framing cue earlier in the
    paragraph (``lead``, nearest last), else a vague cue, else none. A figure inside a
    quotation is the speaker's claim: the cue outside the quotes ("Hood said") sources it."""
    own = find_source(sentence)
    if mention.kind is Kind.RANK and mention.unit:
        # a position on a named board is sourced by the board
        return Attribution(mention.unit, Sourcing.SOURCED, mention.start)
    found = own
    if (own is None or own.sourcing is not Sourcing.SOURCED) and lead:
        found = lead[-1]
    if not needs_source(sentence, mention, attribute_name, clause):
        return Attribution(found.source if found else None, Sourcing.NOT_NEEDED)
    if found is None:
        return Attribution(None, Sourcing.UNSOURCED)
    return found
