"""Counts: a number and the thing it counts ("1,500 customers", "seven new models").

``unit`` is the counted noun as written, lower-cased ("customers"); modifiers between the
number and the noun are skipped ("3.2 distinct frontier models" -> "models"), and a hyphenated
compound names its noun directly ("256,000-token context window" -> "token"). Multipliers
("2.5x faster", "three times", "tenfold") get unit "x". A number with no recognisable noun is
still reported, with unit None: it is a number, and the caller decides whether it matters.

What is *not* a count, and why (a false claim costs an editor more than a miss):

* names with digits: "XY-4o", "Name-Image-2.5", "Product 11", "Name 3.5 Suffix", "xPhone 15".
  Any number glued to letters, after a letter and a hyphen, or right after a capitalised word
  that is not a sentence-initial function word is part of a name;
* years 1800-2100 written as bare four digits (the date extractor owns them), decades
  ("1990s"), times of day ("3:30 pm", "11pm"), phone numbers, street addresses, references
  ("Section 230", "§ 12", "page 4"), identifiers ("ABC-12345", "10-K", "S-1"), list markers
  ("1)"), and ordinals (the rank extractor owns "21st").
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from factcheck.extract._numbers import (
    BETWEEN_BEFORE,
    RANGE_SEP,
    TEENS,
    TENS,
    UNITS,
    Num,
    apply_scale,
    bound_after,
    find_numbers,
    hedge_before,
    is_change,
    with_plain_spaces,
    words_before,
)
from factcheck.model import Amount, Bound, Kind, Mention

__all__ = ["find_counts", "is_excluded"]

_FUNCTION_WORDS = frozenset(
    [
    "a", "about", "above", "across", "after", "against", "all", "almost", "along", "also",
    "although", "among", "an", "and", "another", "any", "approximately", "around", "as", "at",
    "before", "behind", "below", "between", "beyond", "both", "but", "by", "during", "each",
    "either", "every", "except", "few", "fewer", "for", "from", "if", "in", "including",
    "inside", "into", "just", "least", "less", "like", "many", "more", "most", "nearly",
    "neither", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our",
    "out", "outside", "over", "per", "plus", "roughly", "since", "so", "some", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "though",
    "through", "throughout", "to", "toward", "towards", "under", "unlike", "until", "up",
    "upon", "via", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
    "whom", "whose", "with", "within", "without", "yet", "you", "your", "he", "she", "it",
    "its", "his", "her", "i", "my", "me", "us", "is", "are", "was", "be", "been", "being",
    "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can",
    "do", "did", "does", "exactly", "estimated", "nearly", "just", "only", "another", "total",
    "last", "next", "previous", "every", "ago", "later", "earlier",
    "totaling", "totalling", "top", "over", "under", "below", "respectively", "among", "now",
    "today", "yesterday", "overall", "combined"
    ]
)
_REFERENCE_WORDS = frozenset(
    [
    "section", "sections", "article", "articles", "chapter", "chapters", "clause", "clauses",
    "paragraph", "paragraphs", "page", "pages", "exit", "route", "highway", "interstate",
    "room", "flight", "gate", "line", "lines", "item", "items", "version", "v", "ver", "model",
    "level", "phase", "stage", "season", "episode", "grade", "tier", "step", "act", "rule",
    "form", "title", "part", "vol", "volume", "issue", "figure", "fig", "table", "appendix",
    "schedule", "annex", "exhibit", "amendment", "platform", "track", "channel"
    ]
)
_IRREGULAR_PLURALS = frozenset(
    [
    "people", "children", "men", "women", "staff", "police", "cattle", "sheep", "fish", "deer",
    "personnel", "aircraft", "data", "media", "criteria", "feet", "teeth", "mice", "geese",
    "crew", "folk", "folks", "troops", "livestock", "offspring", "spacecraft"
    ]
)
_NOT_NOUNS = frozenset(
    [
    "is", "was", "has", "does", "this", "its", "as", "us", "yes", "thus", "plus", "across",
    "always", "perhaps", "his", "hers", "ours", "yours", "theirs", "less", "unless", "whereas",
    "besides", "towards", "afterwards", "sometimes", "nevertheless", "regardless", "various",
    "previous", "serious", "famous", "numerous", "enormous", "tremendous"
    ]
)
_WORDS_AFTER = re.compile(
    r"(?:[ \t]+[A-Z]{2,5}s?\b|[ \t]+[A-Za-z][a-z'\u2019]*(?:-[a-z]+)*(?![A-Za-z])){1,4}"
)
_HYPHEN_NOUN = re.compile(r"-(?P<w>[a-z]{2,})(?:-[a-z]+)*")
_MULT = re.compile(r"(?:[ \t]?[x\u00d7](?![A-Za-z0-9])|[ \t]*-?[ \t]*fold\b|[ \t]+times\b)",
                   re.IGNORECASE)
_RATIO_SEP = re.compile(r"[ \t]+(?:in|out[ \t]+of)[ \t]+", re.IGNORECASE)
_TIME_NOUNS = frozenset(["second", "seconds", "minute", "minutes", "hour", "hours", "day",
                         "days", "week", "weeks", "month", "months", "year", "years", "decade",
                         "decades", "games", "matches", "races", "attempts", "tries", "starts"])
ZERO, ONE = Decimal(0), Decimal(1)
_TIMES_AFTER = re.compile(r"[ \t]+times\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"[ \t]*(?:[ap]\.?m\b\.?|o'clock|h\d\d|:\d)", re.IGNORECASE)
_PHONE = re.compile(
    r"(?:\+?1[ .-])?(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)"
    # international or trunk-prefixed: "+44 20 7946 0958", "0800 555 0199", "+33 1 23 45 67 89"
    r"|(?<![\w.,])(?:\+\d{1,3}|0\d{2,4})(?:[ .-]\(?\d{1,4}\)?){2,5}(?![\d%])"
    # a short local number after a cue: "call 555-0123"
    r"|(?i:\b(?:call|calling|phone|dial|hotline|helpline|tel|telephone|fax|text|line)\b)"
    r"[ \t:.]*(?:on[ \t]+|at[ \t]+)?\d{3}[ .-]\d{4}(?!\d)"
)
_PHONE_HINT = re.compile(r"\d[ -]\(?\d|\+\d|\(\d|\d{3}\.\d{3}\.")
# Sports scores and vote tallies ("won 3-1", "a 2-0 win", "voted 6-3") are not counts.
_SCORE = re.compile(
    r"(?<![\w.,/\u2013-])\d{1,3}[-\u2013]\d{1,3}(?![\w/%\u2013-]|[.,]\d|[ \t]*%)")
_SCORE_BEFORE = frozenset([
    "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beats",
    "beating", "drew", "draw", "draws", "drawn", "defeated", "defeat", "defeats", "edged",
    "thrashed", "routed", "trailed", "trailing", "trail", "trails", "led", "leading", "lead",
    "leads", "voted", "vote", "votes", "scored", "score", "scores", "tied", "tie", "level",
    "crushed", "hammered", "downed", "swept", "upset", "ruled", "rules", "ended", "finished",
    "split", "prevailed", "overcame", "stunned", "outscored", "passed", "approved",
    "rejected", "confirmed", "adopted", "backed",
])
_SCORE_AFTER = frozenset([
    "win", "wins", "victory", "victories", "defeat", "defeats", "loss", "losses", "draw",
    "draws", "lead", "vote", "votes", "ruling", "decision", "majority", "verdict", "scoreline",
    "aggregate", "result", "triumph", "thrashing", "drubbing", "rout", "home", "away",
    "margin", "split", "tie", "penalties", "shootout", "down", "up", "ahead", "behind",
])
_STREET = re.compile(
    r"[ \t]+(?:[A-Z][a-z]*\.?[ \t]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|"
    r"Drive|Dr|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Square|Sq|Terrace|Highway|Hwy|Plaza)\b\.?"
)
# "5m users": a glued "m" before a plural noun is a million, not a metre.
_M_MILLION = re.compile(r"(?:m|mn|mln)(?=[ \t]+(?:[a-z]+[ \t]+)?[a-z]{3,}s\b)")
# "the second half of 2025": a part of a period, not the number 0.5.
_PART_BEFORE = frozenset({"first", "second", "third", "fourth", "last", "latter", "former",
                          "other", "final", "back", "front", "top", "bottom", "better", "upper",
                          "lower"})
# "half of the 2,400 employees", "a third of its staff": the noun a fraction is taken of.
_FRACTION_OF = re.compile(
    r"[ \t]+(?:of[ \t]+(?:(?:the|its|their|his|her|our|your|all|these|those)[ \t]+)?"
    r"|(?:the|its|their|his|her|our|your|all|these|those)[ \t]+)"
    r"(?:[A-Za-z]+(?:'s|\u2019s)[ \t]+)?(?:\d[\d,.]*[ \t]+)?(?=[A-Za-z])",
    re.IGNORECASE,
)
# "half-time", "quarter-final", "half-price": a fraction word inside a compound is no count.
_FRACTION_COMPOUND = re.compile(r"-[A-Za-z]")
_FRACTION_WORD_PRECISION = Decimal("0.025")
_RANGE_AFTER = re.compile(r"-\d+(?:[.,]\d+)*(?![\w-])")
_DIGIT_DASH_BEFORE = re.compile(r"\d-\d+(?:[.,]\d+)*\Z")
# A dash right before s+1 that joins two plain numbers, with no chain before ("555-123").
_RANGE_DASH = re.compile(r"(?<![\w-])\d+(?:[.,]\d+)*-\Z")
_FOLD = re.compile(r"(?<![\w-])(?P<w>[a-z]+|\d+)-?fold\b", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d[-\u2013/]\Z")
_YEAR_MIN, _YEAR_MAX = 1800, 2100


def is_excluded(text: str, n: Num, phones: list[tuple[int, int]] | None = None) -> bool:
    """True when ``n`` is part of a name, date, time, address or identifier."""
    s, e = n.start, n.end
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    if before.isalpha() or before in "#\u00a7_@/\\:$\u20ac\u00a3\u00a5" or (
        before == "." and s > 1 and text[s - 2].isalnum()
    ):
        return True
    if before in "-\u2013/" and _YEAR_BEFORE.search(text, max(0, s - 6), s):
        return True  # "2013-14", "2019/20": a season or fiscal year, not a count
    if before in "-\u2011+" and s > 1 and text[s - 2].isalnum() and not (
        before == "-" and _RANGE_DASH.search(text, max(0, s - 12), s)
    ):
        return True
    if (after.isalpha() and not _MULT.match(text, e)) or after in "_@" or (
        after == "/" and e + 1 < len(
        text
    ) and text[e + 1].isdigit()):
        return True
    if after in "-\u2011" and e + 1 < len(text) and (
        text[e + 1].isupper() or text[e + 1].isdigit()
    ) and (
        not _is_range_end(text, e)
    ):
        return True
    if after == ")" and before != "(":
        return True
    if after == "." and not text[:s].strip() and not text[e + 1:e + 2].isdigit():
        return True  # "1." opening a numbered list item
    if n.kind == "numeral" and not n.scaled and n.is_integer and "," not in text[s:e] and (
        _YEAR_MIN <= n.value <= _YEAR_MAX and e - s == 4
    ):
        return True
    if _TIME_AFTER.match(text, e):
        return True
    if phones is not None and any(a <= s < b for a, b in phones):
        return True
    prev = words_before(text, s, 30) if before in " \t" else []
    if prev and prev[-1][1] in {"§", "§§", "¶"}:
        return True
    if n.kind == "fraction" and prev and prev[-1][1].lower() in _PART_BEFORE and (
        text[s:e].lower() in {"half", "quarter"}
    ):
        return True
    if n.kind == "fraction" and text[e - 1].isalpha() and _FRACTION_COMPOUND.match(text, e):
        return True
    word = prev[-1][1].lstrip("([{\"'\u201c\u2018") if prev else ""
    if word[:1].isalpha() and not (_TIMES_AFTER.match(text, e) and (
        n.kind == "words" or word[:1].islower()
    )):  # "the European Cup six times", "won the title 6 times": a multiplier, not a name
        low = word.lower().rstrip(".,;:")
        if low in _REFERENCE_WORDS:
            return True
        # "Windows 11", "Llama 2" are names; "In Kanto, 300 engineers" is a clause break
        if (
            any(c.isupper() for c in word)
            and low not in _FUNCTION_WORDS
            and not word.endswith((",", ";", ":"))
            and not _owner_counts(word, text, e)
        ):
            return True
    return bool(n.kind == "numeral" and _STREET.match(text, e))


# A noun in lower case after a number: what the number counts ("4,300 employees", "18
# million paying subscribers"), after at most one scale word.
_COUNTED_NOUN_AFTER = re.compile(r"[ \t]+(?:(?:million|billion|thousand|m|bn)[ \t]+)?[a-z]")


def _owner_counts(word: str, text: str, end: int) -> bool:
    """ "Acme's 4,300 employees", "Globex Stores' 412 shops": a name in the possessive owns
    what the number after it counts, a count, not a number in a name ("Windows 11"). Only
    when a noun in lower case follows the number."""
    return word.endswith(("'s", "\u2019s", "s'", "s\u2019")) and bool(
        _COUNTED_NOUN_AFTER.match(text, end)
    )


# "a one-off payment", "one-on-one talks": "one" inside an idiom is not a count.
_ONE_COMPOUND = re.compile(
    r"-(?:off|time|stop|way|sided|shot|size|liner|trick|on|upmanship|handed|armed|horse|hit|"
    r"note|track|dimensional)\b", re.IGNORECASE)
_ONE_OF = re.compile(r"[ \t]+of[ \t]+(?:(?:the|its|their|his|her|our|your|my|these|those)[ \t]+)?",
                     re.IGNORECASE)
_NUMBER_START = re.compile(r"\d|(?:" + "|".join([*UNITS, *TEENS, *TENS, "hundred", "dozen"])
                           + r")\b", re.IGNORECASE)


def _one_idiom(text: str, end: int) -> bool:
    """ "one-off", "one of the most expensive", "one of its customers": not a count of one.
    "one of the 12 bidders" is (the 12 are counted, and so is the one)."""
    if _ONE_COMPOUND.match(text, end):
        return True
    m = _ONE_OF.match(text, end)
    return m is not None and _NUMBER_START.match(text, m.end()) is None


def _scores(text: str) -> list[tuple[int, int]]:
    """Spans of "3-1" pairs that are a result: a result word before ("won 3-1", "beat Leeds
    2-1", "voted 6-3") with no counted noun after, or a result noun after ("a 2-0 win")."""
    out: list[tuple[int, int]] = []
    for m in _SCORE.finditer(text):
        after = _WORD_AFTER_SCORE.match(text, m.end())
        nxt = after.group(1).lower() if after else ""
        if nxt in _SCORE_AFTER:
            out.append(m.span())
            continue
        if nxt and nxt not in _FUNCTION_WORDS:
            continue  # "won 10-15 seats": a range of seats
        words = [w.lower().strip(",.;:") for _, w in words_before(text, m.start(), 40)[-3:]]
        if any(w in _SCORE_BEFORE for w in words):
            out.append(m.span())
    return out


_WORD_AFTER_SCORE = re.compile(r"[ \t]+([A-Za-z]+)")


def _is_range_end(text: str, e: int) -> bool:
    """ "10-15": a dash between two plain numbers is a range, not an identifier."""
    return _RANGE_AFTER.match(text, e) is not None and not (
        e > 1 and _DIGIT_DASH_BEFORE.search(text, max(0, e - 12), e)
    )


def _noun_after(text: str, n: Num) -> str | None:
    """The counted noun: the first plural in the next few words, skipping modifiers.

    "3.2 distinct frontier models" -> "models"; "four distinct AI models" -> "models"
    (acronyms are modifiers); "256,000-token window" -> "token". A singular head noun is
    taken only where the noun phrase visibly ends ("3.2 distinct frontier model -").
    """
    hm = _HYPHEN_NOUN.match(text, n.end)
    if hm is not None:
        return hm.group("w").lower()
    end = n.end + 1 if text[n.end:n.end + 1] == "+" else n.end
    wm = _WORDS_AFTER.match(text, end)
    if wm is None:
        return None
    words = wm.group().split()
    last = ""
    for w in words:
        low = w.lower().strip("'\u2019")
        acronym = len(w) > 1 and w[:2].isupper()
        if acronym and w.endswith("s") and w[:-1].isupper():
            return low  # "12 GPUs"
        if not acronym and (low in _FUNCTION_WORDS or low in _NOT_NOUNS):
            return None if not last or n.value != 1 else last
        head = low.rsplit("-", 1)[-1]
        if head in _IRREGULAR_PLURALS or (
            len(head) > 2 and head.endswith("s") and not head.endswith(("ss", "us", "is"))
            and not w.isupper()
        ):
            return low
        if w[:1].islower():
            last = low
    after = text[wm.end():wm.end() + 3].strip()
    if last and len(words) < 4 and (after[:1] in _PHRASE_END or n.value == 1):
        return last
    return None


_PHRASE_END = frozenset(["", ".", ",", ";", ":", "\u2014", "\u2013", "-", ")", "!", "?"])


@with_plain_spaces
def find_counts(text: str) -> list[Mention]:
    """Counts and bare numbers in ``text``, sorted by start."""
    nums = [n for n in find_numbers(text) if n.kind not in {"ordinal", "article"}]
    if not nums:
        return _folds(text) if "fold" in text else []
    phones = [(m.start(), m.end()) for m in _PHONE.finditer(text)] if len(nums) > 1 and (
        _PHONE_HINT.search(text)) else []
    if len(nums) > 1 and ("-" in text or "\u2013" in text):
        phones.extend(_scores(text))
    out: list[Mention] = []
    prev_kept: Num | None = None
    folds = _folds(text) if "fold" in text else []
    for n in nums:
        if any(f.start <= n.start < f.end for f in folds):
            continue
        mm = _M_MILLION.match(text, n.end) if not n.scaled else None
        if mm is not None:
            n = apply_scale(n, 10**6, mm.end())
        if is_excluded(text, n, phones) or (
            n.kind == "words" and text[n.start:n.end].lower() == "one" and _one_idiom(text, n.end)
        ):
            prev_kept = None
            continue
        start, end = n.start, n.end
        unit: str | None
        mm = _MULT.match(text, end)
        if mm is not None:
            unit, end = "x", mm.end()
        else:
            unit = _noun_after(text, n)
        value, precision, high, bound = n.value, n.precision, None, Bound.EXACT
        if n.kind == "fraction" and not text[n.start:n.end][-1:].isdigit():
            # "two-thirds of the staff": a fraction in words, 0.667 of the staff. A writer
            # who says "two-thirds" does not commit to 0.6667: allow a few points either way.
            precision = _FRACTION_WORD_PRECISION
            fm = _FRACTION_OF.match(text, end) if unit is None else None
            if fm is not None:  # the head noun may be singular: "half of the water"
                unit = _noun_after(text, dataclasses.replace(n, end=fm.end() - 1, value=ONE))
        # "10-15 people", "between 10 and 20 engineers": merge with the previous number.
        if prev_kept is not None and out and out[-1].end == prev_kept.end:
            rng = RANGE_SEP.match(text, prev_kept.end)
            if rng is not None and rng.end() == n.start and prev_kept.value < n.value:
                between = BETWEEN_BEFORE.search(text, max(0, prev_kept.start - 12),
                                                prev_kept.start)
                sep = rng.group().strip().lower()
                lo, factor = prev_kept.value, Decimal(1)
                if n.scaled and not prev_kept.scaled and prev_kept.value < 1000:
                    factor = _scale_of(n)
                    lo *= factor
                if is_change(text, prev_kept.start, lo, n.value, sep, True):
                    # "grew from 1,200 to 1,500 jobs": the old level, in the same unit.
                    last = out[-1]
                    assert isinstance(last.value, Amount)
                    out[-1] = dataclasses.replace(last, unit=last.unit or unit,
                                                  value=last.value.scaled(factor))
                elif (sep != "and" or between is not None) and sep != "through":
                    last = out.pop()
                    value, high, bound = lo, n.value, Bound.RANGE
                    start = between.start() if between is not None else last.start
                    unit = unit or last.unit
            # "one in five adults", "nine out of ten doctors": a ratio is one number (0.2).
            elif _RATIO_SEP.fullmatch(text, prev_kept.end, n.start) and (
                0 < prev_kept.value < n.value and prev_kept.is_integer and n.is_integer
                and not prev_kept.scaled and not n.scaled and unit not in _TIME_NOUNS
            ):
                last = out.pop()
                value, precision = prev_kept.value / n.value, ZERO
                start = last.start
                bound = last.value.bound if isinstance(last.value, Amount) else Bound.EXACT
        if bound is Bound.EXACT and start == n.start:
            hb = hedge_before(text, start)
            if hb is not None:
                start, bound = hb
            ba = bound_after(text, end)
            if ba is not None and bound is Bound.EXACT:
                end, bound = ba
        out.append(Mention(Kind.COUNT, start, end, text[start:end],
                           Amount(value, bound, precision, high), unit))
        prev_kept = n
    if folds:
        out = sorted([*out, *folds], key=lambda m: m.start)
    return out


def _scale_of(n: Num) -> Decimal:
    v = abs(n.value)
    for f in (10**12, 10**9, 10**6, 10**3):
        if v >= f:
            return Decimal(f)
    return Decimal(1)


def _folds(text: str) -> list[Mention]:
    """ "tenfold", "3-fold": multipliers written as one word."""
    out: list[Mention] = []
    for m in _FOLD.finditer(text):
        w = m.group("w").lower()
        value = Decimal(w) if w.isdigit() else _WORD_VALUES.get(w)
        if value is None:
            continue
        out.append(Mention(Kind.COUNT, m.start(), m.end(), m.group(),
                           Amount(value, Bound.EXACT, Decimal("0.5")), "x"))
    return out


_WORD_VALUES = {w: Decimal(v) for w, v in {**UNITS, **TEENS, **TENS, "hundred": 100,
                                           "thousand": 1000}.items()}
