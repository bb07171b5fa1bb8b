"""Find dates in text: absolute, spelled out, and relative to the publication date.

``find_dates(text, published)`` returns :class:`~factcheck.model.Mention` objects of kind
``date`` whose value is a :class:`~factcheck.model.DateValue` carrying the granularity the
writer used. Dates are compared at the coarser granularity of two, so we never invent
precision: "March 2026" is a month, "fiscal 2024" a year, "Q2 2026" a quarter.

How it works, and why:

* dateparser scans text at ~0.02 MB/s, far too slow for a corpus. So candidate spans are found
  with compiled regular expressions (month and weekday names, numeric date shapes, quarters,
  years after a cue word, relative words, holiday names from ``data/holidays.json``) and the
  common shapes are parsed here directly. Only odd-looking leftovers (a span with a year and a
  month name or a three-part numeric date that no rule understood, e.g. "14-Mar-2019") go to
  dateparser, one short span at a time, through an ``lru_cache`` keyed on (span, published).
* One pass over the words of the text sorts trigger words into classes (digits, month names,
  weekdays, number words, relative words, holiday names); each rule runs only in the windows
  around its own triggers, so prose without dates costs little more than that one pass.
* Relative expressions ("last week", "on Thursday", "in February", "the fourth quarter") need
  an anchor date. Without ``published`` they are not emitted: guessing today's date would make
  the output depend on when the code runs.
* News mostly reports what already happened, so a bare "on Thursday" or "in February" resolves
  to the most recent one not after publication, unless the clause is about the future ("will",
  "is scheduled to", "next"), in which case the next one is taken. A bare phrase with no clause
  around it at all (an agenda line) is read as upcoming.
* Holidays whose date follows from the year (fixed days, nth weekdays, Easter and Orthodox
  Easter offsets, Chinese New Year from the new moon, the Hebrew calendar and the tabular
  Islamic calendar) come from a data table; Hindu festivals are not attempted. Hebrew and
  Islamic days begin at sunset, so those holidays start on the evening before (the tabular
  Islamic calendar can be a day off the observed date).
* "next Friday" is the Friday of next week, "this Friday" the coming one, "last Friday" the
  most recent one; "the fourth quarter" / "H2" without a year is the one of the publication
  year if it has started, else the year before.

Granularity decisions (documented because the model has only year/quarter/month/day):

* A half year ("H1 2025", "the first half of 2025") is a YEAR-granularity value whose start/end
  cover the six months: its ISO string is the year, which is the finest honest label, while the
  interval still tells H1 from H2.
* A run of months that makes up a calendar quarter ("April-to-June", "July-September 2025") is
  that quarter, and one that makes up a half ("January to June") is that half-year; any other
  run ("January to September") stays its two months.
* A week ("last week") is a DAY-granularity value spanning Monday..Sunday; its ISO string is the
  Monday.
* "N days/weeks/months/years ago" (and "in N ...", "N ... from now") is the exact shifted day,
  as the reference corpora label it; the comparison layer should treat such offsets as
  approximate.
* A year range "2024-2025" yields one YEAR mention per year; "2011-12" is such a range, while
  "2016-12" (a month that cannot be the next year) is December 2016.
* "upcoming two days" / "2 upcoming months" is that unit n steps ahead at its granularity
  (after "the", "next" or "over" it is a stretch of time and is not emitted).
* Decades ("the 1990s") are not emitted.
* "Build 2026"-style event names are not special-cased: a capitalised name followed by a year is
  only a date when a preposition or other year cue introduces the year.
"""

from __future__ import annotations

import bisect
import calendar
import contextlib
import datetime as dt
import functools
import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.model import DateValue, Granularity, Kind, Mention

__all__ = ["find_dates", "parse_date_span"]

_I = re.IGNORECASE

# --------------------------------------------------------------------------- vocabulary

# Spelled out here rather than taken from ``calendar.month_name``, which follows the locale.
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS: dict[str, int] = {}
for _i, _name in enumerate(_MONTH_NAMES, start=1):
    _MONTHS[_name] = _MONTHS[_name[:3]] = _i
_MONTHS["sept"] = 9

_WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(_DAY_NAMES):
    _WEEKDAYS[_name] = _WEEKDAYS[_name[:3]] = _i
_WEEKDAYS.update({"tues": 1, "thur": 3, "thurs": 3})
# Abbreviations that are also everyday words ("sat", "sun", "wed", "mon"): only accepted when
# written like an abbreviation (capitalised, with a period) or inside a fuller date.
_AMBIGUOUS_WD = {"mon", "wed", "sat", "sun"}

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
_WORD_VALUES = {**_UNITS, **_TENS, **_ORDINALS, "a": 1, "an": 1, "couple": 2, "few": 3}

# --------------------------------------------------------------------------- regex fragments

_MON_ALT = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_WD_ALT = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
           r"|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun")
_UNIT_W = r"one|two|three|four|five|six|seven|eight|nine"
_TEEN_W = (r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
           r"|nineteen")
_TENS_W = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_CARD99 = rf"(?:(?:{_TENS_W})(?:[\s-](?:{_UNIT_W}))?|{_TEEN_W}|{_UNIT_W})\b"
_ORD_UNIT = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_DAY_ORD_W = (rf"(?:(?:twenty|thirty)[\s-]?(?:{_ORD_UNIT})|{_ORD_UNIT}|tenth|eleventh|twelfth"
              r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
              r"|twentieth|thirtieth)\b")
_DAY_CARD_W = rf"(?:(?:twenty|thirty)[\s-](?:{_UNIT_W})|{_TEEN_W}|twenty|thirty|{_UNIT_W})\b"
_YEAR_W = (rf"(?:two\s+thousand(?:\s+and)?(?:\s+{_CARD99})?"
           rf"|(?:{_TEEN_W}|twenty)\s+(?:hundred(?:\s+and)?(?:\s+{_CARD99})?|{_CARD99}))")


def _mon(g: str = "m") -> str:
    # A period belongs to an abbreviation ("Sept."), never to a full name ("in May.",
    # "on 28 October.").
    return (rf"(?P<{g}>{_MON_ALT})(?![a-z])(?:(?<=[a-z]{{3}})(?<!may)(?<!june)(?<!july)"
            rf"(?<!uary)(?<!march)(?<!april)(?<!ust)(?<!mber)(?<!ober)\.)?")


def _wd(g: str = "wd") -> str:
    return rf"(?P<{g}>{_WD_ALT})(?![a-z])(?:(?<!day)\.)?"


def _day(g: str = "d", words: bool = True) -> str:
    num = rf"(?P<{g}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d)(?!\d)"
    if not words:
        return num
    return rf"(?:{num}|(?P<{g}w>{_DAY_ORD_W}|{_DAY_CARD_W}))"


def _year(g: str = "y") -> str:
    return rf"(?:(?P<{g}>1[5-9]\d\d|20\d\d|21\d\d)(?![\d%]|\.\d|,\d)|(?P<{g}w>{_YEAR_W}))"


# Words that mark a year-like number as a year.
_YEAR_CUE = (r"in|by|since|of|from|until|till|throughout|through|thru|during|before|after"
             r"|around|circa|early|late|mid|end|start|beginning|spring|summer|autumn|fall|winter|year"
             r"|between|the|its|their|his|her|our|a|this|last|next|for|as\s+of|ending|ended"
             r"|closed|finished"
             r"|fiscal|calendar|season|class")

# --------------------------------------------------------------------------- value helpers


def _day_value(d: dt.date) -> DateValue:
    return DateValue(d, d, Granularity.DAY)


def _month_value(y: int, m: int) -> DateValue:
    last = calendar.monthrange(y, m)[1]
    return DateValue(dt.date(y, m, 1), dt.date(y, m, last), Granularity.MONTH)


def _quarter_value(y: int, q: int) -> DateValue:
    first = dt.date(y, 3 * q - 2, 1)
    end_month = 3 * q
    return DateValue(first, dt.date(y, end_month, calendar.monthrange(y, end_month)[1]),
                     Granularity.QUARTER)


def _year_value(y: int) -> DateValue:
    return DateValue(dt.date(y, 1, 1), dt.date(y, 12, 31), Granularity.YEAR)


def _half_value(y: int, h: int) -> DateValue:
    if h == 1:
        return DateValue(dt.date(y, 1, 1), dt.date(y, 6, 30), Granularity.YEAR)
    return DateValue(dt.date(y, 7, 1), dt.date(y, 12, 31), Granularity.YEAR)


def _week_value(any_day: dt.date) -> DateValue:
    monday = any_day - dt.timedelta(days=any_day.weekday())
    return DateValue(monday, monday + dt.timedelta(days=6), Granularity.DAY)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    if not (1 <= y <= 9999 and 1 <= m <= 12):
        return None
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return dt.date(y, m, d)


