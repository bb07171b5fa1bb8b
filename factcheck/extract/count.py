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
_TIME_AFTER = re.compile(r"[ \t]*(?:[ap]\.?m\b\.?|o'clock|h\d\d|:\d)", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)")
_PHONE_TAIL = re.compile(r"\d{3}[ .-]\d{4}(?!\d)")  # in every phone number; a fast scan
_STREET = re.compile(
    r"[ \t]+(?:[A-Z][a-z]*\.?[ \t]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|"
    r"Drive|Dr|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Square|Sq|Terrace|Highway|Hwy|Plaza)\b\.?"
)
# "5m users": a glued "m" before a plural noun is a million, not a metre.
_M_MILLION = re.compile(r"(?:m|mn|mln)(?=[ \t]+(?:[a-z]+[ \t]+)?[a-z]{3,}s\b)")
# "the second half of 2025": a part of a period, not the number 0.5.
_PART_BEFORE = frozenset({"first", "second", "third", "fourth", "last", "latter", "former",
                          "other", "final", "back", "front"})
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
    word = prev[-1][1].lstrip("([{\"'\u201c\u2018") if prev else ""
    if word[:1].isalpha():
        low = word.lower().rstrip(".,;:")
        if low in _REFERENCE_WORDS:
            return True
        if any(c.isupper() for c in word) and low not in _FUNCTION_WORDS:
            return True
    return bool(n.kind == "numeral" and _STREET.match(text, e))


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
    phones = (
        [(m.start(), m.end()) for m in _PHONE.finditer(text)]
        if len(nums) > 2 and _PHONE_TAIL.search(text)
        else []
    )
    out: list[Mention] = []
    prev_kept: Num | None = None
    folds = _folds(text) if "fold" in text else []
    for n in nums:
        if any(f.start <= n.start < f.end for f in folds):
            continue
        mm = _M_MILLION.match(text, n.end) if not n.scaled else None
        if mm is not None:
            n = apply_scale(n, 10**6, mm.end())
        if is_excluded(text, n, phones):
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
        # "10-15 people", "between 10 and 20 engineers": merge with the previous number.
        if prev_kept is not None and out and out[-1].end == prev_kept.end:
            rng = RANGE_SEP.match(text, prev_kept.end)
            if rng is not None and rng.end() == n.start and prev_kept.value < n.value:
                between = BETWEEN_BEFORE.search(text, max(0, prev_kept.start - 12),
                                                prev_kept.start)
                sep = rng.group().strip().lower()
                if (sep != "and" or between is not None) and sep != "through":
                    last = out.pop()
                    lo = prev_kept.value
                    if n.scaled and not prev_kept.scaled:
                        lo *= _scale_of(n)
                    value, high, bound = lo, n.value, Bound.RANGE
                    start = between.start() if between is not None else last.start
                    unit = unit or last.unit
        if bound is Bound.EXACT:
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
