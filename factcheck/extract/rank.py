"""Ranks: a position on a list ("ranked third", "#1", "No. 2", "second-largest", "top three").

The value is the position as an integer ``Amount``; "top three" is ``Bound.AT_MOST`` 3 (the
item is somewhere in the first three). ``unit`` is the board when the phrase names it right
after ("ranked third on the Apex leaderboard" -> "Apex leaderboard", "on Apex.ai" ->
"Apex.ai", "the Fortune 500 list"), else None.

Ordinal words that are not positions are skipped: "third-party", "first-class",
"second-hand"; fractions ("one third", "two-thirds" are numbers); and date parts ("June 2nd",
"the 21st century", "first quarter", "second half of 2025"), which the date extractor owns;
"a second" / "per second" are durations.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.extract._numbers import ORDINALS, find_numbers, trie_regex, with_plain_spaces
from factcheck.model import Amount, Bound, Kind, Mention

__all__ = ["find_ranks"]

_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
           r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?")
_NOT_RANK_AFTER = re.compile(
    r"(?:[ \t]*-[ \t]*|[ \t]+)(?:party|parties|class|hand|handed|rate|guess|guessing|person|"
    r"degree|cousin|string|nature)\b"
    r"|[ \t]+(?:quarter|quarters|half|halves|century|centuries|millennium|decade|of[ \t]+"
    + _MONTHS + r")\b"
    r"|[ \t]*-[ \t]*(?:quarter|half|century)\b",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(r"(?<![A-Za-z])" + _MONTHS + r"[ \t]+(?:the[ \t]+)?\Z", re.IGNORECASE)
_DURATION_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?P<a>a)|per|one|split|every|each|the[ \t]+same)[ \t]+\Z", re.IGNORECASE
)
_A_BEFORE = re.compile(r"(?<![A-Za-z])an?[ \t]+\Z", re.IGNORECASE)
# After "a/an": a position in a run ("a fourth straight weekend", "for a third time", "a fifth
# month in a row", "a second year running", "a third-place finish").
_RUN_AFTER = re.compile(
    r"(?:[ \t]+(?:straight|consecutive|successive|running|time)\b"
    r"|[ \t-]+place[ds]?\b"
    r"|[ \t]+[a-z]+[ \t]+(?:in[ \t]+a[ \t]+row|running)\b)",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_PLACE_AFTER = re.compile(
    r"[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Place|Division|Regiment|"
    r"Brigade|Battalion|Infantry|Airborne|Armored|Armoured|Fleet|Army|Corps|Circuit|District|"
    r"Precinct|Amendment|Ward|Congressional|Parallel)\b\.?"
)
_NUMBER_GAP = re.compile(r"[ \t-]{0,2}")
_HASH = re.compile(
    r"(?:(?<![\w&])#[ \t]?|(?<![A-Za-z])No\.[ \t]?|(?<![A-Za-z])(?:(?<=at )|(?<=to )|(?<=is )|"
    r"(?<=was )|(?<=hit )|(?<=reached )|(?<=the ))number[ \t]+)(?P<n>\d{1,4})(?![\d,.]\d|\w)"
)
_TOP = re.compile(
    r"(?<![A-Za-z])top[ \t]*-?[ \t]*(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|fifteen|twenty|fifty|hundred)(?![\w])",
    re.IGNORECASE,
)
_TOP_VALUES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
               "twenty": 20, "fifty": 50, "hundred": 100}
_BOARD = re.compile(
    r"(?:[ \t]+place)?(?:[ \t]+overall)?[ \t]+(?:on|in|of)[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+"
    # "on this year's Apex Global 100": the board is the name; its edition, the year
    r"|(?:this|last|next)[ \t]+year['\u2019]s[ \t]+)?"
    r"(?P<board>(?:[A-Z][\w.&'\u2019+-]*|\d+)(?:[ \t]+(?:[A-Z][\w.&'\u2019+-]*|\d+))*"
    r"(?:[ \t]+(?:leaderboards?|lists?|rankings?|charts?|index|poll|table|standings|league))?"
    r"|(?:leaderboard|list|rankings|chart|charts|standings|table|index))"
)
_PRECHECK = re.compile(r"\d(?:st|nd|rd|th)|#|No\.|\b" + trie_regex(
    ["number", "top", *ORDINALS, *(t + o for t in ("twenty", "thirty", "forty", "fifty", "sixty",
                                                   "seventy", "eighty", "ninety")
                                  for o in ORDINALS)]), re.IGNORECASE)


# A competition a place was won at: "finished second at the Jade Masters in Shanghai"
_EVENT_BOARD = re.compile(
    r"[ \t]+at[ \t]+(?:the[ \t]+|this[ \t]+year['\u2019]s[ \t]+|last[ \t]+year['\u2019]s[ \t]+)?"
    r"(?P<board>(?:[A-Z][\w.&'\u2019+-]*[ \t]+){0,5}(?:Masters|Cup|Championships?|Open|Games|"
    r"Awards|Invitational|Classic|Grand[ \t]+Prix|Tournament|Finals?|Major|Series))\b"
)


def _board(text: str, end: int) -> tuple[str | None, int]:
    m = _BOARD.match(text, end) or _EVENT_BOARD.match(text, end)
    if m is None:
        return None, end
    board = m.group("board").rstrip(".,;:'\u2019")
    return (board or None), m.end()


@with_plain_spaces
def find_ranks(text: str) -> list[Mention]:
    """Rank mentions in ``text``, sorted by start."""
    numbers = find_numbers(text)
    low = text.lower()
    if not (
        any(n.kind == "ordinal" for n in numbers)
        or "#" in text
        or "No." in text
        or "number" in low
        or "top" in low
    ):
        return []  # what the loops below need is missing: no need for the precheck's scan
    if not _PRECHECK.search(text):
        return []
    out: list[Mention] = []
    prev_end = -10
    for n in numbers:
        if n.kind != "ordinal" or n.value <= 0:
            prev_end = n.end
            continue
        if _NOT_RANK_AFTER.match(text, n.end) or _MONTH_BEFORE.search(
            text, max(0, n.start - 16), n.start
        ):
            continue
        word = text[n.start:n.end].lower()
        if word == "second" and prev_end >= n.start - 2 and _NUMBER_GAP.fullmatch(
            text, prev_end, n.start
        ):
            continue  # "took 1 second", "one second": the time unit
        if word == "second" and (
            m := _DURATION_BEFORE.search(text, max(0, n.start - 12), n.start)
        ) and not (m.group("a") and _RUN_AFTER.match(text, n.end)):
            continue  # "a second", "per second"; but "a second consecutive quarter" is a rank
        if _A_BEFORE.search(text, max(0, n.start - 4), n.start) and not _RUN_AFTER.match(
            text, n.end
        ):
            continue  # "a second contract", "a third term": another one, not a position
        if n.start > 0 and (text[n.start - 1].isalnum() or text[n.start - 1] in "-/"):
            continue
        if text[n.start].isupper() and text[:n.start].strip() and _NAME_AFTER.match(
            text, n.end
        ):
            continue  # "on Fifth Avenue", "the Second World War": a capitalised ordinal in a name
        if text[n.start].isdigit() and _PLACE_AFTER.match(text, n.end):
            continue  # "42nd Street", "the 101st Airborne Division"
        if text[n.end:n.end + 1] == "," and not text[:n.start].strip():
            continue  # "First, ...": a discourse marker
        out.append(_mention(text, n.start, n.end, int(n.value), Bound.EXACT))
    if "#" in text or "No." in text or "number" in low:
        for m in _HASH.finditer(text):
            out.append(_mention(text, m.start(), m.end(), int(m.group("n")), Bound.EXACT))
    for m in _TOP.finditer(text) if "top" in low else ():
        raw = m.group("n").lower()
        value = int(raw) if raw.isdigit() else _TOP_VALUES[raw]
        if value <= 0:
            continue
        out.append(_mention(text, m.start(), m.end(), value, Bound.AT_MOST))
    out.sort(key=lambda x: x.start)
    return out


def _mention(text: str, start: int, end: int, value: int, bound: Bound) -> Mention:
    unit, _ = _board(text, end)
    return Mention(Kind.RANK, start, end, text[start:end], Amount(Decimal(value), bound), unit)
