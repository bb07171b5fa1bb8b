"""Money mentions: a number with a currency before or after it.

The value is an :class:`~factcheck.model.Amount` in units of the currency ("$15B" ->
15000000000 with precision 5e8) and the unit an ISO 4217 code; a bare "$" is USD. The
currency table lives in ``factcheck/data/currencies.csv`` (symbols, codes, names), so adding
a currency is a data change.

Decisions, and why:

* **Losses stay positive.** "a loss of $2 billion" is +2e9: the sign is context ("loss",
  "deficit", "down") that the subject/attribute step reads, and two articles that both say
  "a $2bn loss" must compare equal. Only a written sign ("-$2 billion", "minus $2 billion")
  makes the value negative.
* **Ranges keep both ends**: ``value`` is the low end and ``high_value`` the high end
  (``Bound.RANGE``), so "$10-15B" spans 10e9..15e9; a scale written only on the second end
  applies to both.
* **"pounds" is money only when it is clearly money**: with a scale ("5 million pounds"),
  "sterling", or "£". Bare "two pounds" is weight and is left to the quantity finder.
* **Cents** join the amount when written as a second small number ("$20 and 43c",
  "thirteen dollars and forty-five cents", "15 dollars 50").
* A lower-case "m" after a currency-prefixed number means million ("$5m"); without a
  currency it is left alone (it is a metre as often as a million).
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

from factcheck.extract._numbers import (
    BETWEEN_BEFORE,
    PLUS_OR_BEFORE,
    RANGE_SEP,
    Num,
    bound_after,
    find_numbers,
    hedge_before,
    is_change,
    trie_regex,
    with_plain_spaces,
    words_before,
)
from factcheck.letters import fold
from factcheck.model import Amount, Bound, Kind, Mention

__all__ = ["find_money"]


def _load_table() -> list[tuple[str, str, str]]:
    """The rows of ``currencies.csv``, each accented form also in the plain letters the
    extractor reads it in (``letters.fold``: "1.54 billion zł" is read as "zl", "Kč" as
    "Kc"), so that a table written as news writes it is still matched."""
    rows: list[tuple[str, str, str]] = []
    data = resources.files("factcheck.data").joinpath("currencies.csv").read_text("utf-8")
    lines = [ln for ln in data.splitlines() if ln and not ln.startswith("#")]
    for row in csv.DictReader(lines):
        rows.append((row["code"], row["text"], row["type"]))
        if fold(row["text"]) != row["text"]:
            rows.append((row["code"], fold(row["text"]), row["type"]))
    return rows


_TABLE = _load_table()
# Lookup from a normalised surface to its code.
_SYMBOL: dict[str, str] = {}
_CODE: dict[str, str] = {}
_NAME: dict[str, str] = {}
_SUFFIX_ONLY: dict[str, str] = {}
_MINOR: dict[str, str] = {}  # hundredths of a currency: "50 cents" is 0.50 USD
for _code, _text, _type in _TABLE:
    if _type == "symbol":
        _SYMBOL[re.sub(r"\s+", "", _text)] = _code
    elif _type == "code":
        _CODE[_text] = _code
    elif _type == "name":
        _NAME[_text.lower()] = _code
    elif _type == "suffix":
        _SUFFIX_ONLY[_text.lower()] = _code
    elif _type == "minor":
        _MINOR[_text.lower()] = _code
# the codes written in capitals ("NOK", "USD", "MEUR"): a name never ends in one that a
# number follows ("fined Acme Water NOK 4.2 million": the name is "Acme Water")
CURRENCY_CODES = frozenset(t for t in _CODE if t.isalpha() and t.isupper())
# ...and a currency's capitalised letters of two or more ("Rs 318.6 crore", "Rp 2.1
# trillion", "KSh 4 billion"): never the end of a name either
CURRENCY_CODES |= frozenset(
    t.rstrip(".") for t in _SYMBOL if t.rstrip(".").isalpha() and len(t.rstrip(".")) > 1
    and t[0].isupper()
)


def _alt(items: list[str], spaced: bool) -> str:
    return trie_regex(items, space=r"[ \t]*" if spaced else " ")


def _name_alt(names: list[str]) -> str:
    forms: set[str] = set()
    for it in names:
        forms.add(it)
        if not (it.endswith("s") or it.endswith("y")) and it.upper() not in _CODES:
            # a code written in lower case has no plural: "10 gbps" is gigabits, not pounds
            forms.update((it + "s", it + "es"))
    return trie_regex(sorted(forms))


_CODES = frozenset(t for c, t, k in _TABLE if k == "code")
_SYM_RE = _alt([t for c, t, k in _TABLE if k == "symbol"], spaced=True)
_CODE_RE = _alt([t for c, t, k in _TABLE if k == "code"], spaced=False)
_NAME_RE = _name_alt([t for c, t, k in _TABLE if k == "name"])
_SUFFIX_RE = _name_alt([t for c, t, k in _TABLE if k == "suffix"])
_SCALE_AFTER = r"(?:million|billion|trillion|thousand|mn|bn|tn|m|k)"
_SCALE_VALUE = {"million": 10**6, "billion": 10**9, "trillion": 10**12, "thousand": 10**3,
                "mn": 10**6, "bn": 10**9, "tn": 10**12, "m": 10**6, "k": 10**3}

# A symbol that is not a letter may touch a word ("investor$30B" in scraped tables);
# letter-initial symbols and codes may not ("RM42" but not "FORM42").
_SYM_ALPHA_RE = _alt([t for c, t, k in _TABLE if k == "symbol" and t[0].isalpha()], spaced=True)
_SYM_OTHER_RE = _alt([t for c, t, k in _TABLE if k == "symbol" and not t[0].isalpha()],
                     spaced=True)
_PREFIX = re.compile(
    r"(?:(?P<sym>(?<![A-Za-z])" + _SYM_ALPHA_RE + r"|" + _SYM_OTHER_RE + r")"
    r"|(?<![A-Za-z])(?P<mega>M)?(?P<code>" + _CODE_RE + r")"
    r"|(?<![A-Za-z])(?i:(?P<name>" + _NAME_RE + r")))[ \t]*\Z"
)
_SUFFIX = re.compile(
    r"(?P<gap>[ \t]*-?[ \t]*)"
    r"(?:(?P<sym>" + _SYM_RE + r")"
    r"|(?P<mega>M)?(?P<code>" + _CODE_RE + r")(?![A-Za-z])"
    r"|(?i:(?P<name>" + _NAME_RE + r"|" + _SUFFIX_RE + r"))(?![A-Za-z]))"
    r"(?:[ \t]+(?P<scale>million|billion|trillion|mn|bn))?(?![A-Za-z])"
)
_MINOR_AFTER = re.compile(
    r"[ \t]*(?P<m>" + trie_regex([t for c, t, k in _TABLE if k == "minor"]) + r")(?![A-Za-z])",
    re.IGNORECASE,
)
_M_AFTER = re.compile(r"[ \t]?(?P<s>m|mn|bn|k)(?![A-Za-z0-9])")
_CENTS = re.compile(
    r"[ \t]*(?:(?:and|&)[ \t]+)?(?P<n>\d{1,2}(?!\d)|[A-Za-z]+(?:[ \t]*-[ \t]*[A-Za-z]+)?)"
    r"(?P<unit>[ \t]*(?:cents?|c|kopiykas?|kopecks?|pence|p|paise|sen|centavos?|centimes?)"
    r"(?![A-Za-z]))?"
)
_PER = re.compile(
    r"[ \t]*-?[ \t]*(?:per|an?|each)(?![A-Za-z])[ \t]*-?[ \t]*"
    # a class of share before it ("88 cents a diluted share", "$1.16 per basic share")
    r"(?:(?:fully[ \t-]+)?(?:diluted|basic|ordinary|common|adjusted)[ \t]+(?=shares?\b))?"
    r"(?P<per>[A-Za-z]+)(?![A-Za-z])",
    re.IGNORECASE,
)
# the thing paid for written after how it is paid: "$27.40 in cash for each Pinecrest
# share", "$9 in stock for every share held"
_PER_AFTER_PAYMENT = re.compile(
    r"[ \t]+in[ \t]+(?:cash|stock|shares)(?:[ \t]+and[ \t]+(?:cash|stock|shares))?"
    r"[ \t]+(?:for[ \t]+(?:each|every)|per)[ \t]+"
    r"(?:(?:[A-Z][\w&'.-]*|diluted|ordinary|common)[ \t]+){0,3}(?P<per>share|unit)(?![A-Za-z])"
)
# "$980 million a year earlier", "a month ago": when, not per what ("$24 per share on
# Wednesday" is still per share)
_WHEN_AFTER = re.compile(
    r"[ \t]+(?:earlier|ago|before|later|previously|after|back)\b", re.IGNORECASE
)
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "quarter", "decade", "hour"})
_PER_A = frozenset({
    "share", "barrel", "month", "year", "week", "day", "hour", "head", "person", "ton",
    "tonne", "gallon", "litre", "liter", "kilo", "pound", "ounce", "unit", "seat", "ticket",
    "night", "mile", "user", "customer", "subscriber", "employee", "vote", "piece", "copy",
    "acre", "hectare", "bushel", "kilogram", "kg", "metre", "meter", "foot", "megawatt",
    "kilowatt", "pint", "cup", "bottle", "pack", "packet", "room", "meal", "visit", "trip",
    "passenger", "household", "student", "patient", "pupil", "game", "match", "episode",
})
# "€19.60 for every departing passenger", "$4 for each ticket sold": what one unit brought
# (up to two words before the unit's noun)
_FOR_EVERY = re.compile(
    r"[ \t]+for[ \t]+(?:each|every)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?"
    r"(?P<per>" + "|".join(sorted(_PER_A, key=len, reverse=True)) + r")(?![A-Za-z])"
)
_NEG_BEFORE = re.compile(r"(?:(?<![\w])(?:minus|negative)[ \t]+|(?<![\w-])[-\u2212][ \t]?)\Z",
                         re.IGNORECASE)
_STERLING_AFTER = re.compile(r"[ \t]+sterling\b", re.IGNORECASE)
_A_NAME = re.compile(r"(?<![A-Za-z])(?P<a>an?|one)[ \t]*-?[ \t]*(?i:(?P<name>" + _NAME_RE
                     + r"))(?![A-Za-z])", re.IGNORECASE)
_SYMBOL_CHARS = re.compile(
    "["
    # symbols that do not start with an ASCII letter ("$", "€", "ரூ", "лв"): the word part
    # of the hint below only knows ASCII words
    + re.escape("".join(sorted({t[0] for c, t, k in _TABLE
                                if k in {"symbol", "minor"}
                                and not (t[0].isascii() and t[0].isalpha())})))
    + "]"
)
_WORD = re.compile(r"[A-Za-z]+")
# Every word that can begin a currency mention, for a cheap set-based precheck.
_HINT_WORDS = frozenset(
    [re.split(r"[^A-Za-z]", t)[0].lower() for c, t, k in _TABLE
     if k in {"name", "suffix", "minor"}]
    + [t.lower() for c, t, k in _TABLE if k == "code"]
    + [("m" + t).lower() for c, t, k in _TABLE if k == "code"]
    + [re.split(r"[^A-Za-z]", t)[0].lower() for c, t, k in _TABLE if k == "symbol"]
)


_PREFIX_LAST = frozenset(
    re.split(r"\s+", t.lower())[-1] for c, t, k in _TABLE if k in {"symbol", "code", "name"}
) | frozenset("m" + t.lower() for c, t, k in _TABLE if k == "code")


def _may_have_prefix(text: str, start: int) -> bool:
    """Cheap test before the prefix regex: is the chunk before the number a currency?"""
    if start == 0:
        return False
    if not text[start - 1].isspace():
        j = start
        while j > 0 and not text[j - 1].isspace() and start - j < 8:
            j -= 1
        chunk = text[j:start].lower()
        return bool(chunk) and (chunk in _PREFIX_LAST or (not chunk[-1].isalnum() and (
            chunk[-1] not in "([{\"'-—\u2013/")))
    words = words_before(text, start, 30)
    if not words:
        return False
    last = words[-1][1].lower()
    return last in _PREFIX_LAST or last.rstrip("s") in _PREFIX_LAST or (
        not last[-1].isalnum() and last[-1] not in ".,;:([{\"'-—\u2013/")


# Case is ignored in the words only: under a global IGNORECASE the lookbehind's [A-Za-z]
# would also match "ı" and "ſ" (which fold to ASCII letters), and the precheck would drop a
# currency name that ``_PREFIX`` (whose lookbehind is case-sensitive) reads after them.
_HINT = re.compile(
    _SYMBOL_CHARS.pattern + r"|(?<![A-Za-z])(?i:" + trie_regex(sorted(_HINT_WORDS - {""})) + ")"
)


def _has_hint(text: str) -> bool:
    """Could ``text`` mention money at all? One trie-regex scan."""
    return _HINT.search(text) is not None


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    value: Decimal
    precision: Decimal
    code: str
    scaled: bool
    cur_start: int  # where the currency text starts (to keep it from being reused)
    cur_end: int


# A sum of naira as Nigerian papers write it, "N" for "₦": only with a scale ("N312.4
# billion", "N2.4bn") or written as money is ("N1,441.50", "N48.50"), since "N95" and "N2"
# name masks, roads and gases
_NAIRA_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d\d")


def _naira_shaped(text: str, n: Num) -> bool:
    """Is the number after a bare "N" written as a sum of naira is?"""
    return bool(
        n.scaled
        or _M_AFTER.match(text, n.end)
        or _NAIRA_DIGITS.fullmatch(text, n.start, n.end)
    )


def _code_for(m: re.Match[str]) -> str | None:
    if m.group("sym"):
        return _SYMBOL.get(re.sub(r"\s+", "", m.group("sym")))
    if m.group("code"):
        return _CODE.get(m.group("code"))
    name = re.sub(r"\s+", " ", m.group("name").lower())
    for cand in (name, name[:-1], name[:-2]):
        if cand in _NAME:
            return _NAME[cand]
        if cand in _SUFFIX_ONLY:
            return _SUFFIX_ONLY[cand]
    return None


@with_plain_spaces
def find_money(text: str) -> list[Mention]:
    """Money mentions in ``text``, sorted by start."""
    if not _has_hint(text):
        return []
    return _money(text)


def _money(text: str) -> list[Mention]:
    nums = [n for n in find_numbers(text) if n.kind != "ordinal"]
    hits: list[_Hit] = []
    used_until = -1  # currency text consumed as a suffix of the previous number
    for idx, n in enumerate(nums):
        if n.start < used_until:
            continue
        pre = _PREFIX.search(text, max(0, n.start - 30), n.start) if _may_have_prefix(
            text, n.start) else None
        if pre is not None and pre.start() < used_until:
            pre = None
        suf = _SUFFIX.match(text, n.end)
        pre_code = _code_for(pre) if pre else None
        nxt = nums[idx + 1] if idx + 1 < len(nums) else None
        suf_code = _code_for(suf) if suf else None
        if suf is not None and suf_code is not None and not _suffix_ok(text, n, suf):
            suf_code = None
        if suf is not None and suf_code is not None and suf.group("sym") and nxt is not None:
            # "1 $ 10 dollars": the symbol belongs to the next number, which has a name.
            gap = text[suf.end():nxt.start]
            nsuf = _SUFFIX.match(text, nxt.end)
            if not gap.strip() and nsuf is not None and nsuf.group("name"):
                suf_code = None
        if pre is not None and pre_code is not None and pre.group("name") and not (
            _name_prefix_ok(pre)
        ):
            pre_code = None
        if pre is not None and pre.group("sym") == "N" and not _naira_shaped(text, n):
            pre_code = None  # "N95 masks", "the N2 road": a letter and a number, no naira
        if pre is not None and pre_code is not None and pre.group("code") and (
            _COMPOUND_AFTER.match(text, n.end)
        ):
            pre_code = None  # "AMD 64-core chips", "EUR 5-year bonds": the number is the compound's
        rand = pre_code is None and not suf_code and _is_rand(text, n)
        if rand:
            pre_code = "ZAR"
        value, precision, scaled = n.value, n.precision, n.scaled
        if pre_code and (not suf_code or suf_code != pre_code or _same_form(pre, suf)):
            code = pre_code
            start, end = pre.start() if pre else (n.start - 1 if rand else n.start), n.end
            cur_start, cur_end = start, n.start
            if pre is not None and pre.group("mega"):
                value, precision, scaled = value * 10**6, precision * 10**6, True
            if not scaled:
                mm = _M_AFTER.match(text, n.end)
                if mm:
                    f = _SCALE_VALUE[mm.group("s")]
                    value, precision, scaled, end = value * f, precision * f, True, mm.end()
            if suf_code == pre_code and suf is not None and not _same_form(pre, suf):
                end = suf.end()
                cur_end = end
        elif suf_code and suf is not None:
            if _is_pound_weight(text, n, suf):
                continue
            code = suf_code
            start, end = n.start, suf.end()
            cur_start, cur_end = suf.start() + len(suf.group("gap")), end
            if suf.group("mega"):
                value, precision, scaled = value * 10**6, precision * 10**6, True
            if suf.group("scale") and not scaled:
                f = _SCALE_VALUE[suf.group("scale").lower()]
                value, precision, scaled = value * f, precision * f, True
            used_until = end
        else:
            mm = _MINOR_AFTER.match(text, n.end) or _pence_glued(text, n)
            if mm is None or n.scaled:
                continue
            hits.append(_Hit(n.start, mm.end(), n.value / 100, n.precision / 100,
                             _MINOR.get(mm.group("m").lower(), "GBP"),  # a glued "p" is pence
                             False, mm.start("m"), mm.end()))
            used_until = mm.end()
            continue
        # Cents: "$20 and 43c", "thirteen dollars and forty-five cents", "15 dollars 50".
        if nxt is not None and not scaled and value == value.to_integral_value():
            cents = _cents(text, end, nxt)
            if cents is not None:
                value += cents[0]
                precision = Decimal("0.005")
                end = cents[1]
                used_until = max(used_until, end)
        hits.append(_Hit(start, end, value, precision, code, scaled, cur_start, cur_end))
    hits.extend(_article_amounts(text, hits))
    hits.sort(key=lambda h: h.start)
    return _assemble(text, hits, nums)


# "AMD 64-core", "EUR 5-year": a number inside a hyphenated compound (not "5-billion").
_COMPOUND_AFTER = re.compile(
    r"-(?!(?:million|billion|trillion|thousand|mn|bn|tn|plus|odd)\b)[A-Za-z]")
# South African rand: "R254 billion", "R5m", "R1,500" with South African context. A bare "R"
# before a small integer is more often a road ("the R21") or a rating ("R18").
_RAND = re.compile(r"(?<![\w&$.-])R\Z")
_RAND_CONTEXT = re.compile(r"\bSouth Africa|\brands?\b|\bZAR\b|Johannesburg|Pretoria|Cape Town|"
                           r"Durban")


def _is_rand(text: str, n: Num) -> bool:
    if n.start == 0 or text[n.start - 1] != "R" or not _RAND.search(text, n.start - 2, n.start):
        return False
    if n.scaled or _M_AFTER.match(text, n.end):
        return True
    raw = text[n.start:n.end]
    return ("," in raw or "." in raw) and _RAND_CONTEXT.search(text) is not None


# British pence glued to the number: "152.4p a litre", "99p". Not video heights ("1080p").
_PENCE = re.compile(r"(?P<m>p)(?![A-Za-z0-9/]|\.[A-Za-z])")
_VIDEO_LINES = frozenset(Decimal(v) for v in (144, 240, 360, 480, 540, 576, 720, 1080, 1440,
                                              2160, 4320))


def _pence_glued(text: str, n: Num) -> re.Match[str] | None:
    if n.kind != "numeral" or n.value in _VIDEO_LINES or n.value >= 10000:
        return None
    return _PENCE.match(text, n.end)


def _same_form(pre: re.Match[str] | None, suf: re.Match[str] | None) -> bool:
    """True when prefix and suffix are the same kind of marker ("10 $ 30 $")."""
    if pre is None or suf is None:
        return False
    return bool(pre.group("sym")) == bool(suf.group("sym"))


def _name_prefix_ok(pre: re.Match[str]) -> bool:
    """Names before a number ("ringgit 42", "dollar 22.5 million") but not "won 5"."""
    name = pre.group("name").lower()
    return name not in _SUFFIX_ONLY and not name.startswith(("pound", "franc"))


def _suffix_ok(text: str, n: Num, suf: re.Match[str]) -> bool:
    """Reject a suffix that is really the start of something else."""
    if n.kind == "fraction" and n.value < 1 and suf.group("name"):
        return True
    return not (suf.group("sym") == "$" and text[suf.end():suf.end() + 1].isdigit()
                and not suf.group("gap"))


def _is_pound_weight(text: str, n: Num, suf: re.Match[str]) -> bool:
    name = (suf.group("name") or "").lower()
    if not name.startswith("pound") or "sterling" in name:
        return False
    if n.scaled or suf.group("scale"):
        return False
    return not _STERLING_AFTER.match(text, suf.end())


def _cents(text: str, end: int, nxt: Num) -> tuple[Decimal, int] | None:
    m = _CENTS.match(text, end)
    if m is None or m.start("n") != nxt.start:
        return None
    if nxt.kind not in {"numeral", "words"} or nxt.scaled or not nxt.is_integer:
        return None
    if not (0 < nxt.value < 100):
        return None
    stop = nxt.end
    um = re.match(
        r"[ \t]*(?:cents?|c|kopiykas?|kopecks?|pence|p|paise|sen|centavos?|centimes?)(?![A-Za-z])",
        text[stop:],
    )
    gap = text[end:nxt.start]
    if um:
        stop += um.end()
    elif "and" not in gap and "&" not in gap:
        # A bare second number is cents only at the end of a clause ("$20 43").
        rest = text[stop:stop + 2]
        if rest.strip() and rest.strip()[0] not in ".,;!?)":
            return None
    return nxt.value / 100, stop


def _article_amounts(text: str, hits: list[_Hit]) -> list[_Hit]:
    """ "a dollar", "one-yen": one unit of the currency."""
    out: list[_Hit] = []
    starts = sorted((h.start, h.end) for h in hits)
    for m in _A_NAME.finditer(text):
        k = bisect.bisect_right(starts, (m.start(), len(text) + 1)) - 1
        if k >= 0 and starts[k][0] <= m.start() < starts[k][1]:
            continue
        name = m.group("name").lower()
        if name.startswith(("pound", "franc")) or m.group("a").lower() == "one":
            continue
        code = None
        for cand in (name, name[:-1], name[:-2]):
            if cand in _NAME:
                code = _NAME[cand]
                break
        if code is None or (name.endswith("s") and not name.endswith("ss")):
            continue
        out.append(_Hit(m.start(), m.end(), Decimal(1), Decimal(0), code, False,
                        m.start("name"), m.end()))
    return out


def _assemble(text: str, hits: list[_Hit], nums: list[Num]) -> list[Mention]:
    """Join ranges, attach hedges, signs and per-unit phrases; build mentions."""
    out: list[Mention] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        start, end = h.start, h.end
        value, precision, high = h.value, h.precision, None
        bound = Bound.EXACT
        # Range with a second money amount: "$1bn to $2bn", "$10 and $15".
        rng = RANGE_SEP.match(text, end)
        between = BETWEEN_BEFORE.search(text, max(0, start - 12), start)
        if rng is not None and i + 1 < len(hits) and hits[i + 1].start == rng.end() and (
            hits[i + 1].code == h.code
        ):
            sep = rng.group().strip().lower()
            nh = hits[i + 1]
            if (sep != "and" or between is not None) and not is_change(
                text, start, *_align_scale(h, nh), sep, True
            ):
                value, high = _align_scale(h, nh)
                precision = max(h.precision if h.scaled or not nh.scaled else nh.precision,
                                nh.precision)
                end = nh.end
                bound = Bound.RANGE
                i += 1
        elif rng is not None and rng.group().strip() in {"-", "\u2013", "—", "to"}:
            # "$10-15B", "$10 to 15 million": second end without its own currency.
            nxt = next((x for x in nums if x.start == rng.end()), None)
            if nxt is not None and nxt.kind in {"numeral", "words"} and not _next_is_other(
                text, nxt
            ) and not is_change(text, start, h.value, nxt.value * _scale_of(h), rng.group(),
                                False):
                if h.scaled or nxt.scaled:
                    lo = h.value if h.scaled or abs(h.value) >= 1000 else (
                        h.value * _scale_of(nxt))
                    hi = nxt.value if nxt.scaled else nxt.value * _scale_of(h)
                    if lo <= hi:
                        value, high = lo, hi
                        precision = nxt.precision if nxt.scaled else h.precision
                        end = nxt.end
                        bound = Bound.RANGE
                elif h.value < nxt.value:
                    value, high = h.value, nxt.value
                    end = nxt.end
                    bound = Bound.RANGE
        if bound is Bound.RANGE and between is not None:
            start = between.start()
        if bound is not Bound.RANGE:
            hb = hedge_before(text, start)
            if hb is not None:
                start, bound = hb
            ba = bound_after(text, end)
            if ba is not None and bound is Bound.EXACT:
                end, bound = ba
            neg = _NEG_BEFORE.search(text, max(0, start - 10), start)
            if neg is not None and PLUS_OR_BEFORE.search(
                text, max(0, neg.start() - 10), neg.start()
            ):
                neg = None  # "plus or minus $5", "+/- $5": a margin
            if neg is not None and value > 0:
                value = -value
                start = neg.start()
        per = None
        pm = _PER.match(text, end)
        if pm is not None:
            word = pm.group("per").lower()
            joined = text[end:pm.start("per")].lower()
            when = word.rstrip("s") in _TIME_NOUNS and _WHEN_AFTER.match(text, pm.end())
            if not when and ("per" in joined or "each" in joined or word.rstrip("s") in _PER_A):
                per = word
                end = pm.end()
        elif (pa := _PER_AFTER_PAYMENT.match(text, end)) is not None:
            per = pa.group("per")
        elif (fe := _FOR_EVERY.match(text, end)) is not None:
            per = fe.group("per")  # "€19.60 for every departing passenger"
        amount = Amount(value, bound, precision, high)
        out.append(Mention(Kind.MONEY, start, end, text[start:end], amount, h.code, per))
        i += 1
    return out


def _scale_of(x: _Hit | Num) -> Decimal:
    if not x.scaled or x.value == 0:
        return Decimal(1)
    v = abs(x.value)
    for f in (10**12, 10**9, 10**6, 10**3):
        if v >= f:
            return Decimal(f)
    return Decimal(1)


def _align_scale(a: _Hit, b: _Hit) -> tuple[Decimal, Decimal]:
    lo, hi = a.value, b.value
    if b.scaled and not a.scaled and abs(a.value) < 1000:  # not "$50,000 to $1.6 million"
        lo = a.value * _scale_of(b)
    return lo, hi


def _next_is_other(text: str, nxt: Num) -> bool:
    """The number after a dash is something else ("$5 - 10 people"): skip the range."""
    tail = text[nxt.end:nxt.end + 12].lstrip()
    return tail[:1] == "%" or tail.lower().startswith(("percent", "per cent"))