def _add_months(d: dt.date, n: int) -> dt.date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _easter(y: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def _orthodox_easter(y: int) -> dt.date:
    """Orthodox Easter Sunday (Meeus' Julian algorithm, shifted to the Gregorian calendar)."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian = dt.date(y, month, day + 1)
    return julian + dt.timedelta(days=y // 100 - y // 400 - 2)


# Hebrew and tabular Islamic calendars (Reingold & Dershowitz, "Calendrical Calculations");
# fixed day numbers are proleptic Gregorian ordinals, as date.toordinal() uses.
_HEBREW_EPOCH = -1373427
_ISLAMIC_EPOCH = 227015


def _hebrew_leap(y: int) -> bool:
    return (7 * y + 1) % 19 < 7


@functools.cache
def _hebrew_elapsed(y: int) -> int:
    months = (235 * y - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


@functools.cache
def _hebrew_new_year(y: int) -> int:
    ny0, ny1, ny2 = _hebrew_elapsed(y - 1), _hebrew_elapsed(y), _hebrew_elapsed(y + 1)
    correction = 2 if ny2 - ny1 == 356 else (1 if ny1 - ny0 == 382 else 0)
    return _HEBREW_EPOCH + ny1 + correction


def _hebrew_month_length(m: int, y: int) -> int:
    year_days = _hebrew_new_year(y + 1) - _hebrew_new_year(y)
    if m in (2, 4, 6, 10, 13) or (m == 12 and not _hebrew_leap(y)):
        return 29
    if m == 8 and year_days not in (355, 385):
        return 29
    if m == 9 and year_days in (353, 383):
        return 29
    return 30


def _from_hebrew(y: int, m: int, d: int) -> dt.date:
    fixed = _hebrew_new_year(y) + d - 1
    last = 13 if _hebrew_leap(y) else 12
    months = [*range(7, last + 1), *range(1, m)] if m < 7 else list(range(7, m))
    fixed += sum(_hebrew_month_length(mm, y) for mm in months)
    return dt.date.fromordinal(fixed)


def _from_islamic(y: int, m: int, d: int) -> dt.date:
    return dt.date.fromordinal(d + 29 * (m - 1) + (6 * m - 1) // 11 + (y - 1) * 354
                               + (3 + 11 * y) // 30 + _ISLAMIC_EPOCH - 1)


def _hebrew_holiday(year: int, month: int | str, day: int, observed: str) -> dt.date | None:
    """The Gregorian date in ``year`` of a Hebrew-calendar date, with Israeli moving rules."""
    for hy in (year + 3760, year + 3761):
        m = (13 if _hebrew_leap(hy) else 12) if month == "adar" else int(month)
        d = _from_hebrew(hy, m, day)
        if d.year != year:
            continue
        wd = d.weekday()
        if observed == "sat_to_sun" and wd == 5:
            d += dt.timedelta(days=1)
        elif observed == "yom_hashoah":
            d += dt.timedelta(days={4: -1, 6: 1}.get(wd, 0))
        elif observed == "yom_haatzmaut":
            d += dt.timedelta(days={4: -1, 5: -2, 0: 1}.get(wd, 0))
        return d
    return None


def _islamic_holiday(year: int, month: int, day: int) -> dt.date | None:
    """First occurrence in ``year`` (a Gregorian year can hold two of the same Islamic date)."""
    guess = int((dt.date(year, 1, 1).toordinal() - _ISLAMIC_EPOCH) * 30 // 10631) + 1
    for iy in range(guess - 1, guess + 2):
        d = _from_islamic(iy, month, day)
        if d.year == year:
            return d
    return None


def _new_moon(k: int) -> float:
    """Julian Ephemeris Day of new moon number ``k`` (k=0 is 6 January 2000), Meeus,
    "Astronomical Algorithms" ch. 49, with the periodic terms above 0.0001 day."""
    t = k / 1236.85
    jde = (2451550.09766 + 29.530588861 * k + 0.00015437 * t * t
           - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4)
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    r = math.radians
    m = r(2.5534 + 29.1053567 * k - 0.0000014 * t * t)
    mp = r(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t ** 3)
    f = r(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t ** 3)
    om = r(124.7746 - 1.56375588 * k + 0.0020672 * t * t)
    sin = math.sin
    jde += (-0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp)
            + 0.01039 * sin(2 * f) + 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m)
            + 0.00208 * e * e * sin(2 * m) - 0.00111 * sin(mp - 2 * f)
            - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m) - 0.00042 * sin(3 * mp)
            + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f)
            - 0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(om) - 0.00007 * sin(mp + 2 * m)
            + 0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mp + m - 2 * f)
            + 0.00003 * sin(2 * mp + 2 * f) - 0.00003 * sin(mp + m + 2 * f)
            + 0.00003 * sin(mp - m + 2 * f) - 0.00002 * sin(mp - m - 2 * f)
            - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp))
    return jde


_IST = 5.5 / 24  # Indian Standard Time, in days after UT


def _sun_longitude(jd: float) -> float:
    """The Sun's apparent ecliptic longitude in degrees (Meeus, "Astronomical Algorithms"
    ch. 25, good to 0.01 degree: about a quarter of an hour of the Sun's motion)."""
    t = (jd - 2451545.0) / 36525
    m = math.radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
    c = ((1.914602 - 0.004817 * t - 0.000014 * t * t) * math.sin(m)
         + (0.019993 - 0.000101 * t) * math.sin(2 * m) + 0.000289 * math.sin(3 * m))
    omega = math.radians(125.04 - 1934.136 * t)
    return (280.46646 + 36000.76983 * t + 0.0003032 * t * t + c - 0.00569
            - 0.00478 * math.sin(omega)) % 360


def _sankranti(year: int, longitude: float, sunset: bool) -> dt.date:
    """The day (in India) on which the Sun enters the sidereal sign starting at
    ``longitude`` (Lahiri ayanamsa): 270 is Makara (Capricorn), 0 is Mesha (Aries). With
    ``sunset`` an entry after sunset (taken as 18:00 IST) is kept on the next day, as the
    Makar Sankranti and Tamil calendars do; Vaisakhi keeps the civil day of the entry."""
    approx = dt.date(year, 1, 14) + dt.timedelta(days=(longitude - 270) % 360 * 365.2422 / 360)
    jd = approx.toordinal() + 1721424.5
    for _ in range(4):
        ayanamsa = 23.85306 + 1.39697 * (jd - 2451545.0) / 36525
        sidereal = (_sun_longitude(jd) - ayanamsa) % 360
        jd += ((longitude - sidereal + 180) % 360 - 180) / 0.98565
    local = jd + 0.5 + _IST  # days since the civil midnight that starts the Julian day
    day = dt.date.fromordinal(math.floor(local) - 1721425)
    return day + dt.timedelta(days=1) if sunset and local % 1 >= 0.75 else day


def _lunar_new_year(year: int) -> dt.date:
    """Chinese New Year: the new moon (China time, UTC+8) falling 21 January..20 February.
    Right for the usual case of the second new moon after the winter solstice."""
    k = math.floor((year - 2000) * 12.3685) - 1
    while True:
        jd = _new_moon(k) + 8 / 24  # UTC+8; Delta T (about a minute) is ignored
        d = dt.date.fromordinal(math.floor(jd + 0.5) - 1721425)
        if d >= dt.date(year, 1, 21):
            return d
        k += 1


# --------------------------------------------------------------------------- number words


def _words(s: str) -> list[str]:
    return [t for t in re.split(r"[\s-]+", s.lower()) if t and t != "and"]


def _small_number(tokens: list[str]) -> int | None:
    """"twenty five" -> 25, "thirty-first" -> 31, "7" -> 7; None if not a number < 100."""
    if not tokens:
        return None
    total = 0
    for t in tokens:
        if t.isdigit():
            total += int(t)
            continue
        v = _WORD_VALUES.get(t)
        if v is None:
            return None
        total += v
    return total if total < 100 else None


def _year_from_words(s: str) -> int | None:
    """"two thousand and five" -> 2005, "nineteen eighty six" -> 1986, "seventeen hundred
    thirty three" -> 1733; None for anything that is not a plausible spelled-out year."""
    toks = _words(s)
    if len(toks) >= 2 and toks[0] == "two" and toks[1] == "thousand":
        rest = _small_number(toks[2:]) if toks[2:] else 0
        return None if rest is None else 2000 + rest
    if len(toks) < 2:
        return None
    head = _UNITS.get(toks[0]) or _TENS.get(toks[0])
    if head is None or not 11 <= head <= 20:
        return None
    if toks[1] == "hundred":
        rest = _small_number(toks[2:]) if toks[2:] else 0
    else:
        rest = _small_number(toks[1:])
        if rest is not None and rest < 10:
            return None
    return None if rest is None else head * 100 + rest


def _day_number(s: str) -> int | None:
    s = s.lower()
    digits = re.match(r"\d+", s)
    if digits:
        return int(digits.group())
    return _small_number(_words(s))


# --------------------------------------------------------------------------- context

def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Tense cues are looked up word by word (a set lookup per word, not a regex alternation per
# character): this runs once for every bare weekday or month name in a corpus.
_FUTURE_WORDS = _wordset(
    "will shall scheduled slated upcoming coming would until till please tomorrow next "
    "let's")
_FUTURE_PAIRS = frozenset(
    tuple(p.split()) for p in (
        "going to", "plan to", "plans to", "planning to", "expected to", "set to", "due to",
        "due on", "due in", "aim to", "aims to", "intend to", "intends to", "let us", "can you",
        "could you"))
# Past tense: auxiliaries, reporting verbs, regular "-ed" forms and the irregular past forms
# that news uses most ("shares fell", "the company sold").
_PAST_WORDS = _wordset(
    "was were had did said ago last yesterday previous earlier rose fell grew sold bought "
    "paid made took gave came went saw won lost led met left began told held kept spent "
    "built brought thought wrote ran became struck chose drove flew knew threw shot sent "
    "stood felt found heard meant sought taught broke spoke stole froze hit cut quit shut "
    "split fought got dealt lent slid sank swung woke wore forgot overtook undertook "
    "withdrew arose bore beat bit bled bred caught clung crept dug fed fled flung forbade "
    "forgave hid hung laid leapt lit rang rode sang sat shook shone slept spun sprang "
    "stuck stung strove swore swept swam tore understood wept wound")
# Words that do not make a clause: prepositions, counts, time units and times of day
# ("three days after", "Thursday night").
_NON_CONTENT = _wordset(
    "in on at by of or and the for from during until till since to this that next last "
    "before after around a an one two three four five six seven eight nine ten couple few "
    "day days week weeks month months year years fortnight fortnights now hence morning "
    "afternoon evening night noon midnight am pm")
# "-ed" words that are not verbs in the past tense.
_NOT_PAST_ED = _wordset("hundred kindred sacred naked wicked rugged ragged hatred infrared embed")
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")


def _tense(words: list[str]) -> list[int]:
    """+1 for a future cue, -1 for a past cue, 0 otherwise, per (lower-cased) word."""
    out = [0] * len(words)
    for i, w in enumerate(words):
        if w in _FUTURE_WORDS or w.endswith(("'ll", "\u2019ll")):
            out[i] = 1
        elif i and (words[i - 1], w) in _FUTURE_PAIRS:
            out[i - 1], out[i] = 0, 1
        elif (w in _PAST_WORDS or (len(w) >= 5 and w.endswith("ed") and not w.endswith("eed")
                                   and w not in _NOT_PAST_ED)) and not (
                i and words[i - 1] == "be"):
            # A participle after "be" ("will be sold") is not past tense.
            out[i] = -1
    return out


@dataclass(frozen=True, slots=True)
class _Ctx:
    text: str
    published: dt.date | None

    def future(self, start: int, end: int) -> bool:
        """Does the clause around [start, end) talk about the future? Decides whether a bare
        "Thursday" or "February" is the next one or the last one.

        With no tense cue, news prose defaults to the past; only a bare phrase with no clause
        around it (a calendar entry, an agenda line: "during March", "or in a week?") is read
        as upcoming.
        """
        return self.tense(start, end) > 0

    def alone(self, start: int, end: int) -> bool:
        """Is [start, end) all the words of the text (a calendar entry, a heading)?"""
        return not (_WORD.search(self.text, 0, start) or _WORD.search(self.text, end))

    def tense(self, start: int, end: int) -> int:
        """+1 future, -1 past, 0 unknown, for the text around [start, end).

        Cues are looked for in widening circles: the clause before the expression (back to a
        comma or semicolon), the clause after it, then the rest of the sentence before and
        after. The nearest cue wins. A bare phrase with no other words is +1.
        """
        before = self.text[max(0, start - 90):start]
        cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "), before.rfind("\n"))
        if cut >= 0:
            before = before[cut + 1:]
        after = self.text[end:end + 90]
        for stop in ".?!\n":
            k = after.find(stop)
            if k >= 0:
                after = after[:k]
        clause_cut = max(before.rfind(","), before.rfind(";"))
        clause_before = before[clause_cut + 1:]
        clause_after = re.split(r"[,;]", after, maxsplit=1)[0]
        for part, backwards in ((clause_before, True), (clause_after, False),
                                (before[:clause_cut + 1], True), (after, False)):
            cues = _tense([w.lower() for w in _WORD.findall(part)])
            for cue in (reversed(cues) if backwards else cues):
                if cue:
                    return cue
        words = _WORD.findall(before + " " + after)
        return 1 if not any(len(w) > 1 and w.lower() not in _NON_CONTENT for w in words) else 0


def _infer_year(month: int, day: int | None, ref: dt.date, future: bool,
                weekday: int | None = None) -> int:
    """Year for a month (and day) written without one: the occurrence nearest the reference
    date on the side the sentence points to, or, when a weekday is given, the nearest year in
    which that day falls on that weekday."""
    if weekday is not None and day is not None:
        best: tuple[int, int] | None = None
        for y in range(ref.year - 6, ref.year + 7):
            d = _safe_date(y, month, day)
            if d is not None and d.weekday() == weekday:
                dist = abs((d - ref).days)
                if best is None or dist < best[0]:
                    best = (dist, y)
        if best is not None:
            return best[1]
    probe = _safe_date(ref.year, month, day or 1) or dt.date(ref.year, month, 28)
    if day is None:
        cur = (ref.year, ref.month)
        if future:
            return ref.year if (ref.year, month) >= cur else ref.year + 1
        return ref.year if (ref.year, month) <= cur else ref.year - 1
    if future:
        return ref.year if probe >= ref else ref.year + 1
    return ref.year if probe <= ref else ref.year - 1


def _two_digit_year(yy: int, ref: dt.date | None) -> int:
    pivot = ((ref.year if ref else 2026) % 100) + 10
    return 2000 + yy if yy <= pivot else 1900 + yy


# --------------------------------------------------------------------------- rules

Handler = Callable[[re.Match[str], _Ctx], DateValue | None]


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    regex: re.Pattern[str]
    handler: Handler
    needs_ref: bool = False


_RULES: list[_Rule] = []


def _rule(name: str, pattern: str, *, needs_ref: bool = False, flags: int = _I,
          ) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        _RULES.append(_Rule(name, re.compile(pattern, flags), fn, needs_ref))
        return fn
    return deco


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _year_of(m: re.Match[str], ctx: _Ctx, g: str = "y") -> int | None:
    digits = _g(m, g)
    if digits:
        return int(digits)
    words = _g(m, g + "w")
    if words:
        return _year_from_words(words)
    yy = _g(m, "yy")
    if yy:
        return _two_digit_year(int(yy), ctx.published)
    return None


def _day_of(m: re.Match[str], g: str = "d") -> int | None:
    s = _g(m, g) or _g(m, g + "w")
    return None if s is None else _day_number(s)


def _month_of(m: re.Match[str], g: str = "m") -> int | None:
    s = _g(m, g)
    if s is None:
        return None
    return _MONTHS.get(s.lower().rstrip("."))


def _weekday_of(m: re.Match[str], g: str = "wd") -> int | None:
    s = _g(m, g)
    return None if s is None else _WEEKDAYS.get(s.lower().rstrip("."))


def _full_date(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """Month name + day, with or without a year (and an optional weekday as a check)."""
    month, day = _month_of(m), _day_of(m)
    if month is None or day is None:
        return None
    year = _year_of(m, ctx)
    weekday = _weekday_of(m)
    if weekday is None:
        weekday = _weekday_of(m, "wd2")
    if year is None:
        if ctx.published is None:
            return None
        if not _plausible_bare_month_day(m, ctx.text):
            return None
        year = _infer_year(month, day, ctx.published, ctx.future(m.start(), m.end()), weekday)
    d = _safe_date(year, month, day)
    return None if d is None else _day_value(d)


def _plausible_bare_month_day(m: re.Match[str], text: str) -> bool:
    """"they march 3 miles", "we may 2 ..." are verbs: a lower-case "may"/"march" with a bare
    number needs a written ordinal, a capital, or nothing but punctuation after it."""
    word = m.group("m")
    if not (word.lower() in {"may", "mar", "march"} and word.islower()):
        return True
    if _g(m, "dw") or re.search(r"(?:st|nd|rd|th)\b", m.group(), _I):
        return True
    return not re.match(r"\s*[A-Za-z0-9]", text[m.end():m.end() + 3])


_WD_OPT = rf"(?:{_wd()}\s*(?:[,-]\s*)?)?"
_YEAR_TAIL = rf"(?:\s*(?:,\s*)?(?:of\s+|in\s+)?(?:{_year()}|'(?P<yy>\d\d)\b))"

_rule("month_day_year",
      rf"(?<![\w$]){_WD_OPT}{_mon()}(?:[\s-]*|/)(?:the\s+)?{_day()}{_YEAR_TAIL}?"
      rf"(?:\s*,\s*(?P<wd2>{_WD_ALT})\b)?(?![\w/]|\.\d|:\d)")(_full_date)

_rule("day_month_year",
      rf"(?<![\w$.,/]){_WD_OPT}(?:the\s+)?{_day()}(?:\s+day)?\s*(?:(?:of\s|[-/])\s*)?"
      rf"{_mon()}{_YEAR_TAIL.replace('(?:of', '(?:-|/|of')}?(?![\w/]|\.\d)")(_full_date)


@_rule("month_year",
       rf"(?<![\w$]){_mon()}[\s,/-]*(?:of\s+|in\s+)?(?:{_year()}|'(?P<yy>\d\d)\b"
       r"|(?<=of\s)(?P<yo>\d\d)\b)(?![\w/-]|\.\d)")
def _month_year(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    month = _month_of(m)
    year = _year_of(m, ctx)
    yo = _g(m, "yo")
    if year is None and yo:
        year = _two_digit_year(int(yo), ctx.published)
    if month is None or year is None:
        return None
    return _month_value(year, month)


@_rule("year_month", rf"(?<![\w$.,/-])(?P<y>1[5-9]\d\d|20\d\d)(?:\s*,\s*|\s+){_mon()}"
                     rf"(?:\s+{_day(words=False)}(?![\w%]))?(?!\s*\d)")
def _year_month(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"2017 April", "2016 November 3rd"."""
    month = _month_of(m)
    if month is None:
        return None
    year = int(m.group("y"))
    if m.group("d"):
        d = _safe_date(year, month, int(m.group("d")))
        return None if d is None else _day_value(d)
    return _month_value(year, month)


@_rule("year_mon_day",
       rf"(?<![\w$.,/-])(?P<y>1[5-9]\d\d|20\d\d)[/-]{_mon()}[/-](?P<d>3[01]|[12]\d|0?[1-9])"
       r"(?![\w/]|\.\d)")
def _year_mon_day(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    month, day = _month_of(m), _day_of(m)
    d = None if month is None or day is None else _safe_date(int(m.group("y")), month, day)
    return None if d is None else _day_value(d)


_NUM_LEFT = r"(?<![\w$€£.,/:+])(?<!\d[-\s])"
_NUM_RIGHT = r"(?![\w/%:]|[.,-]\d|\s*(?:%|percent))"


@_rule("iso", rf"{_NUM_LEFT}(?P<y>1[5-9]\d\d|20\d\d)(?P<s>[-/.])(?P<mn>1[0-2]|0?[1-9])"
              rf"(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])(?:(?=T\d\d:)|{_NUM_RIGHT})")
def _iso(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    d = _safe_date(int(m.group("y")), int(m.group("mn")), int(m.group("d")))
    return None if d is None else _day_value(d)


@_rule("compact", r"(?<![\d+])(?<!\d[-.])(?P<y>19\d\d|20\d\d)(?P<mn>1[0-2]|0[1-9])"
                  r"(?P<d>3[01]|[12]\d|0[1-9])(?!\d|[-.]\d)")
def _compact(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    d = _safe_date(int(m.group("y")), int(m.group("mn")), int(m.group("d")))
    return None if d is None else _day_value(d)


@_rule("us_numeric", rf"{_NUM_LEFT}(?P<mn>1[0-2]|0?[1-9])(?P<s>[/-])(?P<d>3[01]|[12]\d|0?[1-9])"
                     rf"(?P=s)(?P<y>\d{{4}}|\d\d){_NUM_RIGHT}")
def _us_numeric(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    ys = m.group("y")
    y = int(ys) if len(ys) == 4 else _two_digit_year(int(ys), ctx.published)
    d = _safe_date(y, int(m.group("mn")), int(m.group("d")))
    return None if d is None else _day_value(d)


@_rule("dotted_dmy", rf"{_NUM_LEFT}(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<mn>1[0-2]|0?[1-9])\."
                     rf"(?P<y>1[5-9]\d\d|20\d\d){_NUM_RIGHT}")
def _dotted(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    d = _safe_date(int(m.group("y")), int(m.group("mn")), int(m.group("d")))
    return None if d is None else _day_value(d)


@_rule("numeric_month_year", rf"{_NUM_LEFT}(?P<mn>1[0-2]|0?[1-9])[/-](?P<y>1[5-9]\d\d|20\d\d)"
                             rf"{_NUM_RIGHT}")
def _numeric_month_year(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    return _month_value(int(m.group("y")), int(m.group("mn")))


@_rule("iso_month", rf"{_NUM_LEFT}(?P<y>1[5-9]\d\d|20\d\d)-(?P<mn>0[1-9]|1[0-2]){_NUM_RIGHT}")
def _iso_month(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"2016-12" is December 2016, but "2011-12" is the span 2011 to 2012: when the two
    digits could be the next year, the range reading wins (news writes seasons and fiscal
    years that way)."""
    y, mn = int(m.group("y")), int(m.group("mn"))
    if mn > y % 100:
        return None
    return _month_value(y, mn)


@_rule("numeric_month_day",
       rf"(?:\b(?:on|by|until)\s+)?(?P<t>(?:\b(?P<mod>this|next)\s+)?{_WD_OPT}"
       rf"(?<![\w$€£.,/:+-])(?P<mn>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])){_NUM_RIGHT}",
       needs_ref=True)
def _numeric_month_day(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"on 5/12", "this Friday 5/12": a month/day pair is only a date with such a lead-in,
    since "5/12" alone is as likely a fraction or a score. "this" means this year."""
    assert ctx.published is not None
    if m.group() == m.group("mn") + "/" + m.group("d") and not m.group("wd"):
        return None
    if m.start("t") == m.start("mn") and m.start() == m.start("t"):
        return None
    month, day = int(m.group("mn")), int(m.group("d"))
    if (m.group("mod") or "").lower() == "this":
        year = ctx.published.year
    else:
        year = _infer_year(month, day, ctx.published, ctx.future(m.start(), m.end()))
    d = _safe_date(year, month, day)
    return None if d is None else _day_value(d)


_Q_ORD = r"first|second|third|fourth|final|last|1st|2nd|3rd|4th"
_Q_NUM = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
          "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_FISCAL = r"(?:(?:fiscal|financial)(?:\s+year)?\s*|FY\s*)?"


def _year_token(s: str, ctx: _Ctx) -> int:
    s = s.lstrip("'\u2019")
    return int(s) if len(s) == 4 else _two_digit_year(int(s), ctx.published)


@_rule("q_code", r"\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)(?:\s*(?:of\s+)?" + _FISCAL +
                 r"|[\s-]?['\u2019]?)(?P<y>(?:1[5-9]|2[01])\d\d|\d\d)\b(?![.,]\d)")
def _q_code(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    q = int(m.group("q") or m.group("q2"))
    return _quarter_value(_year_token(m.group("y"), ctx), q)


@_rule("q_words", rf"\b(?:the\s+)?(?P<q>{_Q_ORD})[\s-]+quarter(?:\s+of|,)?\s+{_FISCAL}"
                  r"(?P<y>(?:1[5-9]|2[01])\d\d)\b(?![.,]\d)")
def _q_words(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    return _quarter_value(int(m.group("y")), _Q_NUM[m.group("q").lower()])


@_rule("year_quarter", rf"\b{_FISCAL}(?P<y>(?:1[5-9]|2[01])\d\d)[\s-]*(?:Q(?P<q>[1-4])\b"
                       rf"|(?P<qw>{_Q_ORD})[\s-]+quarter\b)(?![.,]\d)")
def _year_quarter(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """Year first: "2026 Q2", "2026Q2", "fiscal year 2026 second quarter"."""
    q = int(m.group("q")) if m.group("q") else _Q_NUM[m.group("qw").lower()]
    return _quarter_value(int(m.group("y")), q)


@_rule("q_relative", rf"\b(?:the\s+)?(?P<q>{_Q_ORD}|Q[1-4])(?:[\s-]+quarter\b|(?=\W))"
                     r"(?P<of>\s+of\s+(?:the|this|(?P<rel>last|next))\s+(?:fiscal\s+|financial\s+)?"
                     r"year\b)?"
                     r"(?!\s+(?:of\s+)?(?:the\s+)?(?:\d|century|next|this|last|fiscal|FY))",
       needs_ref=True)
def _q_relative(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"the fourth quarter" / "Q4" without a year: the quarter of the publication year if it has
    started by then, else the same quarter a year earlier (results are reported after the
    fact). "the last quarter" without a number is the previous quarter; "of last year" and
    "of the year" name the year."""
    assert ctx.published is not None
    raw = m.group("q").lower()
    if m.group("of") and (raw in _Q_NUM or raw.startswith("q")):
        rel = (m.group("rel") or "").lower()
        year = ctx.published.year + {"last": -1, "next": 1}.get(rel, 0)
        return _quarter_value(year, int(raw[1]) if raw.startswith("q") else _Q_NUM[raw])
    if raw.startswith("q"):
        q = int(raw[1])
    elif raw == "last" and "quarter" in m.group().lower():
        ref = ctx.published
        cur = (ref.month - 1) // 3
        y, q0 = divmod(ref.year * 4 + cur - 1, 4)
        return _quarter_value(y, q0 + 1)
    elif raw in _Q_NUM and "quarter" in m.group().lower():
        q = _Q_NUM[raw]
    else:
        return None
    ref = ctx.published
    future = ctx.future(m.start(), m.end())
    year = ref.year
    if not future and dt.date(ref.year, 3 * q - 2, 1) > ref:
        year -= 1
    return _quarter_value(year, q)


@_rule("half", r"\b(?:H(?P<h>[12])\s*(?:FY\s*)?['\u2019]?(?P<y>(?:1[5-9]|2[01])\d\d|\d\d)"
               r"|(?:the\s+)?(?P<hw>first|second|1st|2nd)[\s-]+half\s+(?:of\s+)?" + _FISCAL +
               r"(?P<y2>(?:1[5-9]|2[01])\d\d))\b(?![.,]\d)")
def _half(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    h = int(m.group("h")) if m.group("h") else (1 if m.group("hw").lower() in {"first", "1st"}
                                                 else 2)
    y = _year_token(m.group("y") or m.group("y2"), ctx)
    return _half_value(y, h)


@_rule("half_relative", r"\b(?:(?:the\s+)?(?P<hw>first|second|1st|2nd)[\s-]+half\s+of\s+"
                        r"(?:the|this|(?P<rel>last|next))\s+(?:fiscal\s+|financial\s+)?year"
                        r"|H(?P<h>[12]))\b(?!\s*(?:FY|['\u2019]?\d))", needs_ref=True)
def _half_relative(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"H2", "the first half of the year", "the second half of last year": halves without a
    written year. A bare "H1" is the half of the publication year if it has started by then
    (else the year before), like a bare quarter. A plain "the second half" is left alone: in
    sports copy it is part of a game."""
    assert ctx.published is not None
    h = int(m.group("h")) if m.group("h") else (1 if m.group("hw").lower() in {"first", "1st"}
                                                 else 2)
    ref = ctx.published
    rel = (m.group("rel") or "").lower()
    if rel:
        return _half_value(ref.year + (1 if rel == "next" else -1), h)
    year = ref.year
    started = dt.date(ref.year, 6 * h - 5, 1) <= ref
    if m.group("h") and not started and not ctx.future(m.start(), m.end()):
        year -= 1
    return _half_value(year, h)


@_rule("fiscal_year", r"\b(?:(?:fiscal|financial)(?:\s+year)?|FY)\s*['\u2019]?"
                      r"(?P<y>(?:1[5-9]|2[01])\d\d|\d\d)\b(?![.,]\d)")
def _fiscal_year(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    return _year_value(_year_token(m.group("y"), ctx))


# ... a noun of things counted right after the number, or after one word that is no
# preposition or conjunction ("2019 new employees" is a count, "in 1889 by workers" a year)
_YEAR_RIGHT = (r"(?![\w%$€£]|[.,]\d|\s*(?:%|percent|per\s?cent)|\s+"
               r"(?:(?!(?:by|at|in|on|for|from|with|to|of|and|or|as|among|after|before|when)\s)"
               r"[a-z]+\s+)?"
               r"(?:people|persons|employees|workers|customers|users|units|jobs|shares|cars"
               r"|vehicles|homes|students|patients|members|dollars|euros|pounds|yen|points"
               r"|votes|deaths|cases|pieces|items|times|tons|tonnes|miles|km|feet|meters"
               r"|metres|words|pages|copies|stores|seats|troops|soldiers|residents|acres)\b)")


_YEAR_CUE_BEFORE = re.compile(
    rf"(?:\b(?:{_YEAR_CUE})(?:\s+the\s+year)?(?:\s+of)?[\s-]+|[a-z]['\u2019]s\s+|[a-z]s['\u2019]\s+"
    r"|\b(?:1[5-9]|20)\d\d,?\s+(?:and|or|to|until|through|versus|vs\.?)\s+)\Z", _I)


def _load_results_nouns() -> str:
    """``data/results_nouns.txt`` as one alternation ("revenue|sales|profit|...")."""
    path = Path(__file__).resolve().parent.parent / "data" / "results_nouns.txt"
    words = (w.strip() for w in path.read_text("utf-8").splitlines())
    return "|".join(sorted((re.escape(w) for w in words if w and w[0] != "#"), key=len,
                           reverse=True))


# ...or before a noun for a set of results ("posted 2025 revenue of", "its 2024 pre-tax
# profit"), up to two lower-case words apart: a year of results, never a count of them
_YEAR_CUE_AFTER = re.compile(
    rf"\s+(?:[a-z][a-z-]*\s+){{0,2}}?(?:{_load_results_nouns()})(?![\w-])")


@_rule("year_in_context", rf"(?<![\w$.,/])(?<!\d-)(?P<y>1[5-9]\d\d|20\d\d|21\d\d){_YEAR_RIGHT}")
def _year_in_context(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """A four-digit number is a year only after a cue ("in", "since", "mid-", "fiscal",
    "the") or before a noun for results ("2025 revenue"): "2019 customers" is a count. The
    cue is checked around the number so the regex can start on a digit, which keeps the scan
    fast."""
    if not _YEAR_CUE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()) and not (
        _YEAR_CUE_AFTER.match(ctx.text, m.end(), m.end() + 40)
    ):
        return None
    return _year_value(int(m.group("y")))


_SHORT_YEAR_CUE = re.compile(
    r"\b(?:in|since|by|from|until|through|during|of|early|late|mid-?)\s*\Z", _I)


@_rule("short_year", r"['\u2019](?P<yy>\d\d)\b(?!['\u2019]?s\b|[.,]\d|\s*%)")
def _short_year(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"in '08", "class of '99": a clipped year after a cue word (checked behind the match so
    the scan can start on the apostrophe)."""
    if not _SHORT_YEAR_CUE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    return _year_value(_two_digit_year(int(m.group("yy")), ctx.published))


@_rule("year_words_in_context",
       rf"\b(?:{_YEAR_CUE})(?:\s+the\s+year)?(?:\s+of)?\s+(?P<t>{_YEAR_W}){_YEAR_RIGHT}")
def _year_words_in_context(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    y = _year_from_words(m.group("t"))
    return None if y is None else _year_value(y)


@_rule("year_possessive", r"(?<![\w$.,-])(?P<t>(?P<y>1[5-9]\d\d|20\d\d))['\u2019]s\b")
def _year_possessive(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    return _year_value(int(m.group("y")))


@_rule("year_range", r"(?<![\w$.,/-])(?P<t>(?P<y>1[5-9]\d\d|20\d\d))"
                     r"(?:\s*(?:[-\u2013\u2014]|to|through)\s*(?P<y2>1[5-9]\d\d|20\d\d)|[-\u2013\u2014/](?P<y3>\d\d))(?![\w%/-]|[.,]\d)")
def _year_range(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """The first year of "2024-2025" / "2024-25"; the second is emitted by a companion
    pass (see ``_range_tail``) so that each year is its own mention."""
    y1, raw2 = int(m.group("y")), m.group("y2") or m.group("y3")
    y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
    if not 0 < y2 - y1 <= 30:
        return None
    return _year_value(y1)


# ----- relative expressions (need the publication date)

# "otd": "on this day", in social-media history posts.
_REL_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "otd": 0}


@_rule("relative_day",
       r"\b(?:(?:the\s+)?day\s+(?P<ba>before|after)\s+)?(?P<w>today|tonight|yesterday|tomorrow|otd"
       r"|this\s+(?:morning|afternoon|evening))\b", needs_ref=True)
def _relative_day(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    assert ctx.published is not None
    w = m.group("w").lower()
    off = _REL_DAYS.get(w, 0)
    ba = m.group("ba")
    if ba:
        off += -1 if ba.lower() == "before" else 1
    return _day_value(ctx.published + dt.timedelta(days=off))


_UNIT_MOD = r"last|this|next|previous|current|coming|the\s+current|the\s+previous|the\s+coming"


@_rule("relative_period",
       rf"\b(?:(?:earlier|later|early|late|mid-?)\s+)?(?:(?P<mod>{_UNIT_MOD})[\s-]+"
       r"(?P<u>week|month|year|quarter|weekend)|(?:the\s+)?(?P<u2>week|month|year)\s+after\s+next"
       r"|(?:(?:end|start|beginning|middle|rest|remainder)\s+of|(?:later|earlier)\s+in)"
       r"\s+the\s+(?P<u3>week|month|year|quarter)(?!\s+(?:\d|before|after|earlier|prior|when)))"
       r"\b(?!['\u2019]s\s|\s+of\b)", needs_ref=True)
def _relative_period(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"last week", "this quarter", "next year", "the week after next", "by the end of the
    year" (the current one). A "week's"/"week of" continuation is left to the weekday and
    holiday rules."""
    assert ctx.published is not None
    ref = ctx.published
    if m.group("u2"):
        mod, u = "after_next", m.group("u2").lower()
    elif m.group("u3"):
        mod, u = "this", m.group("u3").lower()
    else:
        mod, u = m.group("mod").lower().split()[-1], m.group("u").lower()
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1, "after_next": 2}.get(mod, 0)
    if u == "week":
        return _week_value(ref + dt.timedelta(weeks=step))
    if u == "weekend":
        sat = ref + dt.timedelta(days=(5 - ref.weekday()) % 7 + 7 * step)
        if step < 0 and ref.weekday() >= 5:
            sat += dt.timedelta(weeks=1)
        return DateValue(sat, sat + dt.timedelta(days=1), Granularity.DAY)
    if u == "month":
        d = _add_months(ref, step)
        return _month_value(d.year, d.month)
    if u == "quarter":
        y, q0 = divmod(ref.year * 4 + (ref.month - 1) // 3 + step, 4)
        return _quarter_value(y, q0 + 1)
    return _year_value(ref.year + step)


_COUNT = (rf"\d{{1,3}}|an?|{_CARD99}|a\s+couple\s+of|a\s+few|couple\s+of")
_DUR_UNIT = (r"days?|weeks?|fortnights?|months?|years?"
             r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days")
_DUR_PART = rf"(?:{_COUNT})\s+(?:{_DUR_UNIT})\b"
# One or more parts: "two weeks", "2 years 1 month 21 days", "a year and two months".
_DURATION = rf"(?P<dur>{_DUR_PART}(?:(?:\s*,\s*|\s+)(?:and\s+)?{_DUR_PART})*)"
_PART = re.compile(rf"(?P<n>{_COUNT})\s+(?P<u>{_DUR_UNIT})\b", _I)


def _count_value(s: str) -> int | None:
    s = s.lower()
    if s.isdigit():
        return int(s)
    toks = [t for t in _words(s) if t != "of"]
    if toks and toks[0] in {"a", "an"} and len(toks) > 1:
        toks = toks[1:]
    return _small_number(toks)


def _duration(s: str) -> list[tuple[int, str]] | None:
    """"2 years 1 month 21 days" -> [(2, "year"), (1, "month"), (21, "day")]; None if a count
    is not a number. A weekday count ("three Fridays") stands alone."""
    parts = []
    for m in _PART.finditer(s):
        n = _count_value(m.group("n"))
        if n is None:
            return None
        parts.append((n, m.group("u").lower().rstrip("s")))
    if not parts or (len(parts) > 1 and any(u in _WEEKDAYS for _, u in parts)):
        return None
    return parts


def _shift_date(ref: dt.date, n: int, unit: str) -> dt.date:
    if unit in _WEEKDAYS and n:  # "three Fridays from now": the third Friday after ref
        wd = _WEEKDAYS[unit]
        if n > 0:
            first = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
            return first + dt.timedelta(weeks=n - 1)
        last = ref - dt.timedelta(days=(ref.weekday() - wd) % 7 or 7)
        return last + dt.timedelta(weeks=n + 1)
    if unit == "day":
        return ref + dt.timedelta(days=n)
    if unit in {"week", "fortnight"}:
        return ref + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1))
    if unit == "month":
        return _add_months(ref, n)
    return _add_months(ref, 12 * n)


def _shift(ref: dt.date, parts: list[tuple[int, str]], sign: int) -> DateValue:
    """ref moved by a duration, as a day: "two months ago" on 17 October is 17 August. (The
    day is what the reference corpora label, and it keeps the arithmetic of "two months after
    next Friday" exact.) Parts apply in the order written, largest first in practice:
    "2 years 1 month 21 days later"."""
    for n, unit in parts:
        ref = _shift_date(ref, sign * n, unit)
    return _day_value(ref)


@_rule("ago", rf"\b{_DURATION}\s+(?P<dir>ago|hence|from\s+(?:now|today)"
              r"|after\s+today|before\s+today|from\s+tomorrow|after\s+tomorrow"
              r"|before\s+yesterday)\b", needs_ref=True)
def _ago(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    assert ctx.published is not None
    parts = _duration(m.group("dur"))
    if parts is None:
        return None
    d = m.group("dir").lower()
    ref = ctx.published
    if d.endswith("tomorrow"):
        ref += dt.timedelta(days=1)
    elif d.endswith("yesterday"):
        ref -= dt.timedelta(days=1)
    return _shift(ref, parts, -1 if d == "ago" or d.startswith("before") else 1)


@_rule("in_duration", rf"\bin\s+{_DURATION}(?:['\u2019]s?\s+time)?"
                      r"(?!\s+(?:of|and|or|to|from|since|after|before|ago|later|earlier))",
       needs_ref=True)
def _in_duration(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"in two weeks" as a point in the future; not in a past-tense clause, where "grew 5% in
    two years" is a duration."""
    assert ctx.published is not None
    if ctx.tense(m.start(), m.end()) < 0:
        return None
    parts = _duration(m.group("dur"))
    return None if parts is None else _shift(ctx.published, parts, 1)


_NEXT_DAY = re.compile(
    r"\b(?:(?P<the>the\s+)?(?P<which>next|following|previous)\s+day(?![\w'\u2019-])"
    r"|(?:the\s+)?day\s+(?P<ba>after|before)(?=\s*(?:[.,;:!?)]|\Z)))(?!\s+of\b)", _I)


@_rule("next_day", _NEXT_DAY.pattern, needs_ref=True)
def _next_day(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"the next day", "the following day", "the day after" (ending a clause; before a date
    ``_compose`` reads it as an offset): one day on from the publication date, or from the
    last day-precise date before it in the text (see ``_compose``). Without "the" only at the
    end of a clause, since "next day delivery" is an adjective."""
    assert ctx.published is not None
    if m.group("which") and not m.group("the") and not re.match(r"\s*(?:[.,;:!?)]|\Z)",
                                                                 ctx.text[m.end():]):
        return None
    return _day_value(ctx.published + dt.timedelta(days=_next_day_step(m)))


def _next_day_step(m: re.Match[str]) -> int:
    word = (m.group("which") or m.group("ba")).lower()
    return -1 if word in {"previous", "before"} else 1


_COMPARED = re.compile(r"\b(?:from|than|over|versus|vs\.?|with|to|since|no|not)\s+\Z", _I)
_LATER = re.compile(rf"\b{_DURATION}\s+(?:(?P<dir>later|earlier)\b(?!\s+than\b)"
                    r"|(?P<dir2>after|before)(?=\s*(?:[.,;:!?)]|\Z)))", _I)


@_rule("later", _LATER.pattern, needs_ref=True)
def _later(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"a fortnight later", "two days before" (at the end of a clause): the duration counted
    from the publication date here; ``_compose`` moves the anchor to an earlier day-precise
    date of the same text when there is one ("On May 3 ... two days later"). "Up 5% from a
    year earlier" is a comparison, not a date."""
    assert ctx.published is not None
    if _COMPARED.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    return _later_value(m, ctx.published)


def _later_value(m: re.Match[str], anchor: dt.date) -> DateValue | None:
    parts = _duration(m.group("dur"))
    if parts is None:
        return None
    return _shift(anchor, parts, 1 if (m.group("dir") or m.group("dir2")).lower() in
                  {"later", "after"} else -1)


@_rule("upcoming", rf"(?<!the\s)(?<!next\s)(?<!over\s)\b(?:upcoming\s+(?P<n>{_COUNT})"
                   rf"|(?P<n2>{_COUNT})\s+upcoming)\s+(?P<u>day|week|month|year)s?\b",
       needs_ref=True)
def _upcoming(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"upcoming two days", "2 upcoming months": the unit that many steps ahead, at that
    unit's granularity. After "the"/"next"/"over" it is a stretch of time and is skipped."""
    assert ctx.published is not None
    n = _count_value(m.group("n") or m.group("n2"))
    if n is None:
        return None
    ref, unit = ctx.published, m.group("u").lower()
    if unit == "day":
        return _day_value(ref + dt.timedelta(days=n))
    if unit == "week":
        return _week_value(ref + dt.timedelta(weeks=n))
    if unit == "month":
        d = _add_months(ref, n)
        return _month_value(d.year, d.month)
    return _year_value(ref.year + n)


_WD_MOD = (r"last|this|next|past|previous|coming|upcoming|following|this\s+coming"
           r"|this\s+upcoming|this\s+past|the\s+following|the\s+previous|the\s+past")


@_rule("weekday",
       rf"\b(?:(?P<wk1>(?:this|next|last)\s+week)(?:['\u2019]s)?\s+|(?P<mod>{_WD_MOD})\s+)?{_wd()}"
       r"(?:\s+(?:of\s+|from\s+)?(?P<wk2>(?:this|next|last|the\s+following|the\s+previous)"
       r"\s+week)\b"
       r"|\s+(?P<an>after\s+next)\b)?", needs_ref=True)
def _weekday(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    assert ctx.published is not None
    raw = m.group("wd")
    wd = _WEEKDAYS[raw.lower().rstrip(".")]
    mod = (m.group("mod") or "").lower().split()
    week = (m.group("wk1") or m.group("wk2") or "").lower().split()
    if raw.lower().rstrip(".") in _AMBIGUOUS_WD and not mod and not week and not (
            raw[0].isupper() and raw.endswith(".")) and not ctx.alone(m.start(), m.end()):
        return None
    # "the Sunday Times", "the Monday Night show": after "the" and before a capitalised word
    # (not a month) the weekday is part of a name.
    if not mod and not week and re.search(r"\bthe\s+\Z", ctx.text[max(0, m.start() - 5):m.start()],
                                          _I):
        nxt = re.match(r"\s+([A-Z][a-z]+)", ctx.text[m.end():m.end() + 30])
        if nxt and nxt.group(1).lower() not in _MONTHS:
            return None
    ref = ctx.published
    this_monday = ref - dt.timedelta(days=ref.weekday())
    if m.group("an"):  # "Friday after next": a week after the coming one
        return _day_value(ref + dt.timedelta(days=((wd - ref.weekday()) % 7 or 7) + 7))
    if week:
        step = {"this": 0, "next": 1, "following": 1, "last": -1, "previous": -1}[week[-2]]
        return _day_value(this_monday + dt.timedelta(weeks=step, days=wd))
    key = mod[-1] if mod else ""
    if key == "previous" or key == "following":
        step = -1 if key == "previous" else 1
        return _day_value(this_monday + dt.timedelta(weeks=step, days=wd))
    if key in {"last", "past"}:
        back = (ref.weekday() - wd) % 7 or 7
        return _day_value(ref - dt.timedelta(days=back))
    if key == "next":
        # "next Friday" is the Friday of next week (both reference corpora agree; said on a
        # Monday it is not the coming Friday, which would be "this Friday").
        return _day_value(this_monday + dt.timedelta(weeks=1, days=wd))
    if key in {"coming", "upcoming"}:
        fwd = (wd - ref.weekday()) % 7 or 7
        return _day_value(ref + dt.timedelta(days=fwd))
    if key == "this":
        # "this Friday" is the coming one (today included): writers say "on Monday", not
        # "this Monday", for a day already past.
        return _day_value(ref + dt.timedelta(days=(wd - ref.weekday()) % 7))
    if ctx.future(m.start(), m.end()):
        fwd = (wd - ref.weekday()) % 7 or 7
        return _day_value(ref + dt.timedelta(days=fwd))
    back = (ref.weekday() - wd) % 7
    return _day_value(ref - dt.timedelta(days=back))


@_rule("weekday_day",
       rf"\b{_wd()}\s*(?:,\s*)?(?:the\s+)?{_day()}(?!\s*(?:[:.]\d|[ap]\.?m\b|{_MON_ALT}|of\b|/))"
       # "on Tuesday, four months after": a count of time, not the day of the month
       r"(?!\s+(?:months?|weeks?|days?|years?|hours?|minutes?|quarters?|seasons?|times)\b)",
       needs_ref=True)
def _weekday_day(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"Tuesday the 11th", "Monday 21": the month near publication in which that day of the
    month falls on that weekday."""
    assert ctx.published is not None
    raw = m.group("wd")
    if raw.lower().rstrip(".") in _AMBIGUOUS_WD and not raw[0].isupper():
        return None  # "sat third in the league", "sun 20": verbs and nouns, not weekdays
    wd, day = _weekday_of(m), _day_of(m)
    if wd is None or day is None:
        return None
    ref = ctx.published
    best: tuple[int, dt.date] | None = None
    for k in range(-6, 7):
        first = _add_months(ref.replace(day=1), k)
        d = _safe_date(first.year, first.month, day)
        if d is not None and d.weekday() == wd:
            dist = abs((d - ref).days)
            if best is None or dist < best[0]:
                best = (dist, d)
    return None if best is None else _day_value(best[1])


_MONTH_FULL = (r"january|february|march|april|may|june|july|august|september|october|november"
               r"|december|sept\.|jan\.|feb\.|aug\.|oct\.|nov\.|dec\.")
_MONTH_PREP = (r"in|since|during|until|till|by|from|through|before|after|of|on|early|late|mid"
               r"|end\s+of|beginning\s+of|start\s+of")


@_rule("month_alone",
       rf"(?:\b(?P<mod>last|this|next|past|previous|coming|this\s+past|this\s+coming"
       rf"|{_MONTH_PREP})[\s-]+)?(?<![\w$])(?P<t>(?P<m>{_MONTH_FULL}))(?![\w-])",
       needs_ref=True)
def _month_alone(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    assert ctx.published is not None
    word = m.group("m")
    mod = (m.group("mod") or "").lower()
    low = word.lower()
    following = ctx.text[m.end():m.end() + 30]
    if (low == "may" or word.islower()) and not mod:
        return None
    # "March on the capital", "march against": the verb, not the month.
    if low == "march" and not mod and re.match(
            r"\s+(?:on|to|for|against|through|past|into|from|toward|towards|in)\b", following):
        return None
    # "April Smith said": a capitalised word right after a month name makes it a first name.
    if not mod and re.match(r"\s+[A-Z][a-z]", following):
        return None
    month = _MONTHS[low.rstrip(".")]
    ref = ctx.published
    last = mod.split()[-1] if mod else ""
    if last in {"last", "past", "previous"}:
        y = ref.year if month < ref.month else ref.year - 1
    elif last in {"next", "coming"}:
        y = ref.year if month > ref.month else ref.year + 1
    elif last == "this":
        y = ref.year
    else:
        y = _infer_year(month, None, ref, ctx.future(m.start("t"), m.end()))
    return _month_value(y, month)


_NTH = r"first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th"
_NTH_NUM = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


@_rule("nth_weekday_of",
       rf"(?<!\d(?:st|nd|rd|th)\s)\b(?:the\s+)?(?P<n>{_NTH})(?:\s+(?P<last>last))?\s+"
       rf"(?:(?P<wd>{_WD_ALT})|(?P<day>day))\s+(?:of|in)\s+"
       rf"(?:{_mon()}(?:\s*(?:,\s*)?{_year()})?|(?:the\s+)?(?P<rel>this|next|last|previous"
       r"|current|coming|following)?\s*month)\b")
def _nth_weekday_of(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    month = _month_of(m)
    ref = ctx.published
    if month is not None:
        year = _year_of(m, ctx)
        if year is None:
            if ref is None:
                return None
            year = _infer_year(month, None, ref, ctx.future(m.start(), m.end()))
    else:
        if ref is None:
            return None
        rel = (m.group("rel") or "this").lower()
        step = {"next": 1, "coming": 1, "following": 1, "last": -1, "previous": -1}.get(rel, 0)
        d0 = _add_months(ref.replace(day=1), step)
        year, month = d0.year, d0.month
    n = _NTH_NUM[m.group("n").lower()]
    if m.group("last"):  # "the 5th last day of May", "the second last Friday of March"
        if n < 0:
            return None
        n = -n
    ndays = calendar.monthrange(year, month)[1]
    if m.group("day"):
        day = ndays + 1 + n if n < 0 else n
        return _day_value(dt.date(year, month, day)) if 1 <= day <= ndays else None
    wd = _WEEKDAYS[m.group("wd").lower()]
    d = _nth_weekday(year, month, wd, n)
    return None if d is None else _day_value(d)


def _nth_weekday(year: int, month: int, wd: int, n: int) -> dt.date | None:
    """The n-th given weekday of a month; n < 0 counts from the end (-1 is the last)."""
    if n < 0:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        d = last - dt.timedelta(days=(last.weekday() - wd) % 7 + 7 * (-n - 1))
        return d if d.month == month else None
    first = dt.date(year, month, 1)
    d = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    return d if d.month == month else None


@_rule("day_of_relative_month",
       rf"\b(?:the\s+)?{_day()}(?:\s+day)?\s+of\s+(?:the\s+)?(?P<rel>this|next|last|previous"
       r"|current|coming|following)\s+month\b", needs_ref=True)
def _day_of_relative_month(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    assert ctx.published is not None
    day = _day_of(m)
    rel = m.group("rel").lower()
    step = {"next": 1, "coming": 1, "following": 1, "last": -1, "previous": -1}.get(rel, 0)
    d0 = _add_months(ctx.published.replace(day=1), step)
    d = None if day is None else _safe_date(d0.year, d0.month, day)
    return None if d is None else _day_value(d)


_REL_STEP = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1, "last": -1,
             "previous": -1}
_REL_YEAR = r"(?P<rel>this|next|last|previous|current|coming|following)\s+year"
_MONTH_ORD = {**{w: n for w, n in _ORDINALS.items() if n <= 12}, "last": 12,
              **{f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}": n
                 for n in range(1, 13)}}


def _rel_year(m: re.Match[str], ctx: _Ctx) -> int | None:
    """The year of "next year" / "of 2020" style groups (``_REL_YEAR`` or ``_year()``)."""
    rel = _g(m, "rel")
    if rel:
        return None if ctx.published is None else ctx.published.year + _REL_STEP[rel.lower()]
    return _year_of(m, ctx)


@_rule("nth_month_of_year",
       rf"\b(?:the\s+)?(?P<n>{'|'.join(sorted(_MONTH_ORD, key=len, reverse=True))})\s+month\s+"
       rf"of\s+(?:the\s+)?(?:{_REL_YEAR}|{_year()})\b")
def _nth_month_of_year(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"the 9th month of next year", "the last month of 2020"."""
    year = _rel_year(m, ctx)
    return None if year is None else _month_value(year, _MONTH_ORD[m.group("n").lower()])


@_rule("month_rel_year",
       rf"(?<![\w$])(?:(?:the\s+)?{_day()}\s+(?:day\s+)?(?:of\s+)?)?{_mon()}"
       rf"(?:\s+(?:the\s+)?{_day('d2')})?(?:,?\s+(?:of\s+)?{_REL_YEAR}"
       rf"|\s+in\s+(?P<n>{_COUNT})\s+years?|\s+(?P<an>after\s+next|before\s+last))\b",
       needs_ref=True)
def _month_rel_year(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """A month (and day) in a year named relative to publication: "March next year", "June 5
    of last year", "March in 1 year", "March after next" (the one after the coming March)."""
    assert ctx.published is not None
    ref, word = ctx.published, m.group("m")
    month = _MONTHS[word.lower().rstrip(".")]
    day = _day_of(m) or _day_of(m, "d2")
    if day is None and word.islower() and word in {"may", "march"}:
        return None  # "they may next year ...": the verb
    if m.group("rel"):
        year = ref.year + _REL_STEP[m.group("rel").lower()]
    elif m.group("n"):
        n = _count_value(m.group("n"))
        if n is None:
            return None
        year = ref.year + n
    elif m.group("an").lower().startswith("after"):
        year = (ref.year if month > ref.month else ref.year + 1) + 1
    else:
        year = (ref.year if month < ref.month else ref.year - 1) - 1
    if day is None:
        return _month_value(year, month)
    d = _safe_date(year, month, day)
    return None if d is None else _day_value(d)


@_rule("the_unit",
       r"(?<!\bday\s)(?<!\bdays\s)(?<!\btime\s)(?<!\bend\s)(?<!\brest\s)(?<!\bhalf\s)"
       r"\b(?P<p>for|of)\s+(?P<t>the\s+(?P<u>day|week|month))\b(?![\w'\u2019-])"
       r"(?!\s+(?:of|before|after|ahead|ago|earlier|later|prior|ending|ended|beginning"
       r"|starting|following|to|that|when|which|in)\b)", needs_ref=True)
def _the_unit(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"up 2% for the day", "away for the month", "partner of the month": the current day,
    week or month. "of the day" / "of the week" are left alone ("the news of the day")."""
    assert ctx.published is not None
    u, ref = m.group("u").lower(), ctx.published
    if m.group("p").lower() == "of" and u != "month":
        return None
    if u == "day":
        return _day_value(ref)
    if u == "week":
        return _week_value(ref)
    return _month_value(ref.year, ref.month)


@_rule("day_alone",
       rf"\b(?:on|by|until|till|before|after|since)\s+(?P<t>the\s+(?:(?P<dw>{_DAY_ORD_W})"
       r"|(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)))(?=\s*(?:[.,;:!?)]|\Z)|\s+at\b)",
       needs_ref=True)
def _day_alone(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"on the first", "by the 21st": a day of the month with no month; the next one when
    the clause looks ahead (or there is no clause), else the last one."""
    assert ctx.published is not None
    day, ref = _day_of(m), ctx.published
    if day is None:
        return None
    future = ctx.future(m.start(), m.end())
    for k in range(13):
        first = _add_months(ref.replace(day=1), k if future else -k)
        d = _safe_date(first.year, first.month, day)
        if d is not None and (d >= ref if future else d <= ref):
            return _day_value(d)
    return None


@_rule("month_quarter",
       rf"\b(?:the\s+{_mon()}(?:\s+(?P<y>(?:1[5-9]|2[01])\d\d))?[\s-]+quarter\b"
       rf"(?:\s+of\s+{_year('y2')})?(?![\w-])"
       # "its December-quarter EBITDA margin": the month glued to "quarter" as a modifier
       rf"|(?<![\w-]){_mon('m2')}-quarter\b(?!-))")
def _month_quarter(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"the June quarter", "the December 2025 quarter", "its December-quarter margin": the
    quarter that ends in (or holds) that month, as companies with calendar quarters name
    them. Without a year it is the one of the publication year if it has started by then,
    else a year earlier."""
    month = _month_of(m) or _month_of(m, "m2")
    if month is None:
        return None
    q = (month - 1) // 3 + 1
    year = _year_of(m, ctx) or _year_of(m, ctx, "y2")
    if year is None:
        ref = ctx.published
        if ref is None:
            return None
        year = ref.year
        if not ctx.future(m.start(), m.end()) and dt.date(ref.year, 3 * q - 2, 1) > ref:
            year -= 1
    return _quarter_value(year, q)


@_rule("month_range",
       rf"(?:(?<=\bbetween\s){_mon('b1')}\s+and\s+|"
       rf"(?<![\w$-]){_mon('m1')}(?:\s*[-\u2013\u2014/]\s*|-to-|\s+(?:to|through|thru)\s+))"
       rf"{_mon('m2')}(?:,?\s+{_year()})?(?![\w/-]|\s+\d)")
def _month_range(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"April-to-June", "July-September 2025", "from January to June", "between April and
    June": the calendar quarter or half those months make up, as a quarter or a half-year
    value. Any other run of months ("January to September") is no period of ours and stays
    its two months. Without a year it is the one whose last month is the latest not after
    publication (or the next one, in a clause about the future)."""
    first, last = _month_of(m, "m1") or _month_of(m, "b1"), _month_of(m, "m2")
    if first is None or last is None:
        return None
    year = _year_of(m, ctx)
    if year is None:
        if ctx.published is None:
            return None
        year = _infer_year(last, None, ctx.published, ctx.future(m.start(), m.end()))
    if first % 3 == 1 and last == first + 2:
        return _quarter_value(year, first // 3 + 1)
    if (first, last) in ((1, 6), (7, 12)):
        return _half_value(year, 1 if first == 1 else 2)
    return None


@_rule("weekend", r"\b(?:over|at|during|on|for)\s+(?P<t>the\s+weekend)\b(?!['\u2019]s|\s+of\b)",
       needs_ref=True)
def _weekend(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """"over the weekend": the one just past (the current one on a Saturday or Sunday), or
    the coming one in a clause about the future."""
    assert ctx.published is not None
    ref = ctx.published
    if ctx.future(m.start(), m.end()):
        sat = ref + dt.timedelta(days=(5 - ref.weekday()) % 7)
    else:
        sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
    if sat.year >= 9999 or sat.year < 1:
        return None
    return DateValue(sat, sat + dt.timedelta(days=1), Granularity.DAY)


# ----- holidays, from data/holidays.json


@dataclass(frozen=True, slots=True)
class _Holiday:
    rule: str
    month: int | str = 0
    day: int = 0
    weekday: int = 0
    n: int = 0
    offset: int = 0
    observed: str = ""
    eve: bool = False
    anchor: str = ""
    longitude: float = 0.0
    sunset: bool = False

    def on(self, year: int) -> dt.date | None:
        """The (first) day of the holiday in ``year``; holidays of calendars whose days begin at
        sunset start on the evening before."""
        if not 2 <= year <= 9998:
            return None
        d = self._day(year)
        if d is not None and self.eve:
            d -= dt.timedelta(days=1)
        return d

    def _day(self, year: int) -> dt.date | None:
        if self.rule == "hebrew":
            return _hebrew_holiday(year, self.month, self.day, self.observed)
        month = int(self.month)
        if self.rule == "islamic":
            return _islamic_holiday(year, month, self.day)
        if self.rule == "islamic_last_weekday":
            start = _islamic_holiday(year, month, 1)
            if start is None:
                return None
            end = _islamic_holiday(year, month + 1, 1) or start + dt.timedelta(days=30)
            last = end - dt.timedelta(days=1)
            return last - dt.timedelta(days=(last.weekday() - self.weekday) % 7)
        if self.rule == "fixed":
            d = _safe_date(year, month, self.day)
            if d is None:
                return None
            if self.observed == "nearest_weekday" and d.weekday() >= 5:
                d += dt.timedelta(days=-1 if d.weekday() == 5 else 1)
            elif self.observed == "sunday_back" and d.weekday() == 6:
                d -= dt.timedelta(days=1)
            return d
        if self.rule == "nth_weekday":
            base = _nth_weekday(year, month, self.weekday, self.n)
            return None if base is None else base + dt.timedelta(days=self.offset)
        if self.rule == "easter":
            return _easter(year) + dt.timedelta(days=self.offset)
        if self.rule == "lunar_new_year":
            return _lunar_new_year(year) + dt.timedelta(days=self.offset)
        if self.rule == "orthodox_easter":
            return _orthodox_easter(year) + dt.timedelta(days=self.offset)
        if self.rule == "sidereal_sun":
            return _sankranti(year, self.longitude, self.sunset) + dt.timedelta(days=self.offset)
        if self.rule == "shahenshahi":
            # The Parsi Shahenshahi year has 365 days and no leap day, so its new year moves one
            # day earlier every four Gregorian years.
            a = dt.date.fromisoformat(self.anchor)
            d = a + dt.timedelta(days=365 * (year - a.year))
            return d if d.year == year else d + dt.timedelta(days=365 if d.year < year else -365)
        return None


def _load_holidays() -> tuple[dict[str, _Holiday], str]:
    raw = (Path(__file__).resolve().parent.parent / "data" / "holidays.json").read_text("utf-8")
    table: dict[str, _Holiday] = {}
    _CALENDAR_QUALIFIERS.update(json.loads(raw).get("calendar_qualifiers", []))
    for entry in json.loads(raw)["holidays"]:
        h = _Holiday(entry["rule"], entry.get("month", 0), entry.get("day", 0),
                     entry.get("weekday", 0), entry.get("n", 0), entry.get("offset", 0),
                     entry.get("observed", ""), entry.get("eve", False), entry.get("anchor", ""),
                     entry.get("longitude", 0.0), entry.get("sunset", False))
        for name in entry["names"]:
            table[_holiday_key(name)] = h
            _HOLIDAY_NAMES.append(name.lower())
    names = {n.lower() for e in json.loads(raw)["holidays"] for n in e["names"]}
    return table, _trie_regex([[_NAME_PIECES.get(ch, re.escape(ch)) for ch in name]
                               for name in names])


# How a character of a holiday name is matched in text.
_NAME_PIECES = {" ": r"[\s-]+", "-": r"[\s-]+", "'": r"['\u2019]?", "\u2019": r"['\u2019]?",
                ".": r"\.?"}


def _trie_regex(sequences: list[list[str]]) -> str:
    """One alternation for many names, factored by common prefix ("christmas( day| eve)?"):
    at each position the regex tests a couple of dozen first letters instead of every name,
    and a longer name is always tried before its prefix."""
    trie: dict[str, Any] = {}
    for seq in sequences:
        node = trie
        for piece in seq:
            node = node.setdefault(piece, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [piece + build(child) for piece, child in sorted(node.items()) if piece]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_HOLIDAY_NAMES: list[str] = []
_CALENDAR_QUALIFIERS: set[str] = set()


def _holiday_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


_HOLIDAYS, _HOLIDAY_ALT = _load_holidays()


@_rule("holiday",
       rf"\b(?:(?P<mod>last|this|next|previous|coming|upcoming|past)\s+"
       rf"|(?P<ymod>last|this|next)\s+year['\u2019]s\s+)?(?P<h>{_HOLIDAY_ALT})"
       rf"(?![\w'\u2019])(?:\s*(?:,\s*)?(?:of\s+|in\s+)?(?:{_year()}(?![\w%])|(?P<rel>(?:of\s+)?"
       r"(?:last|this|next)\s+year)))?")
def _holiday(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    h = _HOLIDAYS.get(_holiday_key(m.group("h")))
    if h is None:
        return None
    # "Chinese New Year", "lunar new year's day": another calendar's holiday of the same name.
    prev = re.search(r"([A-Za-z]+)\W*\Z", ctx.text[max(0, m.start() - 20):m.start()])
    if prev and prev.group(1).lower() in _CALENDAR_QUALIFIERS:
        return None
    year = _year_of(m, ctx)
    ref = ctx.published
    rel = (m.group("rel") or "").lower()
    ymod = (m.group("ymod") or "").lower()
    if year is None and (rel or ymod):
        if ref is None:
            return None
        year = ref.year + {"last": -1, "this": 0, "next": 1}[ymod or rel.split()[-2]]
    if year is not None:
        d = h.on(year)
        return None if d is None else _day_value(d)
    if ref is None:
        return None
    mod = (m.group("mod") or "").lower()
    if mod in {"last", "previous", "past"}:
        future = False
    elif mod in {"next", "coming", "upcoming", "this"}:
        future = True
    else:
        future = ctx.future(m.start(), m.end())
    cand = [d for d in (h.on(y) for y in range(ref.year - 1, ref.year + 2)) if d is not None]
    if future:
        after = [d for d in cand if d >= ref]
        return _day_value(after[0]) if after else None
    before = [d for d in cand if d <= ref]
    return _day_value(before[-1]) if before else None


# ----- fallback: odd shapes go to dateparser

_LOOSE = re.compile(
    rf"(?<![\w$.,/:-])(?:(?:\d{{1,4}}|{_MON_ALT})(?:st|nd|rd|th)?(?:[ ./,-]{{1,3}}|(?<=\d)(?=[a-z])"
    rf"|(?<=[a-z])(?=\d))){{2,3}}(?:\d{{1,4}}|{_MON_ALT})?(?![\w/-]|[.,]\d)", _I)
_HAS_MONTH = re.compile(rf"(?<![a-z])(?:{_MON_ALT})(?![a-z])", _I)
_NUMERIC3 = re.compile(r"^\d{1,4}([./-])\d{1,2}\1\d{1,4}$")


@functools.lru_cache(maxsize=4096)
def _dateparser_parse(span: str, published: dt.date | None) -> tuple[dt.date, str] | None:
    """One short span through dateparser. Cached on (span, published): news repeats the same
    handful of date strings, and every miss costs about a millisecond."""
    data = _dateparser(published).get_date_data(span)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), str(data.period or "day")


@functools.lru_cache(maxsize=64)
def _dateparser(published: dt.date | None) -> Any:
    """Built lazily, once per anchor date: importing dateparser and building its language data
    is slow, and most texts never need it."""
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True,
                                "REQUIRE_PARTS": ["month"]}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser_value(span: str, published: dt.date | None) -> DateValue | None:
    # Only spans that carry a year: a leftover without one is more often a score, a ratio or a
    # version than a date, and the rules already handle month-day shapes.
    if not re.search(r"(?<!\d)(?:1[5-9]|20|21)\d\d(?!\d)|\d{1,2}\D+\d{1,2}\D+\d\d", span):
        return None
    res = _dateparser_parse(span, published)
    if res is None:
        return None
    d, period = res
    if period == "year":
        return _year_value(d.year)
    if period == "month":
        return _month_value(d.year, d.month)
    return _day_value(d)


def _fallback_candidates(text: str, lo: int, hi: int) -> Iterable[tuple[int, int]]:
    for m in _LOOSE.finditer(text, lo, hi):
        span = m.group().strip(" .,/-")
        if not span:
            continue
        if _HAS_MONTH.search(span) or _NUMERIC3.match(span):
            start = m.start() + m.group().find(span)
            yield start, start + len(span)


# --------------------------------------------------------------------------- scanning

# Rules run only near words that can start or anchor them. One pass over the words of the text
# sorts them into trigger classes; each rule is run in the merged windows of its classes.
_DOTNUM, _MONTH, _WEEKDAY, _REL, _HOLIDAY, _SLASH = 1, 2, 4, 16, 32, 64
_MONTHWORD, _DAYWORD, _PERIOD, _UPCOMING = 128, 256, 512, 1024
# Number tokens by shape, so that the money and percentages of news prose do not wake the
# year rules: a four-digit 1500..2199, an eight-digit run, two digits after an apostrophe.
_YEARNUM, _LONGNUM, _APOSNUM, _YEARWORD = 2048, 4096, 8192, 16384
_LATERWORD, _ORDINAL, _UNITWORD, _AGOWORD = 32768, 65536, 131072, 262144
_CLASSES = (_DOTNUM, _MONTH, _WEEKDAY, _REL, _HOLIDAY, _SLASH, _MONTHWORD, _DAYWORD,
            _PERIOD, _UPCOMING, _YEARNUM, _LONGNUM, _APOSNUM, _YEARWORD, _LATERWORD, _ORDINAL,
            _UNITWORD, _AGOWORD)
_ALL = sum(_CLASSES)
_CLASS_WORDS = {
    _REL: "week weekend weeks month months year years quarter fortnight fortnights day days "
          + " ".join(d + "s" for d in _DAY_NAMES),  # "three Fridays from now"
    _MONTHWORD: "month months",
    _DAYWORD: "today tonight yesterday tomorrow otd morning afternoon evening",
    _AGOWORD: "ago hence now",
    _PERIOD: "q h quarter quarters half fiscal financial fy",
    _UPCOMING: "upcoming",
    _LATERWORD: "later earlier after before",
    _ORDINAL: " ".join(_ORDINALS),
    _UNITWORD: "day week month",
}
# Words too common in news to trigger the holiday rule on their own; a name made only of such
# words ("new year's day") triggers on its first two words together.
_COMMON = {"new", "year", "years", "day", "days", "of", "the", "st", "saint", "s", "eve", "al",
           "ul", "id", "b", "good", "holy", "black", "great", "world", "national", *_WEEKDAYS}
_HOLIDAY_BIGRAMS: set[tuple[str, str]] = set()


def _trigger_words() -> dict[str, int]:
    table: dict[str, int] = {}

    def add(word: str, cls: int) -> None:
        table[word] = table.get(word, 0) | cls

    for w in _MONTHS:
        add(w, _MONTH)
    for w in _WEEKDAYS:
        add(w, _WEEKDAY)
    # A spelled-out year starts "two thousand ...", "nineteen ...", "twenty ..." (or "ten").
    for w in re.findall(r"[a-z]+", _TEEN_W + " twenty thousand hundred"):
        add(w, _YEARWORD)
    for cls, words in _CLASS_WORDS.items():
        for w in words.split():
            add(w, cls)
    for name in _HOLIDAY_NAMES:
        # Both "patrick's" -> "patrick" + "s" and "patricks" (apostrophe optional in text).
        for form in (name, re.sub(r"['\u2019]", "", name)):
            toks = re.findall(r"[a-z]+", form)
            rare = [t for t in toks if t not in _COMMON]
            if rare:
                add(max(rare, key=len), _HOLIDAY)
            elif len(toks) > 1:
                _HOLIDAY_BIGRAMS.add((toks[0], toks[1]))
            else:
                add(toks[0], _HOLIDAY)
    return table


_RULE_TRIGGERS = {
    "month_day_year": _MONTH,
    "day_month_year": _MONTH,
    "month_year": _MONTH,
    "year_month": _MONTH,
    "year_mon_day": _MONTH,
    "iso": _YEARNUM,
    "compact": _LONGNUM,
    "us_numeric": _SLASH,
    "dotted_dmy": _YEARNUM,
    "numeric_month_year": _SLASH,
    "iso_month": _SLASH,
    "numeric_month_day": _SLASH,
    "q_code": _PERIOD,
    "q_words": _PERIOD,
    "q_relative": _PERIOD,
    "year_quarter": _PERIOD,
    "half": _PERIOD,
    "half_relative": _PERIOD,
    "fiscal_year": _PERIOD,
    "year_in_context": _YEARNUM,
    "year_words_in_context": _YEARWORD,
    "short_year": _APOSNUM,
    "year_possessive": _YEARNUM,
    "year_range": _YEARNUM,
    "relative_day": _DAYWORD,
    "relative_period": _REL,
    "ago": _AGOWORD | _DAYWORD,
    "in_duration": _REL,
    "later": _LATERWORD,
    "next_day": _UNITWORD,
    "upcoming": _UPCOMING,
    "weekday": _WEEKDAY,
    "weekday_day": _WEEKDAY,
    "month_alone": _MONTH,
    "nth_weekday_of": _MONTH | _MONTHWORD,
    "day_of_relative_month": _MONTHWORD,
    "nth_month_of_year": _MONTHWORD,
    "month_rel_year": _MONTH,
    "the_unit": _UNITWORD,
    "day_alone": _ORDINAL,
    "month_quarter": _MONTH,
    "month_range": _MONTH,
    "weekend": _REL,
    "holiday": _HOLIDAY,
}
# Rules that also need a word of another class somewhere in the text: "later" needs a unit
# ("two days later"), and a month with a relative year needs "year", "after" or "before".
_RULE_ALSO = {
    "ago": _REL | _WEEKDAY,
    "later": _REL | _WEEKDAY,
    "month_rel_year": _REL | _LATERWORD,
}
_RULE_MASKS = [(rule, _RULE_TRIGGERS.get(rule.name, _ALL), _RULE_ALSO.get(rule.name, _ALL))
               for rule in _RULES]
_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
_DIGIT_CLASSES_SEQ = (_DOTNUM, _SLASH, _YEARNUM, _LONGNUM, _APOSNUM, _ORDINAL)
_DIGIT_CLASSES = sum(_DIGIT_CLASSES_SEQ)
# dateparser's leftovers hold a month name or three numbers ("14-Mar-2019", "1.2.19").
_FALLBACK_TRIGGERS = _MONTH | _SLASH | _DOTNUM | _YEARNUM
_TRIGGERS = _trigger_words()
_TOKEN = re.compile(r"\d+|[A-Za-z]+")
_TRIGGER_CLASSES = {w: (cls, tuple(c for c in _CLASSES if c & cls)) for w, cls in _TRIGGERS.items()}
_BIGRAM_FIRSTS: dict[str, set[str]] = {}
for _a, _b in _HOLIDAY_BIGRAMS:
    _BIGRAM_FIRSTS.setdefault(_a, set()).add(_b)
# Words that can start a rule on their own, plus the first word of each holiday bigram.
_TRIGGER_SET = frozenset(_TRIGGERS) | frozenset(_BIGRAM_FIRSTS)
_RADIUS = 64
_WIDEN = 32
# The tokens the anchor loop looks at: runs of digits (any script, as ``\d`` in _TOKEN) and
# whole runs of ASCII letters that are trigger words or the second word of a holiday bigram.
# Case is folded for ASCII only, as ``[A-Za-z]+`` then ``lower()`` does (never "\u212a" for
# "k"). Every other word run is skipped in C; _LETTER_OR_DIGIT tells whether one came between
# a bigram's two words.
_ANCHOR_WORDS = sorted(_TRIGGER_SET | {b for _, b in _HOLIDAY_BIGRAMS})
_ANCHOR_TOKEN = re.compile(
    r"\d+|(?ai:(?<![A-Za-z])(?:"
    + _trie_regex([list(w) for w in _ANCHOR_WORDS])
    + r")(?![A-Za-z]))"
)
_LETTER_OR_DIGIT = re.compile(r"[A-Za-z]|\d")
# The same scan on lower-cased text, case-sensitive: ``re`` skips a branch whose literal
# first letter differs at C speed only when it is not IGNORECASE (about a third faster).
# Valid when lower() keeps every offset and makes no ASCII letter or digit out of another
# character: only "\u0130" and the Kelvin sign would (both are _LOOKALIKES).
_ANCHOR_TOKEN_LOWER = re.compile(
    r"\d+|(?<![a-z])(?:" + _trie_regex([list(w) for w in _ANCHOR_WORDS]) + r")(?![a-z])"
)


def _anchors(text: str) -> tuple[int, dict[int, list[int]]]:
    """Positions of trigger words, by class, and the mask of the classes present, or 0 when
    the classes present cannot wake any rule ("two" or "now" alone cannot).

    The loop sees only numbers and trigger words (``_ANCHOR_TOKEN`` skips every other word
    in C), so most sentences cost one regex scan and a couple of iterations. ``text`` must
    hold none of the ``_LOOKALIKES`` (``find_dates`` translates them first)."""
    out: dict[int, list[int]] = {c: [] for c in _CLASSES}
    table = _TRIGGER_CLASSES
    dotted, slashes, holidays = out[_DOTNUM], out[_SLASH], out[_HOLIDAY]
    bigrams, firsts = _HOLIDAY_BIGRAMS, _BIGRAM_FIRSTS
    present = 0
    prev = ""
    prev_end = 0
    # Positions come from ``text`` itself: lower() may change the length of some letters.
    # The same tokens as ``_TOKEN`` would give, less the words that are no trigger.
    low = text.lower()
    tokens = (
        _ANCHOR_TOKEN_LOWER.finditer(low)
        if len(low) == len(text) and "\u212a" not in text
        else _ANCHOR_TOKEN.finditer(text)
    )
    for m in tokens:
        w = m.group().lower()
        if w[0].isdigit():
            start, end = m.start(), m.end()
            if text.startswith(("/", "-"), end):
                slashes.append(start)
            elif text.startswith(".", end) and text[end + 1:end + 2].isdigit():
                dotted.append(start)
            n = len(w)
            if n == 4 and "1500" <= w < "2200":
                out[_YEARNUM].append(start)
            elif n == 8:
                out[_LONGNUM].append(start)
            elif n == 2 and start and text[start - 1] in "'\u2019":
                out[_APOSNUM].append(start)
            if text[m.end():m.end() + 2].lower() in _SUFFIXES:
                out[_ORDINAL].append(start)
            prev = ""
            continue
        if prev and (prev, w) in bigrams and not _LETTER_OR_DIGIT.search(
                text, prev_end, m.start()):
            holidays.append(m.start())
            present |= _HOLIDAY
        prev = w if w in firsts else ""
        prev_end = m.end()
        hit = table.get(w)
        if hit:
            present |= hit[0]
            for c in hit[1]:
                out[c].append(m.start())
    for c in _DIGIT_CLASSES_SEQ:
        if out[c]:
            present |= c
    # Numbers only of other shapes (money, percentages, counts) wake no rule.
    return (present, out) if _runnable(present) else (0, out)


@functools.cache
def _runnable(present: int) -> bool:
    """Could any rule (or the dateparser fallback) fire with these trigger classes present?"""
    return bool(present & _FALLBACK_TRIGGERS) or any(
        mask & present and also & present for _, mask, also in _RULE_MASKS)


def _windows(text: str, positions: Iterable[int]) -> list[tuple[int, int]]:
    """Disjoint stretches of text around anchor positions. Each edge is moved out to the next
    whitespace, but by at most _WIDEN characters, so no date word is cut and a text without
    spaces does not turn every window into the whole text."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for p in sorted(positions):
        lo, hi = max(0, p - _RADIUS), min(n, p + _RADIUS)
        stop = max(0, lo - _WIDEN)
        while lo > stop and not text[lo - 1].isspace():
            lo -= 1
        stop = min(n, hi + _WIDEN)
        while hi < stop and not text[hi].isspace():
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


class _Scanner:
    """Per-text cache of windows for each combination of trigger classes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.present, self.anchors = _anchors(text)
        self.cache: dict[int, list[tuple[int, int]]] = {}

    def windows(self, mask: int) -> list[tuple[int, int]]:
        if not mask & self.present:
            return []
        if mask not in self.cache:
            pos = [p for c, ps in self.anchors.items() if c & mask for p in ps]
            self.cache[mask] = _windows(self.text, pos)
        return self.cache[mask]


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    value: DateValue
    order: int
    rule: str = ""


def _lower_case_twin(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """``regex`` (IGNORECASE) for lower-cased ASCII text: its letters lower-cased (not those
    of escapes or group names) and matched case-sensitively. On ASCII text, IGNORECASE is
    ASCII case folding, so the twin finds the same spans in ``text.lower()`` as ``regex``
    in ``text``; and ``re`` skips a branch by its first letter at C speed only without
    IGNORECASE. None for a pattern this does not handle (it then runs without a twin)."""
    p = regex.pattern
    if not regex.flags & re.IGNORECASE or "\\N{" in p or "(?(" in p:
        return None
    out: list[str] = []
    i = 0
    while i < len(p):
        if p[i] == "\\":
            out.append(p[i:i + 2])
            i += 2
        elif p.startswith(("(?P<", "(?P="), i):
            j = p.index(">" if p[i + 3] == "<" else ")", i) + 1
            out.append(p[i:j])
            i = j
        else:
            out.append(p[i].lower())
            i += 1
    return re.compile("".join(out), regex.flags & ~re.IGNORECASE)


_TWINS = {rule.name: _lower_case_twin(rule.regex) for rule in _RULES}


@functools.lru_cache(maxsize=4096)
def _rules_for(
    present: int, dated: bool
) -> tuple[tuple[int, _Rule, int, bool, re.Pattern[str] | None], ...]:
    """(order, rule, mask, has a "t" group, lower-case twin) of every rule that can fire
    with these trigger classes present (and a publication date, if ``dated``), in the rules'
    order."""
    return tuple(
        (order, rule, mask, "t" in rule.regex.groupindex, _TWINS[rule.name])
        for order, (rule, mask, also) in enumerate(_RULE_MASKS)
        if mask & present and also & present and (dated or not rule.needs_ref)
    )


def _candidates(text: str, ctx: _Ctx, scanner: _Scanner) -> list[_Cand]:
    cands: list[_Cand] = []
    # Most windows hold no match of most rules: on ASCII text the lower-case twin says so
    # first, at a third of the cost; the rule itself runs only where the twin matches.
    low = text.lower() if text.isascii() else None
    for order, rule, mask, has_t, twin in _rules_for(scanner.present, ctx.published is not None):
        for lo, hi in scanner.windows(mask):
            if low is not None and twin is not None and twin.search(low, lo, hi) is None:
                continue
            # pos/endpos rather than slicing: lookbehinds and \b still see the real text.
            for mm in rule.regex.finditer(text, lo, hi):
                try:
                    value = rule.handler(mm, ctx)
                except (ValueError, OverflowError):
                    continue  # arithmetic past year 1 or 9999: not a date we can represent
                if value is None:
                    continue
                s, e = mm.span("t") if has_t and mm.group("t") else mm.span()
                s, e = _trim(text, s, e)
                if e > s:
                    cands.append(_Cand(s, e, value, order, rule.name))
                if rule.name == "year_range":
                    tail = _range_tail(mm, ctx)
                    if tail is not None:
                        cands.append(tail)
    return cands


def _range_tail(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    y1, g = int(m.group("y")), ("y2" if m.group("y2") else "y3")
    raw2 = m.group(g)
    y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
    s, e = m.span(g)
    return _Cand(s, e, _year_value(y2), -1, "year_range")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in " ,-/":
        e -= 1
    while s < e and text[s] in " ,-/":
        s += 1
    return s, e


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest candidate wins; ties go to the rule listed first (more specific)."""
    chosen: list[_Cand] = []
    if not cands:
        return chosen
    taken = bytearray(max(c.end for c in cands) + 1)
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.order, c.start)):
        if taken.find(1, c.start, c.end) >= 0:
            continue
        chosen.append(c)
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    return sorted(chosen, key=lambda c: c.start)


# ----- composition: "two weeks before <date>", "<weekday>, <date>"

_OFFSET_BEFORE = re.compile(
    rf"(?:\bin\s+)?\b(?:{_DURATION}|(?P<one>(?:the\s+)?day))\s+"
    r"(?P<dir>before|after|from|prior\s+to|since|following)\s+(?:the\s+)?\Z", _I)
_WEEK_OF = re.compile(
    r"\b(?:the\s+)?week\s+(?P<how>ending|ended|of|beginning|starting|commencing)\s+(?:on\s+)?\Z",
    _I)


def _is_day(c: _Cand) -> bool:
    return c.value.granularity is Granularity.DAY and c.value.start == c.value.end


def _is_year(c: _Cand) -> bool:
    v = c.value
    return v.granularity is Granularity.YEAR and (v.start.month, v.end.month) == (1, 12)


def _compose(text: str, chosen: list[_Cand], ctx: _Ctx) -> list[_Cand]:
    """Expressions built on another date of the same text.

    * An offset written right before a day-precise date moves it: "two weeks before May 13
      1999", "3 days after Christmas", "the day after Christmas", "2 years 1 month after
      01/02/2018"; before a year, "since"/"after"/"from" count from its first day ("in two
      years since 2011").
    * "the week ending May 3", "the week of October 6th": that week.
    * "two days later", "the next day": counted from the last day-precise date before them in
      the text (the story's own time line) rather than from the publication date. Counted from
      the publication date, a day after it cannot be what a past-tense clause reports ("shares
      fell the next day" refers to a date told in an earlier sentence): such a one is dropped.

    An offset never reaches back into the previous mention."""
    chosen = _closest(text, chosen)
    out: list[_Cand] = []
    for c in chosen:
        lo = max(c.start - 80, out[-1].end if out else 0)
        day, year = _is_day(c), _is_year(c)
        m = _OFFSET_BEFORE.search(text, lo, c.start) if day or year else None
        w = _WEEK_OF.search(text, lo, c.start) if day else None
        if m and (day or m.group("dir").lower() in {"since", "after", "from"}):
            parts = [(1, "day")] if m.group("one") else _duration(m.group("dur") or "")
            if parts is not None:
                sign = -1 if m.group("dir").lower().startswith(("before", "prior")) else 1
                with contextlib.suppress(ValueError, OverflowError):  # past year 1 or 9999
                    c = _Cand(m.start(), c.end, _shift(c.value.start, parts, sign), c.order,
                              "offset")
        elif w:
            d, how = c.value.start, w.group("how").lower()
            first = (d - dt.timedelta(days=6) if how.startswith("end") else
                     d - dt.timedelta(days=d.weekday()) if how == "of" else d)
            if dt.date(1, 1, 1) < first and d < dt.date(9999, 12, 20):
                c = _Cand(w.start(), c.end,
                          DateValue(first, first + dt.timedelta(days=6), Granularity.DAY),
                          c.order, "week")
        elif c.rule in {"later", "next_day"}:
            prev = next((p for p in reversed(out) if _is_day(p)), None)
            if prev is not None:
                c = _Cand(c.start, c.end, _reanchor(text, c, prev.value.start) or c.value,
                          c.order, c.rule)
            elif ctx.published and c.value.start > ctx.published \
                    and ctx.tense(c.start, c.end) < 0:
                continue
        out.append(c)
    return _merge_weekdays(text, out)


_CLOSEST = re.compile(rf"\bthe\s+(?:(?P<n>{_NTH})\s+)?closest\s+\Z", _I)
_TO = re.compile(r"\s+to\s+", _I)


def _closest(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """"the closest Monday to Oct 5th", "the second closest xmas to today": occurrences of a
    weekday or holiday ranked by distance from a day-precise date."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        m = _CLOSEST.search(text, max(0, c.start - 30, out[-1].end if out else 0), c.start)
        if m and nxt is not None and _is_day(nxt) and _TO.fullmatch(text, c.end, nxt.start):
            days = _occurrences(text[c.start:c.end], c.rule, nxt.value.start)
            n = _NTH_NUM[(m.group("n") or "first").lower()]
            if days and 0 < n <= len(days):
                out.append(_Cand(m.start(), nxt.end, _day_value(days[n - 1]), c.order, "closest"))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _occurrences(name: str, rule: str, anchor: dt.date) -> list[dt.date]:
    """Days named by a weekday or holiday ``name`` within a few years of ``anchor``, nearest
    first (the earlier of two equally near)."""
    days: list[dt.date] = []
    if rule == "weekday":
        wd = _WEEKDAYS.get(name.lower().rstrip("."))
        if wd is None:
            return []
        first = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7)
        days = [first + dt.timedelta(weeks=k) for k in range(-6, 6)]
    elif rule == "holiday":
        h = _HOLIDAYS.get(_holiday_key(name))
        if h is None:
            return []
        days = [d for y in range(anchor.year - 5, anchor.year + 6) if (d := h.on(y)) is not None]
    return sorted(days, key=lambda d: (abs((d - anchor).days), d))


def _reanchor(text: str, c: _Cand, anchor: dt.date) -> DateValue | None:
    try:
        if c.rule == "next_day":
            m = _NEXT_DAY.match(text, c.start, c.end)
            step = 1 if m is None else _next_day_step(m)
            return _day_value(anchor + dt.timedelta(days=step))
        m = _LATER.match(text, c.start, c.end)
        return None if m is None else _later_value(m, anchor)
    except (ValueError, OverflowError):
        return None


_JOIN = re.compile(r"[\s,-]{0,3}(?:on\s+)?\Z")


def _merge_weekdays(text: str, cands: list[_Cand]) -> list[_Cand]:
    """"Friday 2018-7-6", "Saturday, 3 days from now": a weekday right next to a day-precise
    date is part of it; the date's value wins (the weekday only confirms it)."""
    out: list[_Cand] = []
    for c in cands:
        if out:
            p = out[-1]
            gap = text[p.end:c.start]
            if _JOIN.match(gap) and len(gap) <= 6:
                if p.rule == "weekday" and c.value.granularity is Granularity.DAY:
                    out[-1] = _Cand(p.start, c.end, c.value, c.order, c.rule)
                    continue
                week = p.value.end - p.value.start == dt.timedelta(days=6)
                if c.rule == "weekday" and p.rule == "relative_period" and week \
                        and p.value.start.year < 9999:
                    # "next week on Tuesday": that weekday within the week.
                    day = p.value.start + dt.timedelta(days=c.value.start.weekday())
                    out[-1] = _Cand(p.start, c.end, _day_value(day), p.order, "weekday")
                    continue
                if c.rule == "weekday" and p.rule in {"offset", "ago"} and gap.strip() == "on" \
                        and p.value.start.year < 9999:
                    # "3 weeks after Christmas on Friday": that weekday in the same week.
                    d = p.value.start
                    day = d + dt.timedelta(days=c.value.start.weekday() - d.weekday())
                    out[-1] = _Cand(p.start, c.end, _day_value(day), p.order, "offset")
                    continue
                if c.rule == "weekday" and p.value.start == p.value.end \
                        and p.rule != "weekday" and "on" not in gap:
                    out[-1] = _Cand(p.start, c.end, p.value, p.order, p.rule)
                    continue
        out.append(c)
    return out


def _fallback(text: str, published: dt.date | None, chosen: list[_Cand],
              scanner: _Scanner) -> list[_Cand]:
    """Leftover date-like spans through dateparser. A span goes only if no rule claimed any of
    it, or if it strictly contains the one date a rule found in it ("23-2020-September" around
    "September")."""
    starts = [c.start for c in chosen]
    replaced: set[int] = set()
    extra: list[_Cand] = []
    for lo, hi in scanner.windows(_FALLBACK_TRIGGERS):
        for s, e in _fallback_candidates(text, lo, hi):
            i = max(0, bisect.bisect_right(starts, s) - 1)
            inside: list[int] = []
            while i < len(chosen) and chosen[i].start < e:
                if chosen[i].end > s:
                    inside.append(i)
                i += 1
            if any(chosen[j].start < s or chosen[j].end > e for j in inside):
                continue
            if len(inside) > 1 or (inside and chosen[inside[0]].end - chosen[inside[0]].start
                                   >= e - s - 1):
                continue  # two dates side by side, or the rule already has (nearly) all of it
            value = _dateparser_value(text[s:e], published)
            if value is not None:
                replaced.update(inside)
                extra.append(_Cand(s, e, value, 99, "dateparser"))
    if not extra:
        return chosen
    kept = [c for i, c in enumerate(chosen) if i not in replaced]
    return sorted(kept + extra, key=lambda c: c.start)


def find_dates(text: str, published: dt.date | None = None) -> list[Mention]:
    """Dates in ``text`` as Mentions, sorted by start and non-overlapping.

    Relative expressions resolve against ``published``; without it only absolute dates are
    returned.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    work = text if text.isascii() else text.translate(_LOOKALIKES)  # all four are non-ASCII
    scanner = _Scanner(work)
    if not scanner.present:
        return []
    ctx = _Ctx(work, published)
    chosen = _select(_candidates(work, ctx, scanner))
    chosen = _fallback(work, published, chosen, scanner)
    chosen = _compose(work, chosen, ctx)
    return [Mention(Kind.DATE, c.start, c.end, text[c.start:c.end], c.value) for c in chosen]


# Case-insensitive patterns match the long s, the Kelvin sign and the Turkish dotless and
# dotted i as ASCII letters, but the word tables are keyed by ASCII: read each as its ASCII
# look-alike (one character for one, so offsets hold; surfaces come from the original text).
_LOOKALIKES = str.maketrans({"\u017f": "s", "\u212a": "K", "\u0131": "i", "\u0130": "I"})


def parse_date_span(span: str, published: dt.date | None = None) -> DateValue | None:
    """The value of a span that is entirely one date expression, or None."""
    found = find_dates(span, published)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(span.rstrip(" .")):
        value = found[0].value
        return value if isinstance(value, DateValue) else None
    return None
