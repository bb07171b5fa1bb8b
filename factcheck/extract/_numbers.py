"""Shared number grammar: find numerals and spelled-out numbers in text, with their precision.

Every numeric extractor (money, percent, count, quantity, rank) starts from the numbers this
module finds, so a number is parsed one way everywhere. A number carries the *written
precision*: half a unit of the last written digit, scaled ("15B" -> 0.5e9, "15.2 billion" ->
0.05e9, "1,500" -> 0.5). Spelled-out integers get half a unit of their smallest term ("seven"
-> 0.5, "a hundred and twenty" -> 5, "seven million" -> 0.5e6); fractions are exact.

The search is two-stage for speed: one compiled regex finds candidate *phrases* (a numeral or
a number word, followed by more numerals/number words and connectors such as "and", "-",
"point"), and a small hand-written parser splits a phrase into numbers ("3 hundred and
2 hundred" is two numbers, "three hundred and two" one). Text with no digit and no number word
is rejected by a cheap precheck, so the common case costs one regex scan.

Abbreviated scales are deliberately conservative: "k", "bn", "mn", "tn" and the words always
scale; "M", "MM", "B", "b" and "K" only when glued to the numeral ("15B", "1.2M"); "G" only on
a numeral that already has a decimal point or separators ("1,674.5 G", not "5G"); a bare
lower-case "m" is left to the caller because it means "metre" as often as "million" (money
reads "$5m" as a million, quantity reads "5m" as metres, counts read "5m users" as a million).
Hedges ("about", "more than", "up to") are read here too, so every kind maps the same words to
the same :class:`~factcheck.model.Bound`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from functools import lru_cache
from typing import Any

from factcheck.model import Bound, Mention

ZERO = Decimal(0)
ONE = Decimal(1)
HALF = Decimal("0.5")

def trie_regex(words: list[str], space: str = r"[ \t]+", hyphen: str | None = None) -> str:
    """A regex alternation of ``words`` built as a trie.

    Python's ``re`` tries alternatives one by one, so a flat alternation of 500 currency or
    unit names costs 500 comparisons at every position; the trie form fails on the first
    character. Longer words are preferred (optional tails are greedy). A space in a word
    matches ``space``; a hyphen matches ``hyphen`` when given.
    """
    trie: dict[str, Any] = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            if ch == " ":
                esc = space
            elif ch == "-" and hyphen is not None:
                esc = hyphen
            else:
                esc = re.escape(ch)
            alts.append(esc + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return "(?:" + build(trie) + ")"


# ----------------------------------------------------------------------------- vocabulary
UNITS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "lakh": 10**5, "lac": 10**5, "crore": 10**7,
}
_SCALE_VALUES = frozenset(Decimal(v) for v in SCALES.values())
# Ordinal words: value and the cardinal category they behave like inside a compound.
ORDINALS: dict[str, tuple[int, str]] = {
    "first": (1, "unit"), "second": (2, "unit"), "third": (3, "unit"), "fourth": (4, "unit"),
    "fifth": (5, "unit"), "sixth": (6, "unit"), "seventh": (7, "unit"), "eighth": (8, "unit"),
    "ninth": (9, "unit"), "nineth": (9, "unit"), "tenth": (10, "teen"),
    "eleventh": (11, "teen"), "twelfth": (12, "teen"), "thirteenth": (13, "teen"),
    "fourteenth": (14, "teen"), "fifteenth": (15, "teen"), "sixteenth": (16, "teen"),
    "seventeenth": (17, "teen"), "eighteenth": (18, "teen"), "nineteenth": (19, "teen"),
    "twentieth": (20, "tens"), "thirtieth": (30, "tens"), "fortieth": (40, "tens"),
    "fiftieth": (50, "tens"), "sixtieth": (60, "tens"), "seventieth": (70, "tens"),
    "eightieth": (80, "tens"), "ninetieth": (90, "tens"), "hundredth": (100, "hundred"),
    "thousandth": (10**3, "scale"), "millionth": (10**6, "scale"),
    "billionth": (10**9, "scale"), "trillionth": (10**12, "scale"),
}
ORDINAL_PLURALS: dict[str, str] = {f"{w}s": w for w in ORDINALS}
ORDINAL_PLURALS["fourths"] = "fourth"
SCALE_ABBR: dict[str, int] = {
    "k": 10**3, "K": 10**3, "thou": 10**3,
    "mn": 10**6, "mln": 10**6, "mil": 10**6, "mio": 10**6, "MM": 10**6, "M": 10**6,
    "bn": 10**9, "bln": 10**9, "b": 10**9, "B": 10**9, "G": 10**9,
    "tn": 10**12, "tln": 10**12, "trn": 10**12, "T": 10**12,
}
# Abbreviations that only scale when glued to the numeral ("15B" but not "15 B").
_GLUED_ONLY = frozenset({"M", "MM", "B", "b", "K", "T"})

_ALL_WORDS: dict[str, str] = {}
for _w in UNITS:
    _ALL_WORDS[_w] = "unit"
for _w in TEENS:
    _ALL_WORDS[_w] = "teen"
for _w in TENS:
    _ALL_WORDS[_w] = "tens"
for _w in SCALES:
    _ALL_WORDS[_w] = "scale"
    _ALL_WORDS[_w + "s"] = "scale"
for _w in ORDINALS:
    _ALL_WORDS[_w] = "ord"
for _w in ORDINAL_PLURALS:
    _ALL_WORDS[_w] = "ord"
_ALL_WORDS.update({
    "hundred": "hundred", "hundreds": "hundred", "dozen": "dozen", "dozens": "dozen",
    "dz": "dozen", "dzs": "dozen", "doz": "dozen", "dozs": "dozen", "a": "a", "an": "a",
    "half": "half", "halves": "halves", "quarter": "quarter", "quarters": "quarter",
    "and": "and", "&": "and", "point": "point", "over": "over", "minus": "minus",
    "negative": "minus",
})
# Words that can start a number phrase (articles and connectors cannot on their own).
_CORE = sorted(
    (w for w, c in _ALL_WORDS.items() if c not in {"a", "and", "point", "over", "minus"}),
    key=len,
    reverse=True,
)
_TENS_GLUED = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"  # noqa: E501
_CORE_RE = "(?:" + _TENS_GLUED + "|" + trie_regex(_CORE) + ")"
_CONN_RE = r"(?:a|an|and|point|over|&)"

# ----------------------------------------------------------------------------- numerals
_DIGITS = r"""
(?:
    \d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?               # 1,234,567.89
  | \d{1,2}(?:,\d{2})+,\d{3}(?!\d)(?:\.\d+)?         # 12,34,567.89 (Indian grouping)
  | \d{1,3}(?:[\u00a0\u202f\u2009]\d{3}(?!\d))+      # 1 234 (non-breaking/thin space)
  | \d{1,3}(?:[ ]\d{3}(?!\d)){2,}                    # 1 234 567 (needs two groups)
  | \d+(?:\.\d+)?(?!\.\d)
  | \.\d+
)
"""
_EXP = r"(?:[eE][-+]?\d+(?![\w])|[ ]?[x\u00d7][ ]?10\^?[-\u2212+]?\d+|\^[-+\u2212]{0,2}\d+)"
_VULGAR = {
    "½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅕": "1/5", "⅖": "2/5",
    "⅗": "3/5", "⅘": "4/5", "⅙": "1/6", "⅚": "5/6", "⅛": "1/8", "⅜": "3/8", "⅝": "5/8",
    "⅞": "7/8",
}
_VULGAR_RE = "[" + "".join(_VULGAR) + "]"
_FRAC_DENOMS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 50, 64, 100})
_SCALE_WORDS = r"(?:hundred|thousand|million|billion|trillion|lakhs?|lacs?|crores?|dozens?)"
_ABBR_SPACED = r"(?:k|thou|mn|mln|mil|mio|bn|bln|tn|tln|trn)"
_ABBR_GLUED = r"(?:MM|M|B|b|K|T)"

_NUMERAL_BODY = (
    r"""
    (?P<sign>[-\u2212](?=\.?\d))?
    (?:
        (?P<whole>\d{1,3})(?:[ ]{1,2}|-)(?P<fn>\d{1,2})/(?P<fd>\d{1,3})(?![/\d])   # 10 1/2
      | (?P<fn2>\d{1,3})/(?P<fd2>\d{1,3})(?![/\d])                                   # 1/4
      | (?P<wv>\d{0,3})(?P<vul>"""
    + _VULGAR_RE
    + r""")                                                                          # 2½
      | (?P<num>"""
    + _DIGITS
    + r""")(?P<exp>"""
    + _EXP
    + r""")?
        (?:
            (?P<glued>"""
    + _ABBR_GLUED
    + r""")(?![A-Za-z0-9])
          | (?:[ ]?-?[ ]?|[ ]?)(?P<abbr>"""
    + _ABBR_SPACED
    + r""")(?![A-Za-z0-9]|\.[A-Za-z])
          | (?P<giga>[ ]?G)(?![A-Za-z0-9])
        )?
    )
    """
)
_NUMERAL = re.compile(r"(?=[-\u2212.\d" + "".join(_VULGAR) + r"])(?<![\d.,/])(?<![\d][.,])"
                      + _NUMERAL_BODY, re.VERBOSE)
_NUMERAL_TOK = re.compile(_NUMERAL_BODY, re.VERBOSE)
_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_PAREN_DIGITS = re.compile(r"[ \t]*\((\d+)\)")

_WORD_TOKEN = re.compile(r"[A-Za-z]+|&")
# The precheck, in two passes: a numeral character is found by a plain character scan; only
# text without one pays for the case-insensitive word scan.
_NUMERAL_CHAR = re.compile(r"[\d" + "".join(_VULGAR) + r"]")
_NUMBER_WORD = re.compile(r"\b" + _CORE_RE + r"\b", re.IGNORECASE)
# The same, case-sensitive, for lower-cased ASCII text (its words are lower-case): re skips
# a branch whose first literal differs at C speed only without IGNORECASE (~3x faster).
_NUMBER_WORD_LOWER = re.compile(r"\b" + _CORE_RE + r"\b")

_SEP = r"(?:[ \t]*[-—\u2013][ \t]*|[ \t]+|,[ \t]*|[ \t]*&[ \t]*)"
_ATOM = r"(?:\b" + _CORE_RE + r"\b|(?<![\d.])\d+(?:[.,]\d+)*(?:[A-Za-z]{1,3}\b)?)"
_FIRST_LETTERS = "".join(sorted({w[0] for w in [*_ALL_WORDS, "minus", "negative"]}
                                 | {w[0].upper() for w in [*_ALL_WORDS, "minus", "negative"]}))
_FIRST_LETTERS = _FIRST_LETTERS.replace("&", "")
# Every branch that opens with a letter opens with ``\b``: asking for it in the lookahead
# rules out a letter inside a word at once (the same matches; the scan ~30% faster).
_PHRASE = re.compile(
    r"(?=\d|\b[" + _FIRST_LETTERS + r"])(?:\b(?:minus|negative)[ \t]+)?(?:\b(?:a|an)[ \t]+)?"
    + _ATOM
    + r"(?:(?:"
    + _SEP
    + r"\b"
    + _CONN_RE
    + r"\b)*"
    + _SEP
    + _ATOM
    + r")*",
    re.IGNORECASE,
)
# The same without IGNORECASE, for lower-cased ASCII text: its only capitals are in
# classes that hold the lower-case letters too, so it finds the same spans there (and re
# skips branches by their first letter at C speed only without IGNORECASE).
_PHRASE_LOWER = re.compile(_PHRASE.pattern)


@dataclass(frozen=True, slots=True)
class Num:
    """One number found in a text.

    ``kind`` says how it was written: "numeral" ("1,500", "15B"), "words" ("seven
    million"), "fraction" ("1/4", "two thirds", "½"), "article" ("a"/"an" standing for one,
    only reported by :func:`find_numbers` when ``articles=True``), "ordinal" ("third",
    "21st"). ``scaled`` is true when a scale word or abbreviation was applied, which
    money and counts use to decide that "$5m" is five million.
    """

    start: int
    end: int
    value: Decimal
    precision: Decimal
    kind: str = "numeral"
    scaled: bool = False
    plural_ordinal: bool = False

    @property
    def is_integer(self) -> bool:
        return self.value == self.value.to_integral_value()


def _dec(text: str) -> Decimal:
    return Decimal(text.replace(",", "").replace(" ", "").replace("\u00a0", "")
                   .replace("\u202f", "").replace("\u2009", ""))


def _numeral_precision(digits: str) -> Decimal:
    """Half a unit of the last written digit of a plain numeral ("3.20" -> 0.005)."""
    if "." in digits:
        decimals = len(digits.rsplit(".", 1)[1])
        return HALF.scaleb(-decimals)
    return HALF


def _parse_exp(exp: str) -> tuple[str, int] | None:
    """Return ("e", n) for an exponent suffix or ("^", n) for a power suffix."""
    e = exp.replace("\u2212", "-").replace(" ", "")
    if e[0] in "eE":
        return ("e", int(e[1:]))
    if e[0] in "x\u00d7":
        rest = e[3:].lstrip("^")
        return ("e", int(rest))
    body = e[1:]
    negatives = body.count("-")
    digits = body.lstrip("+-")
    n = int(digits)
    return ("^", -n if negatives % 2 else n)


def _match_to_num(m: re.Match[str]) -> Num | None:
    sign = -1 if m.group("sign") else 1
    start, end = m.start(), m.end()
    if m.group("fn2") is not None or m.group("fn") is not None:
        num = int(m.group("fn") or m.group("fn2"))
        den = int(m.group("fd") or m.group("fd2"))
        if den not in _FRAC_DENOMS or num == 0 or (num >= den and not m.group("whole")):
            return None  # "50/50", "24/7", "9/11" are not fractions
        value = Decimal(num) / Decimal(den)
        if m.group("whole"):
            if num >= den:
                return None
            value += Decimal(m.group("whole"))
        return Num(start, end, sign * value, ZERO, "fraction")
    if m.group("vul") is not None:
        n, d = _VULGAR[m.group("vul")].split("/")
        value = Decimal(n) / Decimal(d)
        if m.group("wv"):
            value += Decimal(m.group("wv"))
        return Num(start, end, sign * value, ZERO, "fraction")
    digits = m.group("num")
    try:
        value = _dec(digits)
    except InvalidOperation:  # pragma: no cover - the regex only admits digits
        return None
    precision = _numeral_precision(digits)
    exp = m.group("exp")
    if exp:
        parsed = _parse_exp(exp)
        if parsed is None:
            return None
        op, power = parsed
        try:
            if op == "e":
                if abs(power) > 60:
                    return None
                value = value.scaleb(power)
                precision = precision.scaleb(power)
            else:
                if abs(power) > 60 or value == 0:
                    return None
                with localcontext() as ctx:
                    ctx.prec = 28
                    value = value**power
                precision = ZERO
        except (InvalidOperation, OverflowError):
            return None
    scaled = False
    factor = None
    if m.group("glued"):
        if m.group("glued") == "K" and "." in digits and len(digits.rsplit(".", 1)[1]) > 1:
            end = m.start("glued")  # "573.15K" is a temperature, not 573 thousand
        else:
            factor = SCALE_ABBR[m.group("glued")]
    elif m.group("abbr"):
        factor = SCALE_ABBR[m.group("abbr").lower() if m.group("abbr") != "K" else "K"]
    elif m.group("giga"):
        if "." in digits or "," in digits:
            factor = SCALE_ABBR["G"]
        else:
            end = m.start("giga")
    if factor is not None:
        value *= factor
        precision *= factor
        scaled = True
    return Num(start, end, sign * value, precision, "numeral", scaled)


# ----------------------------------------------------------------------------- word parser
@dataclass(slots=True)
class _Tok:
    cat: str  # unit teen tens hundred scale dozen a half halves quarter and point over minus
    #           ord num
    word: str
    start: int
    end: int
    value: Decimal
    sep: str  # separator before this token: "", " ", "-", ","
    plural: bool = False
    num: Num | None = None
    compound: bool = False  # a numeral heading a hyphenated compound ("60-kg", "5-year")


def _tokenize(text: str, start: int, end: int) -> list[_Tok]:
    toks: list[_Tok] = []
    pos = start
    prev_end = start
    while pos < end:
        if text[pos] in "-\u2212" and pos > 0 and text[pos - 1].isalnum():
            pos += 1  # "10-15": a dash between numbers, not a minus sign
            continue
        m = None
        if text[pos].isdigit() or text[pos] in ".-\u2212":
            m = _NUMERAL_TOK.match(text, pos)
        if m and m.end() > m.start() and pos > 1 and text[pos - 1] in ",." and (
            text[pos - 2].isdigit() and text[pos] == "0" and m.end() - pos > 1
        ):
            pos = prev_end = m.end()  # "5,00": a decimal comma we do not read
            continue
        if m and m.end() > m.start():
            end = max(end, m.end())
            n = _match_to_num(m)
            if n is not None:
                sep = _sep(text[prev_end:m.start()])
                toks.append(_Tok("num", text[m.start():m.end()], m.start(), m.end(),
                                 n.value, sep, num=n,
                                 compound=text[m.end():m.end() + 1] == "-"
                                 and text[m.end() + 1:m.end() + 2].isalpha()))
                pos = prev_end = m.end()
                continue
        w = _WORD_TOKEN.match(text, pos, end)
        if w:
            word = w.group().lower()
            sep = _sep(text[prev_end:w.start()])
            cat = _ALL_WORDS.get(word)
            if word == "&":
                cat = "and"
            elif word == "seconds" and sep != "-":
                cat = None  # "10.72 seconds" is a duration, never 10.72/2 ("halves" is /2)
            if cat is None:
                glued = re.fullmatch(_TENS_GLUED, word)
                if glued:
                    for t in TENS:
                        if word.startswith(t):
                            rest = word[len(t):]
                            mid = w.start() + len(t)
                            toks.append(_make_word(t, w.start(), mid, sep))
                            toks.append(_make_word(rest, mid, w.end(), "-"))
                            break
                    pos = prev_end = w.end()
                    continue
                toks.append(_Tok("other", word, w.start(), w.end(), ZERO, sep))
            else:
                toks.append(_make_word(word, w.start(), w.end(), sep))
            pos = prev_end = w.end()
            continue
        pos += 1
    return toks


def _sep(gap: str) -> str:
    g = gap.strip()
    if not g:
        return " " if gap else ""
    if g[0] in "-—\u2013":
        return "-"
    if g[0] == ",":
        return ","
    if g[0] == "&":
        return "&"
    return "?"


def _make_word(word: str, start: int, end: int, sep: str) -> _Tok:
    cat = _ALL_WORDS[word]
    value = ZERO
    plural = False
    if cat == "unit":
        value = Decimal(UNITS[word])
    elif cat == "teen":
        value = Decimal(TEENS[word])
    elif cat == "tens":
        value = Decimal(TENS[word])
    elif cat == "scale":
        plural = word.endswith("s") and word[:-1] in SCALES
        value = Decimal(SCALES[word[:-1] if plural else word])
    elif cat == "hundred":
        plural = word.endswith("s")
        value = Decimal(100)
    elif cat == "dozen":
        plural = word.endswith("s")
        value = Decimal(12)
    elif cat == "ord":
        plural = word in ORDINAL_PLURALS
        base = ORDINAL_PLURALS.get(word, word)
        value = Decimal(ORDINALS[base][0])
    elif cat == "quarter":
        plural = word.endswith("s")
        value = Decimal("0.25")
    elif cat == "half":
        value = HALF
    elif cat == "halves":
        value = HALF
        plural = True
    return _Tok(cat, word, start, end, value, sep, plural)


@dataclass(slots=True)
class _Card:
    """Result of parsing a cardinal from token i: value, end index, details for fractions."""

    value: Decimal
    end: int  # exclusive token index
    last_cat: str
    big: int  # largest scale consumed (0 if none)
    last_scale: int  # the scale of the last big group (for "3 million and a quarter")
    ordinal: bool = False
    plural: bool = False
    and_at: int = -1  # token index of the last "and" joining two parts
    and_value: Decimal = ZERO  # value before that "and"
    precision: Decimal = HALF
    tens_at: int = -1  # token index of a tens word directly before the final ordinal
    words: bool = True
    scaled: bool = False


_SMALL = {"unit", "teen", "tens"}


def _category(t: _Tok) -> str:
    if t.cat == "ord":
        base = ORDINAL_PLURALS.get(t.word, t.word)
        return ORDINALS[base][1]
    return t.cat


def _card(
    toks: list[_Tok], i: int, allow_implicit: bool = True, limit: int | None = None
) -> _Card | None:
    """Parse the longest cardinal (or compound ordinal) starting at toks[i] (before limit)."""
    n = len(toks) if limit is None else limit
    total = ZERO
    group = ZERO
    last = ""
    big = 0
    last_scale = 0
    last_add = ZERO
    j = i
    best: _Card | None = None
    and_at = -1
    and_value = ZERO
    pending_and = -1
    pre_and = ZERO
    words = False
    scaled = False
    tens_at = -1

    def snapshot(end: int, cat: str, ordinal: bool = False, plural: bool = False) -> _Card:
        return _Card(total + group, end, cat, big, last_scale, ordinal, plural, and_at,
                     and_value, HALF, tens_at, words, scaled)

    while j < n:
        t = toks[j]
        if t.sep == "?" and j > i:
            break
        cat = _category(t)
        is_ord = t.cat == "ord"
        if t.cat == "and":
            if last in {"hundred", "scale"} and j + 1 < n and pending_and < 0 and (
                not _starts_new_group(toks, j + 1, last, last_scale)
            ):
                pending_and = j
                pre_and = total + group
                j += 1
                continue
            break
        if t.cat == "a" and j == i:
            if j + 1 < n and toks[j + 1].cat in {"hundred", "scale", "dozen"} and not (
                toks[j + 1].plural
            ):
                group = ONE
                last = "a"
                last_add = ONE
                words = True
                j += 1
                continue
            break
        if t.cat == "num":
            num = t.num
            assert num is not None
            if last and (not num.is_integer or t.compound or (
                (head := toks[i].num) is not None and not head.is_integer
            )):
                break  # "2.6 million 60-kg bags": a numeral never extends "2.6 million"
            if last == "" or (last in {"hundred", "scale"} and (
                (last == "hundred" and num.value < 100 and group % 100 == 0)
                or (last == "scale" and num.value < last_scale and num.value < 1000)
            )):
                if num.value == 0 and last:
                    break
                if num.scaled:
                    if last:
                        break
                    total = num.value
                    last = "scale"
                    big = last_scale = 1000
                    scaled = True
                else:
                    group += num.value
                    last_add = num.value
                    last = "num"
                if pending_and >= 0:
                    and_at, and_value = pending_and, pre_and
                    pending_and = -1
                j += 1
                best = snapshot(j, last)
                if num.scaled:
                    break
                continue
            break
        if cat in _SMALL:
            v = t.value
            ok = False
            if last == "" or (last == "scale" and not (is_ord and pending_and < 0)):
                group = v
                ok = True
            elif (last == "hundred" and group % 100 == 0) or (
                last == "tens" and cat == "unit" and 0 < v < 10 and t.sep in {" ", "-"}
            ):
                group += v
                ok = True
            elif (
                allow_implicit and last == "unit" and group < 10 and total == 0 and big == 0
                and cat in {"tens", "teen"} and t.sep == " " and not is_ord
            ):
                group = group * 100 + v
                ok = True
            if not ok:
                break
            if cat == "tens":
                tens_at = j
            elif last != "tens":
                tens_at = -1
            last_add = v
            last = cat
            words = True
        elif cat == "hundred":
            if t.plural and not is_ord and last not in _SMALL | {"num"}:
                break
            if last in _SMALL | {"num"} and 0 < group < 100:
                group *= 100
            elif (
                last == "a"
                or (last == "" and (not t.plural or is_ord))
                or (last == "scale" and not t.plural)
            ):
                group = Decimal(100)
            else:
                break
            tens_at = -1
            last_add = group
            last = "hundred"
            words = True
        elif cat == "scale":
            s = int(t.value)
            if group > 0 and last in _SMALL | {"hundred", "num", "a", "frac"}:
                if big and s >= big:
                    break
                total += group * s
                group = ZERO
                big = big or s
                last_scale = s
            elif last == "scale" and group == 0 and total > 0 and s > last_scale:
                total *= s
                last_scale = s * last_scale
                big = last_scale
            elif last == "" and (not t.plural or is_ord):
                total = Decimal(s)
                big = last_scale = s
            else:
                break
            tens_at = -1
            last = "scale"
            scaled = True
            words = True
        elif cat == "dozen":
            if last in _SMALL | {"hundred", "num"} and not is_ord:
                group += last_add * 11
                last_add *= 12
            elif last == "a" and not t.plural:
                group = Decimal(12)
            else:
                break
            last = "dozen"
            words = True
        else:
            break
        if pending_and >= 0:
            and_at, and_value = pending_and, pre_and
            pending_and = -1
        j += 1
        if is_ord:
            best = snapshot(j, last, True, t.plural)
            break
        best = snapshot(j, last)
    if best is None:
        return None
    return best


def _starts_new_group(toks: list[_Tok], k: int, last: str, last_scale: int) -> bool:
    """After "and": does a new number of the same or larger order start at toks[k]?

    "3 hundred and 2 hundred" is two numbers; "one hundred and two" is one.
    """
    n = len(toks)
    while k < n and toks[k].cat in _SMALL | {"num"}:
        k += 1
    if k >= n:
        return False
    t = toks[k]
    if t.cat == "hundred":
        return last == "hundred"
    if t.cat == "scale":
        return last_scale > 0 and int(t.value) >= last_scale
    return False


def _int_precision(value: Decimal) -> Decimal:
    """Half a unit of the smallest written term of a spelled-out integer."""
    v = abs(int(value))
    if v == 0:
        return HALF
    place = 0
    while v % 10 == 0:
        v //= 10
        place += 1
    return HALF.scaleb(place)


# After "a third", "a fifth": words that keep it a fraction ("a third of", "a fifth more",
# "by a third last year"); before any other word it is an ordinal ("a fourth straight
# weekend", "for a third time", "a second consecutive quarter").
_FRACTION_FOLLOWERS = frozenset([
    "of", "more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "greater",
    "cheaper", "faster", "slower", "longer", "shorter", "later", "earlier", "ago", "as", "and",
    "or", "nor", "but", "so", "to", "in", "on", "at", "by", "for", "from", "since", "than",
    "over", "under", "the", "this", "that", "these", "those", "its", "their", "his", "her",
    "our", "with", "while", "when", "after", "before", "last", "next", "a", "an", "is", "was",
    "were", "are", "be", "been", "per", "each", "every", "between", "among", "during", "into",
    "if", "which", "who", "because", "through", "up", "down", "off", "again", "overall", "too",
    "apart", "behind", "left", "compared", "versus", "vs", "respectively",
    # a verb: "with a third going to debt service", "a fifth said they would leave"
    "said", "say", "says", "think", "thinks", "thought", "believe", "believed", "want",
    "wanted", "came", "come", "comes", "went", "go", "goes", "will", "would", "could",
    "should", "may", "might", "must", "can", "do", "did", "does", "have", "has", "had", "also",
    "still", "now", "already", "never", "live", "lives", "work", "works", "plan", "plans",
    "expect", "expects", "voted", "own", "owns", "use", "uses", "saw", "see", "sees",
])
_WORD_AFTER = re.compile(r"[ \t]+(?P<w>[A-Za-z]+)|-(?=[A-Za-z])")


def ordinal_follows(text: str, end: int) -> bool:
    """Does the word after "a third"/"a second" (ending at ``end``) make it an ordinal?

    Before a noun or an adjective it does ("a fourth straight weekend", "a third term"); before
    "of", a comparative, a verb or the end of the clause it stays a fraction ("a third of",
    "a fifth more", "a third going to debt service", "cut by a third.").
    """
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return False
    w = m.group("w")
    if w is None:
        return True
    low = w.lower()
    return low not in _FRACTION_FOLLOWERS and not (
        len(low) > 4 and low.endswith(("ing", "ed"))
    )


PLUS_OR_BEFORE = re.compile(r"(?:\bplus|\+)[ \t]*(?:or|/)[ \t]*\Z", re.IGNORECASE)


def _parse_phrase(text: str, start: int, end: int) -> list[Num]:
    toks = _tokenize(text, start, end)
    out: list[Num] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        sign = 1
        first = i
        if t.cat == "minus" and i + 1 < n and toks[i + 1].cat in (
            _SMALL | {"num", "hundred", "a"}
        ) and toks[i + 1].sep == " ":
            # "plus or minus 3.1 points" is a symmetric margin, not a negative number
            sign = 1 if PLUS_OR_BEFORE.search(text, max(0, t.start - 10), t.start) else -1
            i += 1
            t = toks[i]
        res = _parse_one(toks, i, t.cat == "a" and ordinal_follows(text, end))
        if res is None:
            i += 1
            continue
        num, j = res
        if sign < 0:
            num = Num(toks[first].start, num.end, -num.value, num.precision, num.kind,
                      num.scaled, num.plural_ordinal)
        out.append(num)
        i = j
    return out


def _frac_value(num_val: Decimal, den_tok_val: Decimal) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 28
        return num_val / den_tok_val


def _parse_one(
    toks: list[_Tok], i: int, ordinal_next: bool = False
) -> tuple[Num, int] | None:
    """Parse one number starting at toks[i]; return it and the next token index.

    ``ordinal_next``: the word after the phrase makes a final "a third" an ordinal.
    """
    n = len(toks)
    t = toks[i]
    # "a half", "a third", "a hundredth": one over the ordinal.
    if t.cat == "a" and i + 1 < n:
        nxt = toks[i + 1]
        if nxt.cat in {"half", "quarter"} and not nxt.plural:
            return _finish_whole(toks, i, i + 2, nxt.value, ZERO, "fraction")
        if nxt.cat == "ord" and not nxt.plural and nxt.word not in {"first", "second"}:
            after = toks[i + 2] if i + 2 < n else None
            if (after is None and not ordinal_next) or (
                after is not None and after.cat not in {"hundred", "scale", "ord"}
                and after.sep != "-"  # "a third-quarter loss"
            ):
                return _finish_whole(toks, i, i + 2, _frac_value(ONE, nxt.value), ZERO,
                                     "fraction")
    if t.cat in {"half", "quarter"} and not t.plural:
        # "half million", "half a billion", "quarter million", "half-litre" (caller), "half".
        j = i + 1
        if j < n and toks[j].cat == "a" and j + 1 < n and toks[j + 1].cat == "scale":
            j += 1
        if j < n and toks[j].cat == "scale" and not toks[j].plural:
            v = t.value * toks[j].value
            return Num(t.start, toks[j].end, v, _int_precision(v) if v >= 1 else ZERO,
                       "words", True), j + 1
        if t.cat == "quarter":
            return None
        return Num(t.start, t.end, HALF, ZERO, "fraction"), i + 1
    card = _card(toks, i, allow_implicit=not any(x.cat == "ord" for x in toks[i:i + 6]))
    if card is None:
        return None
    j = card.end
    if card.ordinal:
        ord_tok = toks[j - 1]
        if card.plural:
            return _plural_fraction(toks, i, card)
        return (
            Num(toks[i].start, ord_tok.end, card.value, ZERO, "ordinal"),
            j,
        )
    value = card.value
    # Fraction tail: "two thirds", "three quarters", "three halves", "and a half".
    whole, numer = ZERO, value
    if card.and_at >= 0:
        whole, numer = card.and_value, value - card.and_value
    if j < n:
        nxt = toks[j]
        den = None
        if nxt.cat in _SMALL | {"ord", "hundred", "scale"} and nxt.sep in {" ", "-"} and (
            card.last_cat in _SMALL | {"hundred", "scale", "num"}
        ):
            den = _card(toks, j, allow_implicit=False)
        if den is not None and den.ordinal and den.plural and den.value > 0:
            frac = _frac_value(numer, den.value)
            if card.and_at > i and toks[card.and_at - 1].cat == "scale":
                frac *= card.last_scale
            return Num(toks[i].start, toks[den.end - 1].end, whole + frac, ZERO,
                       "fraction"), den.end
        if den is not None and den.ordinal and not den.plural and value == 1 and (
            card.end - i == 1 and toks[i].word in {"one", "1"}
        ) and (den.value > 2 or den.end - j > 1):
            return Num(toks[i].start, toks[den.end - 1].end,
                       _frac_value(ONE, den.value), ZERO, "fraction"), den.end
        if nxt.cat == "quarter" and nxt.plural and card.last_cat in _SMALL:
            v = numer * Decimal("0.25")
            k = j + 1
            if k < n and toks[k].cat == "scale" and not toks[k].plural:
                v *= toks[k].value
                k += 1
            return Num(toks[i].start, toks[k - 1].end, whole + v, ZERO, "fraction"), k
        if nxt.cat == "halves" and card.last_cat in _SMALL:
            return Num(toks[i].start, nxt.end, value * HALF, ZERO, "fraction"), j + 1
        if nxt.cat == "and" and j + 1 < n:
            and_frac = _and_fraction(toks, j + 1)
            if and_frac is not None:
                fval, k = and_frac
                total = value + fval
                if card.last_cat == "scale" and card.last_scale >= 1000:
                    total = value + fval * card.last_scale  # "two million and a half"
                elif k < n and toks[k].cat == "scale" and not toks[k].plural and (
                    toks[k].sep == " "
                ):
                    total *= toks[k].value  # "two and a half million": the scale is the whole's
                    k += 1
                return Num(toks[i].start, toks[k - 1].end, total, ZERO, "fraction"), k
        if nxt.cat == "point" and j + 1 < n and card.words and value == value.to_integral():
            digits = ""
            k = j + 1
            while k < n and toks[k].cat in _SMALL and toks[k].sep == " ":
                digits += str(int(toks[k].value))
                k += 1
            if digits:
                v = value + Decimal("0." + digits)
                return Num(toks[i].start, toks[k - 1].end, v, HALF.scaleb(-len(digits)),
                           "words"), k
        if nxt.cat == "over" and value == 1 and card.end - i == 1 and j + 1 < n:
            den = _card(toks, j + 1)
            if den is not None and not den.ordinal and den.value > 0:
                return Num(toks[i].start, toks[den.end - 1].end,
                           _frac_value(ONE, den.value), ZERO, "fraction"), den.end
    first = toks[i]
    last_tok = toks[j - 1]
    if card.words:
        if j - i == 1 and first.cat == "num" and first.num is not None:
            return first.num, j
        precision = _int_precision(value) if value == value.to_integral() else ZERO
        if (
            first.num is not None
            and first.num.value != 0
            and all(x.cat in {"scale", "hundred", "dozen"} for x in toks[i + 1:j])
        ):
            # "4.50 million": the numeral's own precision, scaled.
            precision = first.num.precision * abs(value / first.num.value)
        return Num(first.start, last_tok.end, value, precision, "words", card.scaled), j
    if first.num is not None and j - i == 1:
        return first.num, j
    return Num(first.start, last_tok.end, value, _int_precision(value), "words",
               card.scaled), j


def _finish_whole(
    toks: list[_Tok], i: int, j: int, value: Decimal, precision: Decimal, kind: str
) -> tuple[Num, int]:
    return Num(toks[i].start, toks[j - 1].end, value, precision, kind), j


def _and_fraction(toks: list[_Tok], k: int) -> tuple[Decimal, int] | None:
    """The fraction after "and": "a half", "a third", "three quarters", "two thirds"."""
    n = len(toks)
    t = toks[k]
    if t.cat == "a" and k + 1 < n:
        nxt = toks[k + 1]
        if nxt.cat in {"half", "quarter"} and not nxt.plural:
            return nxt.value, k + 2
        if nxt.cat == "ord" and not nxt.plural and nxt.word not in {"first", "second"}:
            return _frac_value(ONE, nxt.value), k + 2
        return None
    card = _card(toks, k, allow_implicit=False)
    if card is None:
        return None
    j = card.end
    if card.ordinal and card.plural:
        res = _plural_fraction(toks, k, card)
        if res is None:
            return None
        return res[0].value, res[1]
    if card.ordinal:
        return None
    if j < n:
        nxt = toks[j]
        if nxt.cat == "ord" and (nxt.plural or card.value == 1) and nxt.word not in {
            "first", "second"
        }:
            den = _card(toks, j)
            if den is not None and den.ordinal:
                return _frac_value(card.value, den.value), den.end
        if nxt.cat in {"half", "quarter"} and card.value == 1 and not nxt.plural:
            return nxt.value, j + 1
        if nxt.cat == "quarter" and nxt.plural:
            return card.value * Decimal("0.25"), j + 1
        if nxt.cat == "halves":
            return card.value * HALF, j + 1
    return None


def _plural_fraction(toks: list[_Tok], i: int, card: _Card) -> tuple[Num, int] | None:
    """A compound ending in a plural ordinal with no separate numerator: split it.

    "twenty fifths" is 20/5, "one hundred thirty fifths" 100/35 and "a hundred
    trillionths" 100/10**12: the denominator is the final ordinal, with the tens word
    before it when that still leaves a numerator.
    """
    j = card.end
    ord_tok = toks[j - 1]
    cut = j - 1
    if card.tens_at >= 0 and card.tens_at == j - 2 and card.tens_at > i:
        cut = card.tens_at
    if cut <= i:
        return None
    numer = _card_prefix(toks, i, cut)
    if numer is None:
        return None
    den = _card(toks, cut)
    if den is None or not den.ordinal or den.value == 0:
        return None
    return Num(toks[i].start, ord_tok.end, _frac_value(numer, den.value), ZERO,
               "fraction"), j


def _card_prefix(toks: list[_Tok], i: int, cut: int) -> Decimal | None:
    card = _card(toks, i, allow_implicit=False, limit=cut)
    if card is None or card.end != cut:
        return None
    return card.value


# ----------------------------------------------------------------------------- public API
@lru_cache(maxsize=64)
def _find_numbers_cached(text: str) -> tuple[Num, ...]:
    if not has_number_hint(text):
        return ()
    out: list[Num] = []
    pos = 0
    # ASCII text: the phrase scan runs case-sensitively on the lower-cased text (same spans;
    # only the spans are used), as in has_number_hint.
    phrase, scanned = (_PHRASE_LOWER, text.lower()) if text.isascii() else (_PHRASE, text)
    while True:
        m = phrase.search(scanned, pos)
        if m is None:
            break
        found = _parse_phrase(text, m.start(), m.end())
        out.extend(found)
        pos = max([m.end(), *(x.end for x in found)])
    # Numerals the phrase regex skipped (vulgar fractions, glued to letters, signs).
    covered = [(x.start, x.end) for x in out]
    k = 0
    for m in _NUMERAL.finditer(text) if _numerals_outside(text, covered) else ():
        if m.end() == m.start():
            continue
        while k < len(covered) and covered[k][1] <= m.start():
            k += 1
        if k < len(covered) and covered[k][0] < m.end():
            continue
        num = _match_to_num(m)
        if num is not None:
            out.append(num)
    out.sort(key=lambda x: (x.start, -x.end))
    out = _fix_signs(text, out)
    if "of a" in text:
        out = _fraction_of_scale(text, out)
    return tuple(_tidy(text, out))


def _numerals_outside(text: str, covered: list[tuple[int, int]]) -> bool:
    """Does ``text`` hold a digit or a vulgar fraction outside the ``covered`` spans? Every
    ``_NUMERAL`` match holds one, and a match that overlaps a covered span is dropped, so
    without one the numeral pass over the whole text can find nothing (most sentences: the
    phrase scan has read every numeral already)."""
    pos = 0
    for start, end in sorted(covered):
        if start > pos and _NUMERAL_CHAR.search(text, pos, start):
            return True
        pos = max(pos, end)
    return _NUMERAL_CHAR.search(text, pos) is not None


_OF_A_SCALE = re.compile(r"[ \t]+of[ \t]+(?=an?[ \t]+(?:thousand|million|billion|trillion)\b)",
                         re.IGNORECASE)


def _fraction_of_scale(text: str, nums: list[Num]) -> list[Num]:
    """ "three-quarters of a million", "a third of a billion": one number, the product."""
    out: list[Num] = []
    for x in nums:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "fraction" and 0 < prev.value < 1 and (
            x.kind == "words" and x.scaled
        ):
            m = _OF_A_SCALE.match(text, prev.end)
            if m is not None and m.end() == x.start and x.value in _SCALE_VALUES:
                v = prev.value * x.value
                out[-1] = Num(prev.start, x.end, v, _int_precision(v.to_integral_value()),
                              "words", True)
                continue
        out.append(x)
    return out


def _tidy(text: str, nums: list[Num]) -> list[Num]:
    """Mark "21st" as an ordinal and fold "forty-five (45)" into one number."""
    out: list[Num] = []
    skip_until = -1
    for x in nums:
        if x.start < skip_until:
            continue
        if x.kind == "numeral" and x.is_integer and not x.scaled and x.value >= 0:
            m = _ORD_SUFFIX.match(text, x.end)
            if m and text[x.start:x.end].isdigit():
                x = Num(x.start, m.end(), x.value, ZERO, "ordinal")
        elif x.kind == "words":
            m = _PAREN_DIGITS.match(text, x.end)
            if m and Decimal(m.group(1)) == x.value:
                x = Num(x.start, m.end(), x.value, x.precision, x.kind, x.scaled)
                skip_until = m.end()
        out.append(x)
    return out


def _fix_signs(text: str, nums: list[Num]) -> list[Num]:
    """Attach a leading "-" that the phrase grammar left out ("-9.2", "-.0012G")."""
    out: list[Num] = []
    for x in nums:
        s = x.start
        if x.kind in {"numeral", "fraction", "words"} and x.value >= 0 and s > 0 and (
            text[s - 1] in "-\u2212"
        ) and (s == 1 or not (text[s - 2].isalnum() or text[s - 2] in "-\u2212")) and (
            s < 2 or text[s - 2] in " \t\n(\"'[" or s == 1
        ):
            x = Num(s - 1, x.end, -x.value, x.precision, x.kind, x.scaled, x.plural_ordinal)
        out.append(x)
    return out


def find_numbers(text: str) -> list[Num]:
    """All numbers in ``text`` (cardinals, fractions and ordinals), sorted by start.

    Results are cached per text so the five finders that run on one sentence parse it
    once.
    """
    return list(_find_numbers_cached(text))


def parse_number(text: str) -> Num | None:
    """Parse ``text`` as exactly one number ("1,500", "seven million", "2½"), or None."""
    stripped = text.strip()
    offset = text.index(stripped) if stripped else 0
    nums = [x for x in find_numbers(text) if x.kind != "ordinal"]
    if len(nums) == 1 and nums[0].start == offset and nums[0].end == offset + len(stripped):
        return nums[0]
    return None


@lru_cache(maxsize=64)
def has_number_hint(text: str) -> bool:
    """Cheap test: could ``text`` contain a number at all? (Cached: every finder asks.)"""
    if _NUMERAL_CHAR.search(text) is not None:
        return True
    if text.isascii():  # then lower() is exact ASCII case folding, offsets and \b unchanged
        return _NUMBER_WORD_LOWER.search(text.lower()) is not None
    return _NUMBER_WORD.search(text) is not None


def apply_scale(num: Num, factor: int, end: int) -> Num:
    """Apply a scale the caller recognised after the number ("75 USD million")."""
    return Num(num.start, end, num.value * factor, num.precision * factor, num.kind, True)


# ----------------------------------------------------------------------------- hedges
# Words before a figure that qualify it. Kept here so every kind reads hedges one way.
_HEDGES: dict[str, Bound] = {}
for _h in ("about", "around", "approximately", "approx.", "approx", "roughly", "nearly",
           "almost", "some", "close to", "an estimated", "estimated", "circa", "ca.",
           "just about", "more or less", "~", "an approximate", "as much as", "as many as"):
    _HEDGES[_h] = Bound.APPROX
for _h in ("more than", "over", "above", "at least", "no less than", "not less than",
           "no fewer than", "upwards of", "in excess of", "exceeding", "greater than",
           "higher than", "just over", "well over", "well above", "north of", "over and above",
           "a minimum of", "minimum of", "at minimum", ">", ">="):
    _HEDGES[_h] = Bound.AT_LEAST
for _h in ("up to", "under", "below", "less than", "fewer than", "no more than",
           "not more than", "at most", "lower than", "just under", "well under", "well below",
           "a maximum of", "maximum of", "as little as", "as few as", "<", "<=", "no higher than"):
    _HEDGES[_h] = Bound.AT_MOST
_BOUND_AFTER = re.compile(
    r"(?:(?P<plus>\+|[ \t]*-?[ \t]*plus\b)|[ \t]+or[ \t]+(?P<ol>more|less|fewer|higher|lower)\b"
    r"|[ \t]+and[ \t]+(?P<ab>above|up|over|below|under)\b)",
    re.IGNORECASE,
)


_HEDGE_WORDS = frozenset(w for h in _HEDGES for w in h.split())


@lru_cache(maxsize=2048)
def words_before(text: str, start: int, limit: int = 40) -> tuple[tuple[int, str], ...]:
    """The whitespace-separated chunks right before ``start``, nearest last, with offsets.

    Plain string operations instead of an end-anchored regex, which Python would retry at
    every position of the window.
    """
    lo = max(0, start - limit)
    window = text[lo:start]
    out: list[tuple[int, str]] = []
    end = len(window)
    while True:
        stripped = window[:end].rstrip()
        if not stripped:
            break
        cut = max(stripped.rfind(" "), stripped.rfind("\t"), stripped.rfind("\n"))
        word = stripped[cut + 1:]
        if cut < 0 and lo > 0:
            break  # the word may continue before the window
        out.append((lo + cut + 1, word))
        end = cut + 1 if cut >= 0 else 0
        if cut < 0 or len(out) >= 4:
            break
    out.reverse()
    return tuple(out)


@lru_cache(maxsize=2048)
def hedge_before(text: str, start: int) -> tuple[int, Bound] | None:
    """A hedge ("about", "more than", "up to") ending right before ``start``."""
    if start > 0 and text[start - 1] in "~<>":
        sym = text[start - 1]
        if start > 1 and text[start - 2] in "<>" and sym == "=":
            return start - 2, _HEDGES[text[start - 2:start]]
        return start - 1, _HEDGES[sym]
    if start == 0 or text[start - 1] not in " \t\n":
        return None
    words = words_before(text, start, 28)
    if not words or (words[-1][1].lower() not in _HEDGE_WORDS and words[-1][1] not in {
        ">", "<", "~", ">=", "<="
    }):
        return None
    for k in (3, 2, 1):
        if len(words) < k:
            continue
        phrase = " ".join(w for _, w in words[-k:]).lower()
        if phrase in _HEDGES:
            if k == 1 and phrase == "over" and _over_is_a_particle(words):
                return None
            return words[-k][0], _HEDGES[phrase]
    return None


# Verbs whose particle is "over": "handed over 5,910 homes", "turned over £2bn" give the
# figure exactly, so their "over" is no "more than".
_OVER_VERBS = frozenset({
    "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning",
    "sign", "signs", "signed", "signing",
})


def _over_is_a_particle(words: tuple[tuple[int, str], ...]) -> bool:
    """Is the "over" right before a figure the particle of the verb before it ("handed
    over 5,910 homes": exactly 5,910), not a hedge ("rose over 5%")?"""
    return len(words) >= 2 and words[-2][1].lower() in _OVER_VERBS


def bound_after(text: str, end: int) -> tuple[int, Bound] | None:
    """An open-end marker right after a figure: "11,000+", "$5bn-plus", "or more"."""
    m = _BOUND_AFTER.match(text, end)
    if m is None:
        return None
    if m.group("plus"):
        return m.end(), Bound.AT_LEAST
    word = (m.group("ol") or m.group("ab") or "").lower()
    if word in {"more", "higher", "above", "up", "over"}:
        return m.end(), Bound.AT_LEAST
    return m.end(), Bound.AT_MOST


RANGE_SEP = re.compile(r"[ \t]*(?:-|\u2013|—|to|through|and)[ \t]*", re.IGNORECASE)
BETWEEN_BEFORE = re.compile(r"(?<![\w])(?:between|from)[ \t]+\Z", re.IGNORECASE)


# ----------------------------------------------------------------------------- changes
def _forms(*stems: str) -> frozenset[str]:
    """Verb/noun forms: "rise" -> rise, rises, risen...; irregular forms are listed."""
    out: set[str] = set()
    for st in stems:
        out.add(st)
        base = st[:-1] if st.endswith("e") else st
        out.update((st + "s", st + "d" if st.endswith("e") else st + "ed", base + "ing"))
    return frozenset(out)


_UP = _forms("rise", "increase", "grow", "climb", "jump", "surge", "soar", "raise", "lift",
             "boost", "gain", "expand", "widen", "accelerate", "rebound", "hike", "advance",
             "swell", "double", "triple", "spike", "rally", "recover") | {
    "rose", "risen", "grew", "grown", "up", "higher", "swollen", "spiked", "rallied",
    "jumped", "climbed", "upped"}
_DOWN = _forms("fall", "drop", "decline", "decrease", "cut", "reduce", "lower", "slow",
               "shrink", "slip", "slide", "sink", "plunge", "tumble", "narrow", "ease", "dip",
               "trim", "slash", "contract", "retreat", "slump", "halve", "lose",
               "weaken", "soften", "cool") | {
    "fell", "fallen", "dropped", "dropping", "cutting", "shrank", "shrunk", "slipped",
    "slipping", "slid", "sank", "sunk", "dipped", "dipping", "trimmed", "trimming", "lost",
    "down", "lower"}
_MOVE = _forms("change", "move", "shift", "revise", "adjust", "swing", "go", "turn") | {
    "went", "gone", "swung", "revised", "moved", "changed"}
# Verbs that take the amount as an object: "raise $1bn to $2bn", "cut 1,000 to 2,000 jobs"
# are ranges; only "by X to Y" or "from X to Y" make them changes.
_TRANSITIVE = _forms("raise", "lift", "boost", "cut", "reduce", "lower", "trim", "slash", "hike",
                     "halve", "double", "triple", "expand", "widen", "narrow", "ease",
                     "accelerate", "slow", "weaken", "soften", "cool", "lose", "gain", "change",
                     "move", "shift", "revise", "adjust", "turn") | {
    "cutting", "trimmed", "trimming", "lost", "moved", "changed", "revised"}
_CHANGE_HEDGES = frozenset(["about", "around", "approximately", "roughly", "nearly", "almost",
                            "some", "an", "a", "estimated", "just", "over", "under", "more",
                            "less", "than", "at", "least", "most", "close", "as", "much",
                            "many", "little"])
_NOT_CHANGE = frozenset(["range", "ranged", "ranges", "ranging", "between", "varied", "vary",
                         "varies", "varying", "anywhere", "estimates", "estimated"])


def is_change(text: str, start: int, first: Decimal, second: Decimal, sep: str,
              marked: bool) -> bool:
    """Is "X to Y" (X starting at ``start``) a change and a new level rather than a range?

    "fell by $300 million to $2.7 billion", "Sales rose $1 billion to $5 billion": after a
    change verb, with a unit on both ends (``marked``), X is the change and Y the level, when
    Y is not within a factor of two above X ("expected to grow by 3% to 4%" is a range).
    "will rise from 20% to 22.5%", "slowed from 4.1% to 3.6%": after a change verb, "from X
    to Y" is the old and new level when the direction agrees with the verb (a neutral verb,
    "changed from", agrees with both). Everything else stays a range: "between 3 and 5",
    "$10-15B", "ranged from -18C to -34C", "from 1,200 to 1,500 jobs" (no verb), "cut from
    1,200 to 1,500 jobs" and "reduced from 44 mg to 50 mg" (direction disagrees), "rose by 25
    to 50 basis points" (one unit for both ends).
    """
    if sep.strip().lower() != "to":
        return False
    lo = max(0, start - 80)
    words = text[lo:start].lower().split()
    if lo > 0 and words:
        words = words[1:]  # may be cut mid-word
    k = len(words) - 1
    while k >= 0 and words[k] in _CHANGE_HEDGES:
        k -= 1
    prep = None
    if k >= 0 and words[k] in {"from", "by"}:
        prep = words[k]
        k -= 1
    for j in range(k, max(-1, k - 4), -1):
        w = words[j]
        if not w.isalpha():
            return False  # a clause boundary ("rose, from") or a figure
        if w in _NOT_CHANGE:
            return False
        if w in _UP or w in _DOWN or w in _MOVE:
            if prep == "from":
                if w in _MOVE:
                    return True
                return second > first if w in _UP else second < first
            return marked and (prep == "by" or w not in _TRANSITIVE) and _far(first, second)
    return prep == "by" and marked and _far(first, second)


def _far(first: Decimal, second: Decimal) -> bool:
    """A change is usually far from the level it leads to ("by 10 cents to $2.90"), while
    the two ends of a range are close ("grow by 3% to 4%", "raise $1bn to $2bn")."""
    return second < first or second > 2 * first


# ----------------------------------------------------------------------------- spaces
_SP = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_ODD_SPACE = re.compile("[\n\r\x0b\x0c" + _SP + "]")
_ODD_NOT_GROUP = re.compile(
    "[\n\r\x0b\x0c]|(?<!\\d)[" + _SP + "]|[" + _SP + "](?!\\d{3}(?!\\d))"
)


def plain_spaces(text: str) -> str:
    """``text`` with no-break, thin and other odd spaces (and line breaks) made plain.

    News text puts no-break spaces between a figure and its scale or unit ("$1.5\u00a0billion",
    "5\u00a0km"); the grammar only needs to know about one kind of space. Each replacement is
    one character for one, so offsets are unchanged. Spaces that group digits ("10\u202f000")
    are kept, because there they are part of the numeral.
    """
    if _ODD_SPACE.search(text) is None:
        return text
    return _ODD_NOT_GROUP.sub(" ", text)


def with_plain_spaces(
    finder: Callable[[str], list[Mention]],
) -> Callable[[str], list[Mention]]:
    """Run ``finder`` on :func:`plain_spaces` text; report surfaces from the original text."""

    @functools.wraps(finder)
    def run(text: str) -> list[Mention]:
        work = plain_spaces(text)
        found = finder(work)
        if work is text:
            return found
        return [dataclasses.replace(m, text=text[m.start:m.end]) for m in found]

    return run
