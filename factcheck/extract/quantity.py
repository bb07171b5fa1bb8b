"""Physical quantities: a number with a unit of measure ("776-foot", "5 km", "30 °C").

Units come from ``factcheck/data/units.csv`` (surface form -> pint expression, with flags for
plurals, SI prefixes and ambiguous symbols) and are resolved through the one pint registry
in :mod:`factcheck.units`. ``unit`` is pint's canonical name, written out in words so that it
round-trips through any reader: "kilometer", "degree_Celsius", "kilometer per hour",
"square meter", "kilogram per cubic centimeter", "inverse femtobarn".

Short symbols are ambiguous in prose, so they are only accepted where they cannot be a word:
"in" is an inch only after another length ("5 ft 2 in") or before "thick/long/wide/...";
"pm"/"am" are pico-/attometres only after a decimal that cannot be a clock time ("2.1 pm");
"m" is a metre unless a plural noun follows ("5m users" is five million users); "K" is a
kelvin only after a decimal ("573.15K"); "C"/"F" are degrees; single-letter electrical symbols
(W, V, J) must touch the number. Durations ("3 hours") are counts, not quantities: the time
units are left out of the table.

Compound lengths and masses ("5 ft 2 in", "2 kilometer, 1 metre") are summed into the
smaller unit; ranges ("44 mg to 50 mg", "8- to 16-meter") keep both ends.
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

import pint

from factcheck.extract._numbers import (
    BETWEEN_BEFORE,
    Num,
    bound_after,
    find_numbers,
    hedge_before,
    is_change,
    trie_regex,
    with_plain_spaces,
)
from factcheck.model import Amount, Bound, Kind, Mention
from factcheck.units import parse_unit, ureg

__all__ = ["find_quantities", "unit_name"]

_SI_SYMBOL_PREFIXES = {"k": "kilo", "M": "mega", "G": "giga", "T": "tera", "m": "milli",
                       "c": "centi", "d": "deci", "h": "hecto", "μ": "micro", "µ": "micro",
                       "u": "micro", "n": "nano", "p": "pico", "P": "peta", "f": "femto",
                       "a": "atto"}
_SI_WORD_PREFIXES = ("kilo", "mega", "giga", "tera", "milli", "centi", "deci", "hecto",
                     "micro", "nano", "pico", "peta", "deca", "deka")


@dataclass(frozen=True, slots=True)
class _UnitForm:
    expr: str
    flags: str


def _load() -> tuple[dict[str, _UnitForm], dict[str, _UnitForm]]:
    """Surface -> unit, split into case-sensitive symbols and case-insensitive words."""
    data = resources.files("factcheck.data").joinpath("units.csv").read_text("utf-8")
    lines = [ln for ln in data.splitlines() if ln and not ln.startswith("#")]
    exact: dict[str, _UnitForm] = {}
    words: dict[str, _UnitForm] = {}
    for row in csv.DictReader(lines):
        surface, expr, flags = row["surface"], row["unit"], row["flags"] or ""
        form = _UnitForm(expr, flags)
        target = words if "i" in flags else exact
        target[surface.lower() if "i" in flags else surface] = form
        if "p" in flags:
            for suffix in ("s", "es"):
                target.setdefault(surface.lower() + suffix, form)
        if "S" in flags:
            for p, word in _SI_SYMBOL_PREFIXES.items():
                exact.setdefault(p + surface, _UnitForm(f"{word}{expr}", ""))
        if "W" in flags:
            for p in _SI_WORD_PREFIXES:
                base = _UnitForm(f"{p}{expr}", "")
                words.setdefault(p + surface.lower(), base)
                if "p" in flags:
                    words.setdefault(p + surface.lower() + "s", base)
    return exact, words


_EXACT, _WORDS = _load()


def _alt(forms: list[str], spaced: bool) -> str:
    if spaced:
        return trie_regex(forms, space=r"[ \t]+", hyphen=r"[ \t]*-[ \t]*")
    return trie_regex(forms, space=" ")


# Words first: "70 ° Fahrenheit" is one unit, not a bare "°" followed by a word.
_UNIT_RE = (
    r"(?:(?i:(?P<word>" + _alt(list(_WORDS), spaced=True) + r"))"
    r"|(?P<sym>" + _alt(list(_EXACT), spaced=False) + r"))"
)
# Time symbols are only units as the denominator of a rate ("km/s", "m/h").
_TIME_SYMBOLS = {"s": "second", "sec": "second", "h": "hour", "hr": "hour", "min": "minute",
                 "yr": "year", "d": "day"}
_POWER = r"(?P<pow>\^?[23]|[²³]|[ \t]+(?:squared|cubed))?"
_PER_RE = (
    r"(?:(?:[ \t]*/[ \t]*|[ \t]+per[ \t]+)(?:(?P<dsym>" + _alt([*_EXACT, *_TIME_SYMBOLS],
                                                                   spaced=False)
    + r")|(?i:(?P<dword>" + _alt([*_WORDS, "hour", "hours", "day", "second", "minute"],
                                  spaced=True) + r")))(?P<dpow>\^?[23]|[²³])?)?"
)
_AFTER = re.compile(
    r"(?P<gap>[ \t]*-?[ \t]*|[ \t]*[\[<][ \t]*)"
    # "410,000-square-foot": the compound's hyphen may join "square" to its unit too
    r"(?P<sq>(?i:square|sq\.?|cubic|cu\.?)(?:[ \t]+|-))?"
    + _UNIT_RE + _POWER + r"(?:[ \t]*[\]>])?" + _PER_RE + r"(?![A-Za-z0-9])"
)
_INCH_QUOTE = re.compile(r"(?:\"|''|″)(?![A-Za-z0-9])")
_INCH_CONTEXT = re.compile(r"[ \t]+(?:thick|long|wide|tall|deep|high|across|in[ \t]+diameter|"
                           r"diameter|in[ \t]+length|in[ \t]+width)\b", re.IGNORECASE)
_PLURAL_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?P<w>[a-z]{3,}s)\b")
_CLOCK = re.compile(r"\d{1,2}(?:[.:]\d{2})?")
_ARTICLE = re.compile(
    r"(?<![A-Za-z])(?:(?P<a>an?|one)|(?P<frac>half|quarter|third|fourth)(?:[ \t]+of)?"
    r"(?:[ \t]+an?)?)[ \t]*-?[ \t]*(?i:(?P<word>" + _alt(list(_WORDS), spaced=True)
    + r"|lbs?))(?![A-Za-z])",
    re.IGNORECASE,
)
_PLUS_MINUS = re.compile(r"[ \t]*(?:±|\+/-|\+-)[ \t]*\d+(?:\.\d+)?")
_OF_A = re.compile(r"[ \t]+of[ \t]+(?:an?[ \t]+)?(?=[A-Za-z])", re.IGNORECASE)
_SERVINGS = frozenset({"cup", "pint"})
_PRICE_OF = re.compile(r"(?<![A-Za-z])(?:price|prices|cost|costs)[ \t]+of[ \t]+\Z", re.IGNORECASE)
_AND_A_HALF = re.compile(r"[ \t]+and[ \t]+a[ \t]+half\b", re.IGNORECASE)
# A height written 6'2" (feet and inches).
_FEET_INCHES = re.compile(
    r"(?<![\w.])(?P<ft>\d{1,2})['\u2032\u2019][ ]?(?P<in>\d{1,2}(?:\.\d)?)(?:\"|''|\u2033|\u201d)"
)
_TEMPERATURE_CUE = re.compile(
    r"(?i:temperature|\bhighs?\b|\blows?\b|\bheat|\bhot\b|\bcold|\bwarm|\bcool|chill|freez|"
    r"frost|degree|weather|forecast|thermo|celsius|fahrenheit|mercury|scorch|swelter|balmy)"
    r"|°|\d[ ]?C\b"
)
_ABSOLUTE_ZERO = re.compile(r"\babsolute zero\b", re.IGNORECASE)
_COMPOUND_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|[ \t])[ \t]*")
_RANGE = re.compile(r"[ \t]*(?:-|\u2013|—|to|and)[ \t]*", re.IGNORECASE)
_FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "fourth": Decimal("0.25"),
              "third": Decimal(1) / Decimal(3)}
_COMBINABLE = frozenset({"[length]", "[mass]"})


def unit_name(unit: pint.Unit) -> str:
    """A pint unit written out in words: "kilometer per hour", "square meter"."""
    up: list[str] = []
    down: list[str] = []
    for name, exp in unit._units.items():
        power = float(str(exp))
        word = {1: name, 2: f"square {name}", 3: f"cubic {name}"}.get(int(abs(power)), name)
        (up if power > 0 else down).append(word)
    if not up:
        return "inverse " + " ".join(down)
    return " ".join(up) + ("" if not down else " per " + " ".join(down))


@dataclass(slots=True)
class _Q:
    start: int
    end: int
    value: Decimal
    precision: Decimal
    unit: pint.Unit
    bound: Bound = Bound.EXACT
    high: Decimal | None = None
    num_start: int = 0


def _resolve(m: re.Match[str]) -> tuple[pint.Unit, str] | None:
    """The pint unit and the flags for a unit match."""
    if m.group("sym"):
        form = _EXACT.get(m.group("sym"))
    else:
        key = re.sub(r"\s*-\s*", "-", re.sub(r"\s+", " ", m.group("word").lower()))
        form = _WORDS.get(key)
    if form is None:
        return None
    expr = form.expr
    power = m.group("pow")
    if m.group("sq"):
        expr = f"({expr})**{2 if m.group('sq').lower().startswith('s') else 3}"
    elif power:
        p = power.strip().lower()
        exponent = 3 if p in {"3", "^3", "\u00b3", "cubed"} else 2
        if "/" in expr:  # "m/s2": the power belongs to the denominator
            top, bottom = expr.split("/", 1)
            expr = f"({top})/({bottom})**{exponent}"
        else:
            expr = f"({expr})**{exponent}"
    den = m.group("dsym") or m.group("dword")
    if den:
        if m.group("dsym"):
            dform = _EXACT.get(den) or (
                _UnitForm(_TIME_SYMBOLS[den], "") if den in _TIME_SYMBOLS else None
            )
        else:
            dkey = den.lower()
            dform = _WORDS.get(dkey) or (
                _UnitForm(dkey.rstrip("s"), "") if dkey.rstrip("s") in {
                    "hour", "day", "second", "minute"} else None
            )
        if dform is None:
            return None
        dexpr = dform.expr
        if m.group("dpow"):
            dexpr = f"({dexpr})**{3 if m.group('dpow') in {'3', '^3', '³'} else 2}"
        expr = f"({expr})/({dexpr})"
    unit = parse_unit(expr)
    if unit is None:
        return None
    return unit, form.flags


def _ambiguous_ok(text: str, n: Num, m: re.Match[str], prev: _Q | None) -> bool:
    sym = m.group("sym") or ""
    gap = m.group("gap")
    attached = gap == ""
    raw = text[n.start:n.end]
    if sym in {"in"}:
        return (prev is not None and prev.end >= n.start - 3) or bool(
            _INCH_CONTEXT.match(text, m.end())
        )
    if sym in {"pm", "am"}:
        return "." in raw and not _CLOCK.fullmatch(raw)
    if sym == "m":
        return not _PLURAL_AFTER.match(text, m.end())
    if sym == "K":
        # "573.15K" and "300 K" are kelvins; "300K" is 300 thousand and "10-K" a form.
        return ("." in raw and "-" not in gap) or (gap != "" and not gap.strip())
    if sym in {"C", "F"}:
        # "30 C", "-10C" are degrees; "13F filing", "F-Series" are names. A glued "95F" is a
        # temperature where the sentence talks about the weather.
        return "-" not in gap and text[m.end():m.end() + 1] != "-" and not (
            sym == "F" and attached and not _TEMPERATURE_CUE.search(
                text, max(0, n.start - 80), min(len(text), m.end() + 80))
        )
    form = _EXACT.get(sym)
    if form is not None and "a" in form.flags and not attached:
        # "240 V" and "60 W" are units; "5 W Street" or "3 J Smith" are not.
        rest = text[m.end():m.end() + 2]
        return not (rest[:1] == " " and rest[1:2].isupper())
    return True


@with_plain_spaces
def find_quantities(text: str) -> list[Mention]:
    """Physical quantities in ``text``, sorted by start."""
    nums = [n for n in find_numbers(text) if n.kind not in {"ordinal"}]
    qs: list[_Q] = []
    ends = {n.end for n in nums}
    for n in nums:
        if n.start > 0 and (text[n.start - 1].isalpha() or (
            text[n.start - 1] == "-" and n.start > 1 and text[n.start - 2].isalnum()
            and (n.start - 1) not in ends  # "6-8 inches" is a range, "A-8" a name
        )):
            continue
        m = _AFTER.match(text, n.end)
        if m is None:
            pm = _PLUS_MINUS.match(text, n.end)
            if pm is not None:
                m = _AFTER.match(text, pm.end())
        if m is not None and (m.group("sym") or m.group("word")):
            prev = qs[-1] if qs else None
            if m.group("sym") and not _ambiguous_ok(text, n, m, prev):
                m = None
        if (m is None or not (m.group("sym") or m.group("word"))) and n.kind == "fraction":
            om = _OF_A.match(text, n.end)
            if om is not None:
                m = _AFTER.match(text, om.end() - 1)
        if m is None or not (m.group("sym") or m.group("word")):
            qm = _INCH_QUOTE.match(text, n.end)
            if qm is not None and n.kind in {"numeral", "fraction"}:
                inch = parse_unit("inch")
                assert inch is not None
                qs.append(_Q(n.start, qm.end(), n.value, n.precision, inch, num_start=n.start))
            continue
        resolved = _resolve(m)
        if resolved is None:
            continue
        unit, _flags = resolved
        qs.append(_Q(n.start, m.end(), n.value, n.precision, unit, num_start=n.start))
    spans = sorted((q.start, q.end) for q in qs)
    for am in _ARTICLE.finditer(text):
        k = bisect.bisect_left(spans, (am.start(), -1))
        if (k < len(spans) and spans[k][0] < am.end()) or (
            k > 0 and spans[k - 1][1] > am.start()
        ):
            continue
        word = am.group("word").lower()
        if am.group("a") and am.group("a").lower() != "one" and (
            (word in _SERVINGS and _OF_A.match(text, am.end()))
            or _PRICE_OF.search(text, max(0, am.start() - 16), am.start())
            or (k > 0 and not text[spans[k - 1][1]:am.start()].strip())
        ):
            continue  # "a cup of coffee", "the price of a litre", "52 bushels an acre"
        key = re.sub(r"\s+", " ", word)
        form = _WORDS.get(key) or (_EXACT.get(key) if key in {"lb", "lbs"} else None)
        if form is None:
            continue
        unit_ = parse_unit(form.expr)
        if unit_ is None:
            continue
        value = Decimal(1) if am.group("a") else _FRACTIONS[am.group("frac").lower()]
        qs.append(_Q(am.start(), am.end(), value, Decimal(0), unit_, num_start=am.start()))
    for fm in _FEET_INCHES.finditer(text) if "'" in text or "\u2032" in text else ():
        inch = parse_unit("inch")
        assert inch is not None
        value = Decimal(fm.group("ft")) * 12 + Decimal(fm.group("in"))
        qs = [q for q in qs if not (fm.start() <= q.start < fm.end())]
        qs.append(_Q(fm.start(), fm.end(), value, Decimal("0.5"), inch, num_start=fm.start()))
    for zm in _ABSOLUTE_ZERO.finditer(text) if "bsolute" in text else ():
        kelvin = parse_unit("kelvin")
        assert kelvin is not None
        qs.append(_Q(zm.start(), zm.end(), Decimal(0), Decimal(0), kelvin, num_start=zm.start()))
    qs.sort(key=lambda q: q.start)
    for q in qs:
        hm = _AND_A_HALF.match(text, q.end)
        if hm is not None:
            q.value += Decimal("0.5")
            q.end = hm.end()
            q.precision = Decimal(0)
    qs = _merge(text, nums, qs)
    out: list[Mention] = []
    for q in qs:
        start, end, bound = q.start, q.end, q.bound
        if bound is Bound.EXACT:
            hb = hedge_before(text, start)
            if hb is not None:
                start, bound = hb
            ba = bound_after(text, end)
            if ba is not None and bound is Bound.EXACT:
                end, bound = ba
        out.append(Mention(Kind.QUANTITY, start, end, text[start:end],
                           Amount(q.value, bound, q.precision, q.high), unit_name(q.unit)))
    return out


def _dimension(unit: pint.Unit) -> str:
    return str(unit.dimensionality)


def _merge(text: str, nums: list[Num], qs: list[_Q]) -> list[_Q]:
    """Join compounds ("5 ft 2 in") and ranges ("44 mg to 50 mg", "10-20 km")."""
    out: list[_Q] = []
    by_end = {n.end: n for n in nums}
    for q in qs:
        if out:
            p = out[-1]
            gap = text[p.end:q.start]
            # Compound: same dimension, a smaller unit follows ("7 feet, 10 inches").
            if p.bound is Bound.EXACT and _COMPOUND_SEP.fullmatch(gap) and (
                _dimension(p.unit) == _dimension(q.unit) in _COMBINABLE
            ):
                try:
                    ratio = Decimal(str(ureg.Quantity(1, p.unit).to(q.unit).magnitude))
                except pint.errors.PintError:  # pragma: no cover - same dimension
                    ratio = Decimal(0)
                if ratio > 1:
                    out[-1] = _Q(p.start, q.end, p.value * ratio + q.value, q.precision,
                                 q.unit, num_start=p.num_start)
                    continue
            # Range with units on both ends.
            rm = _RANGE.fullmatch(gap)
            if rm is not None and p.bound is Bound.EXACT and p.unit == q.unit and (
                gap.strip().lower() != "and" or BETWEEN_BEFORE.search(
                    text, max(0, p.start - 12), p.start)
            ) and not is_change(text, p.start, p.value, q.value, gap, True):
                lo, hi = sorted((p.value, q.value))
                start = p.start
                bw = BETWEEN_BEFORE.search(text, max(0, p.start - 12), p.start)
                if bw is not None:
                    start = bw.start()
                out[-1] = _Q(start, q.end, lo, max(p.precision, q.precision), q.unit,
                             Bound.RANGE, hi, p.num_start)
                continue
        # Range whose first end is a bare number: "8- to 16-meter", "10-20 km".
        rng = re.search(r"(?:-|\u2013|—|to|and)[ \t]*\Z", text[max(0, q.start - 8):q.start])
        if rng is not None:
            sep_start = q.start - (len(text[max(0, q.start - 8):q.start]) - rng.start())
            head = text[:sep_start].rstrip(" \t-")
            first = by_end.get(len(head))
            if first is not None and first.kind in {"numeral", "words", "fraction"} and (
                not out or out[-1].end <= first.start
            ) and first.value < q.value and not (
                first.start > 0 and text[first.start - 1].isalnum()
            ):
                word = rng.group().strip(" \t-").lower()
                bw = BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start)
                if is_change(text, first.start, first.value, q.value, word, False):
                    # "rose from 20 to 25 degrees": the old level, in the same unit.
                    out.append(_Q(first.start, first.end, first.value, first.precision, q.unit,
                                  num_start=first.start))
                elif word != "and" or bw is not None:
                    start = bw.start() if bw is not None else first.start
                    q = _Q(start, q.end, first.value, max(first.precision, q.precision),
                           q.unit, Bound.RANGE, q.value, first.start)
        out.append(q)
    return out
