"""Ranks: the item that holds a rank and the board (list, index, leaderboard) it is on.

``_rank_context`` reads a rank's board and item; boards and their editions
(``board_editions``, ``month_named_editions``, ``year_named_editions``,
``normalise_board``), owners' lists, and groups a rank is given within
(``group_ranked_within``). It is separate because a rank's subject is a board and its
holder an item, which no other kind of figure has.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

from factcheck.context.clauses import (
    _COORDINATION,
    _DESCRIPTION_HEAD,
    _POSSESSIVE_BOARD,
    Context,
    Entity,
    _words,
)
from factcheck.context.periods import _MONTH_WORD, _period
from factcheck.context.subjects import _after_preposition, _all_asides
from factcheck.model import DateValue, Granularity, Kind, Mention, Period
from factcheck.subjects import DEMONYMS, subject_key

_BOARD_NOISE = re.compile(
    r"^(?:the|a|an)\s+|\s+(?:leaderboard|leader board|list|ranking|rankings|chart|charts|"
    r"index|table|standings|league table|tracker)$|\.(?:ai|com|org|io|net)$",
    re.IGNORECASE,
)


# A ranking of one segment of what a board ranks: "ranked fourth among suppliers to the
# storage market in X's 2024 ranking of that segment", "fourth among makers in the truck
# segment of X's table"
_SEGMENT_RANKED = re.compile(
    r"\bamong\s+(?:[a-z][\w-]*\s+){0,2}?(?:suppliers|makers|providers|vendors|players|"
    r"producers|sellers|brands)\s+(?:to|in|of|for)\s+(?:the\s+)?"
    r"(?P<segment>(?:[a-z][\w-]*\s+){0,3}?(?:market|segment|sector|category))\b"
)


_LEADING_YEAR = re.compile(r"^(?:19|20)\d\d\s+(?=\S)")


def _board_named(board: str) -> str:
    """A board's name without the edition's year before it: "2025 Halvorsen Global MBA" is
    the Halvorsen Global MBA board, its 2025 edition the rank's period."""
    return _LEADING_YEAR.sub("", board)


def _board_of_segment(sentence: str, board: str, mention: Mention) -> str:
    """The board of a rank its sentence gives within one segment ("among suppliers to the
    stationary storage market", "the third-highest UK school on the list"): the board and
    the segment, so that an owner's overall table and its table of one segment stay two
    boards. The board alone otherwise."""
    found = _SEGMENT_RANKED.search(sentence)
    if found:
        return f"{board} ({found.group('segment')})"
    group = group_ranked_within(sentence, mention.end)
    return f"{board} ({group})" if group else board


# An edition named by its year at the sentence's start: "In the 2024 edition, X topped the
# table and Y came ninth", "In this year's 2025 rankings, ..."
_OPENING_EDITION = re.compile(
    r"\W*(?:In|On)\s+(?:the|this\s+year's|last\s+year's)\s+$", re.IGNORECASE
)
_EDITION_AFTER_YEAR = re.compile(
    r"\s+(?:edition|rankings?|list|table|index|league\s+table|survey|chart)\b", re.IGNORECASE
)


def _opening_edition(sentence: str, dates: Sequence[Mention]) -> Period | None:
    """The edition an opening "In the 2024 edition," names: every rank of the sentence is
    on it, however many other figures stand between ("In the 2024 edition, Acme topped the
    table for the third year running, and Globex came ninth"). None otherwise."""
    for date in dates:
        value = date.value
        if (
            isinstance(value, DateValue)
            and value.granularity is Granularity.YEAR
            and _OPENING_EDITION.fullmatch(sentence, 0, date.start)
            and _EDITION_AFTER_YEAR.match(sentence, date.end)
        ):
            return Period(value, "in")
    return None


def group_ranked_within(sentence: str, end: int) -> str | None:
    """The group a rank that ends at ``end`` is given within, when a superlative joined to
    it and a restricting word say so ("the third-highest UK school on the list": "UK
    school"), else None: such a rank is on no whole board."""
    found = _GROUP_AFTER_ORDINAL.match(sentence, end)
    if found is None:
        return None
    group = found.group("group")
    if not (group[0].isupper() or group.lower() in DEMONYMS):
        return None
    return f"{group} {found.group('noun')}"


# A superlative joined to the ordinal, then a restricting word and a noun: "the
# third-highest UK school on the list", "the second-largest German carrier" rank within
# that group
_GROUP_AFTER_ORDINAL = re.compile(
    r"-(?:highest|best|largest|biggest|ranked|placed|rated|top)\s+(?:-?ranked\s+|placed\s+)?"
    r"(?P<group>[A-Za-z][\w-]*)\s+(?P<noun>[a-z]+)"
)


# The capitalised noun that closes a board's name ("the Acme Freight Index", "the Hooli
# Rankings"): a name ending in one is the list, never an item it ranks
_BOARD_NAME_END = re.compile(
    r"\s(?:Index|Indices|Rankings?|Table|List|Leaderboard|Charts?|Survey|Standings|Poll|"
    r"Scorecard|Tracker)$"
)


def _names_a_board(name: str) -> bool:
    """True for a name that is a list's own ("the Acme Freight Index"), read as a rank's
    item only because it stands before the rank."""
    return _BOARD_NAME_END.search(name) is not None


# ", finishing third in the 2026 edition": a participle of ranking after a comma, whose
# subject is the sentence's
_PARTICIPLE_RANK = re.compile(
    r",\s+(?:finishing|placing|ranking|coming(?:\s+in)?|landing|sitting)\s+(?:at\s+)?"
    r"(?:No\.\s*)?$"
)


def _participle_holder(sentence: str, mention: Mention, subject: str | None) -> str | None:
    """ "Globex has broken into the top tier of the X Index, finishing third in the 2026
    edition": the rank of a participle clause is held by the sentence's subject (never a
    list's own name). The search is bounded to 30 characters before the rank."""
    if subject is None or _names_a_board(subject):
        return None
    found = _PARTICIPLE_RANK.search(sentence, max(0, mention.start - 30), mention.start)
    return subject if found else None


def _rank_context(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    left_edge: int,
    dates: Sequence[Mention],
    others: Sequence[Mention],
) -> Context:
    """A rank is about a board (its subject) and held by an item (the name before it).

    A rank that names no board takes the one board another rank of the sentence names
    ("X ranked first on the Apex leaderboard, ahead of Y, which ranked second"). A board
    is read at the month of the date that scopes it: "the rankings published on Monday"
    and "the leaderboard this week" are one edition; a year earlier is another.
    """
    board_text, edition = _board_of(sentence, mention)
    made = _OBJECT_RELATIVE_RANKING.search(sentence, max(0, mention.start - 90), mention.start)
    if made is not None and not board_text:
        board_text = made.group("maker")  # "X, which Brightmoor Analytics ranked fourth"
    if not board_text or _NOT_A_BOARD.fullmatch(board_text):
        # "fourth out of 28 brands in the X Survey", "14th in the January edition of the X
        # Index": the size of the field and the month are no boards; the board is after them
        board_text, edition = _board_past_field(sentence, mention)
    if not board_text and (
        _RANKING_VERB.search(sentence, 0, mention.start)
        or _RANKING_NOUN.match(sentence, mention.end)
    ):
        boards = {
            _borrowed_board(sentence, o)
            for o in others
            if o.kind is Kind.RANK and o is not mention and o.unit
        }
        board_text, edition = boards.pop() if len(boards) == 1 else (None, None)
    if board_text and _NOT_A_BOARD.fullmatch(normalise_board(board_text)):
        board_text, edition = None, None  # "from 27th in the December table": no board
    if not board_text and _RANKING_VERB.search(sentence, max(0, mention.start - 30), mention.start):
        board_text, edition = _edition_board_in_sentence(sentence)
    if board_text and edition is None:
        edition = year_in_board(board_text)
    board = normalise_board(board_text) if board_text else None
    item: str | None = None
    aside = next(
        (
            (a, b)
            for a, b in _all_asides(sentence)
            if b <= mention.start
            and re.fullmatch(r"\s*(?:\w+\s+){0,3}", sentence[b : mention.start])
        ),
        None,
    )
    before = [
        e
        for e in entities
        if mention.start - 60 <= e.end <= mention.start
        and (  # "based in Leeds", "move to Flowdesk": no item; "with Nimbus-7 second" is
            not _after_preposition(sentence, e, strict=True)
            or _WITH_BEFORE.search(sentence, max(0, e.start - 12), e.start)
        )
    ]
    ranked = _ranked_item(sentence, mention, entities)
    if made is not None:
        # "Andina, which Cordillera Metals Research ranked fifth": the name the relative
        # clause describes holds the rank; its maker, the clause's subject, made the list
        head = [e for e in entities if e.end == made.start()]
        item = head[-1].name if head else None
    elif aside is not None:  # "Globex, based in Leeds, ranked first": the aside's name
        head = [e for e in entities if e.end <= aside[0] and not sentence[e.end : aside[0]].strip()]
        item = head[-1].name if head else None
    elif ranked is not None:
        item = ranked  # "a few weeks after Globex rose to 14th place": Globex holds it
    elif (row := _ROW_ITEM_AFTER.match(sentence, mention.end)) is not None and (
        _ROW_OPENING.fullmatch(sentence, 0, mention.start)
    ):
        # a row of a list: "- **No. 14 - Vardhan Tyres Ltd**, $2.94 billion": the name after
        # (not a phrase about it: "- **Sixth**: Kuşadası's place in ...")
        named = [
            e
            for e in entities
            if e.start == row.end() and not sentence.startswith(("'", "’"), e.end)
        ]
        item = named[0].name if named else None
    elif before:
        last = before[-1]
        gap = sentence[last.end : mention.start]
        coordinated = len(before) > 1 and _COORDINATION.match(sentence[before[-2].end : last.start])
        if (
            not coordinated
            and (len(gap.split()) <= 3 or _PLACES_MOVED.fullmatch(gap))
            and not re.search(r"[;:]", gap)
            # "overtook Windmark for second place": the one who overtook holds it
            and not _OVERTOOK_BEFORE.search(sentence, max(0, last.start - 30), last.start)
        ):
            item = last.name  # "X fell two places to seventh" too
    period = edition or _rank_period(sentence, mention, board_text, dates, others)
    if period is None and board is not None:
        # ranks on one board in one sentence are one edition: "No. 1 on the Helm
        # leaderboard this week, with Orion-4 in second place"
        periods = {
            _rank_period(sentence, o, o.unit, dates, others)
            for o in others
            if o.kind is Kind.RANK
            and o is not mention
            and o.unit
            and normalise_board(o.unit) == board
        } - {None}
        period = periods.pop() if len(periods) == 1 else None
    if period is not None and board is not None and _ANNUAL_BOARD.search(sentence):
        period = _year_period(period.date.start.year)  # an annual ranking's edition is a year
    return Context(board, "rank" if board else None, _edition(period), item)


# a round 1900 or 2000 in a board's name is its size ("the Meridian Global 2000")
_YEAR_IN_BOARD = re.compile(r"(?<![\w-])((?:19|20)(?!00)\d\d)(?![\w-])")


def year_in_board(board: str) -> Period | None:
    """The edition a board's own name gives ("Northgate Research's 2025 Dealer Group
    Satisfaction Index" is the 2025 edition), or None."""
    year = _YEAR_IN_BOARD.search(board)
    return _year_period(int(year.group(1))) if year is not None else None


def _borrowed_board(sentence: str, other: Mention) -> tuple[str | None, Period | None]:
    """The board another rank of the sentence names, for a rank that names none. The
    edition too, unless the other rank is the base of a move: in "It placed 14th, up from
    15th in the 2025 index" the 2025 edition is the 15th's, and the 14th is the newer one's."""
    board_text, edition = _board_of(sentence, other)
    if _RANK_BASE.search(sentence, max(0, other.start - 30), other.start):
        return board_text, None
    return board_text, edition


# What the rank extractor may take for a board that is none: a bare number ("of 28
# brands"), a month or a year ("in the January edition of ..."), a weekday.
_NOT_A_BOARD = re.compile(
    rf"\s*(?:\d[\d,.]*|{_MONTH_WORD}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*"
)
# After a rank, the field it is counted in and the board: "fourth out of 28 brands in the
# 2026 X Survey", "seventh of the 28 carmakers in this year's X Survey", "14th place in
# the January edition of the X Index". The field is one to three lower-case words after a
# number; the board is capitalised words ending in a board noun (``data/board_nouns.txt``).
# The field may be "among 139 economies"; an owner's board may carry its year after the
# possessive ("in the Acme Council's 2024 Freight Index": the year is the edition).
_BOARD_PAST_FIELD = re.compile(
    r"(?:[ \t]+place)?(?:[ \t]+overall)?"
    r"(?:,?[ \t]+(?:(?:out[ \t]+)?of|among)[ \t]+(?:the[ \t]+|all[ \t]+)?"
    r"\d[\d,]*(?:[ \t]+[a-z][\w-]*){1,3})?[ \t]+(?:in|on)[ \t]+(?:the[ \t]+)?"
    rf"(?:{_MONTH_WORD}[ \t]+(?:edition|issue)[ \t]+of[ \t]+(?:the[ \t]+)?)?"
    r"(?:(?:this|last|next)[ \t]+year['’]s[ \t]+)?"
    r"(?:(?P<year>(?:19|20)\d\d)[ \t]+)?"
    r"(?P<board>(?:[A-Z][\w.&'’+-]*[ \t]+){1,5}"
    r"(?P<lower>leaderboard|rankings?|table|index|list|chart|standings)\b"
    r"|(?:[A-Z][\w.&'’+-]*[ \t]+){0,5}"
    r"(?:(?<=['’]s[ \t])(?P<owned_year>(?:19|20)\d\d)[ \t]+(?:[A-Z][\w.&'’+-]*[ \t]+){0,4})?"
    r"(?P<noun>[A-Z][\w.&'’+-]*))"
)


def _board_past_field(sentence: str, mention: Mention) -> tuple[str | None, Period | None]:
    """The board named after a rank's field or month edition ("fourth out of 28 brands in
    the 2026 X Survey" is on the X Survey, edition 2026), for a rank whose extracted board
    is none or a bare number or month. Only a name ending in a board noun is a board: "in
    the Leeds area" is none. The month of "the January edition" is found by the rank's
    period, as any date of its sentence is."""
    found = _BOARD_PAST_FIELD.match(sentence, mention.end)
    noun = found and (found.group("noun") or found.group("lower"))
    if found is None or not noun or noun.rstrip(".").casefold() not in _BOARD_NOUNS:
        return None, None
    year = found.group("year") or found.group("owned_year")
    return found.group("board").rstrip("."), _year_period(int(year)) if year else None


# A board named with its edition before its name, after "in"/"on" anywhere in the
# sentence: "In the 2025 X Index, released in March, Y came in fourth", "In the January X
# Index, Y sits 19th". The year is the edition; the month, found as the rank's period, is
# no part of the name.
_EDITION_BOARD_IN_SENTENCE = re.compile(
    r"\b(?:[Ii]n|[Oo]n)[ \t]+the[ \t]+"
    rf"(?:(?P<year>(?:19|20)\d\d)|(?P<month>{_MONTH_WORD}))[ \t]+"
    r"(?P<board>(?:[A-Z][\w.&'’+-]*[ \t]+){0,5}(?P<noun>[A-Z][\w.&'’+-]*))"
)


def month_named_editions(
    sentence: str, published: dt.date | None
) -> tuple[tuple[str, Period], ...]:
    """The boards a sentence names by the month of their edition ("In the January X Index,
    Y sits 19th" in an article of March 2025 is the January 2025 edition of the X Index):
    the last such month on or before the article's date, as an edition is published before
    it is reported (for ``describe``'s ``editions``)."""
    if published is None:
        return ()
    found = []
    for named in _EDITION_BOARD_IN_SENTENCE.finditer(sentence):
        month = named.group("month")
        number = _MONTH_NUMBER.get(month[:3].lower()) if month else None
        if number is None or named.group("noun").rstrip(".").casefold() not in _BOARD_NOUNS:
            continue
        year = published.year if number <= published.month else published.year - 1
        start = dt.date(year, number, 1)
        last = start.replace(day=calendar.monthrange(year, number)[1])
        board = normalise_board(named.group("board").rstrip("."))
        found.append((board, Period(DateValue(start, last, Granularity.MONTH), "in")))
    return tuple(found)


def _edition_board_in_sentence(sentence: str) -> tuple[str | None, Period | None]:
    """The one board the sentence names after its edition's year or month ("In the 2025 X
    Index, ..."), for a rank held through a verb of ranking that names none; (None, None)
    when it names none or two. Only a name ending in a board noun is a board."""
    found = {
        (m.group("board").rstrip("."), m.group("year"))
        for m in _EDITION_BOARD_IN_SENTENCE.finditer(sentence)
        if m.group("noun").rstrip(".").casefold() in _BOARD_NOUNS
    }
    if len(found) != 1:
        return None, None
    board, year = found.pop()
    return board, _year_period(int(year)) if year else None


# "Acme's flagship phone ranked third", "Leeds's marathon, which X sponsors, sits
# seventh": the possessor of one to three lower-case words before a verb of ranking
_POSSESSED_HOLDER = re.compile(r"(?:['’]s?)?[ \t]+[a-z][\w-]*")
# "X has risen seven places to 38th", "X slipped four places to 51st", "X has moved up two
# places to rank fourth": a name that moves a number of places to its rank
_PLACES_MOVED = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:risen|rose|rises|climbed|climbs|jumped|jumps|moved|moves|"
    r"fallen|fell|falls|dropped|drops|slipped|slips)\s+(?:up\s+|down\s+)?"
    r"(?:\w+|\d+)\s+places?\s+to\s+(?:(?:rank|sit|stand|place|finish)\s+)?"
    r"(?:No\.\s*|number\s+)?"
)
# "... after the carmaker placed fourth": a description of an organisation right before a
# verb of ranking, inside the sentence
_DESCRIPTION_HOLDER = re.compile(
    r"\bthe[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}" + _DESCRIPTION_HEAD + r"$"
)


def _rank_holder_backoff(
    sentence: str, mention: Mention, entities: Sequence[Entity], subject: str | None
) -> str | None:
    """The item of a rank on a known board that no rule before found: the possessor of the
    thing that ranks ("Acme's flagship phone ranked third" is Acme's place: a board ranks
    one kind of thing, so the owner stands for it), an aside between them allowed; or the
    sentence's subject when a description of an organisation holds the rank ("X shares rose
    after the carmaker placed fourth"). None otherwise."""
    for entity in entities:
        if entity.end > mention.start or mention.start - entity.end > 160:
            continue
        if _PLACES_MOVED.fullmatch(sentence, entity.end, mention.start):
            return entity.name  # "X has risen seven places to 38th"
        if sentence[entity.end : entity.end + 1] not in ("'", "’"):
            continue
        at = entity.end
        for _ in range(3):  # one to three words after the possessive
            owned = _POSSESSED_HOLDER.match(sentence, at, mention.start)
            if owned is None:
                break
            at = owned.end()
            aside = next(
                (b for a, b in _all_asides(sentence) if a == at and b <= mention.start), None
            )
            if _RANKED_AFTER_NAME.fullmatch(sentence, aside or at, mention.start):
                return entity.name
    verb = _RANKED_AFTER_NAME.search(sentence, max(0, mention.start - 40), mention.start)
    if (
        verb is not None
        and subject is not None
        and _DESCRIPTION_HOLDER.search(sentence, max(0, verb.start() - 60), verb.start())
    ):
        return subject
    return None


# The name a verb of ranking has for its subject, right before it: "after Globex rose to
# 14th place", "Globex landed at 23rd", "Orrin Bank has ranked third". The name is the
# item even after a preposition or conjunction ("after", "as", "with"): it is the verb's
# subject, not that word's object.
_RANKED_AFTER_NAME = re.compile(
    r"\s+(?:(?:has|have|had|now|also|again|then)\s+)?"
    r"(?:rank(?:s|ed)?|plac(?:es|ed)|came|comes|finish(?:es|ed)|sat|sits|landed|lands|"
    r"debut(?:s|ed)|climb(?:s|ed)|rose|rises|fell|falls|dropped|drops|slipped|slips|moved|"
    r"moves|jumped|jumps)(?:\s+(?:in|to|at|up\s+to|down\s+to|back\s+to|in\s+at))?\s+"
    r"(?:No\.\s*|number\s+)?$",
    re.IGNORECASE,
)


def _ranked_item(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The name right before a verb of ranking that leads to the rank ("after Globex rose
    to 14th"), else None. A place after a name ("NovaJet from Leeds ranked first") is no
    item: the name it follows is."""
    for entity in reversed(entities):
        if entity.end > mention.start:
            continue
        if mention.start - entity.end > 40:
            return None
        if not _RANKED_AFTER_NAME.fullmatch(sentence, entity.end, mention.start):
            return None
        earlier = next((e for e in reversed(entities) if e.end <= entity.start), None)
        if earlier is not None and _PLACE_OF_NAME.fullmatch(sentence, earlier.end, entity.start):
            return earlier.name  # "NovaJet from Leeds ranked first": NovaJet
        return entity.name
    return None


# A rank opening a row of a list, then the name it is held by: "- **No. 14 - Vardhan
# Tyres Ltd**", "3. Acme Corp:", "#2 — Globex"
_ROW_OPENING = re.compile(r"[\s\-*•#|>_]*")
_ROW_ITEM_AFTER = re.compile(r"[*_]*\s*[-–—:.)|]\s*[*_]*\s*")
_YEAR_TO_BEFORE = re.compile(
    r"\b(?:year|12\s+months|twelve\s+months)\s+(?:to|ended|ending|through)\s+$", re.IGNORECASE
)
_OVERTOOK_BEFORE = re.compile(
    r"\b(?:overt(?:ook|ake|akes|aking|aken)|passed|passing|displaced|displacing|ousted|"
    r"ousting|leapfrogged|leapfrogging|dislodged|edged\s+out|pushed\s+out)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "NovaJet from Leeds", "Kessington School in Leeds": a place phrase after a name
_PLACE_OF_NAME = re.compile(r"\s+(?:(?:based|located)\s+)?(?:from|in|of|at|near|outside)\s+")


# A board that comes out once a year: "the consultancy's annual ranking", "its yearly
# list". The month it was published in names the year's edition, the one another article
# calls "this year's" (see ``year_named_editions``).
_ANNUAL_BOARD = re.compile(
    r"\b(?:annual|yearly)\s+(?:[a-z][\w-]*\s+){0,2}?(?:ranking|rankings|list|league\s+table|"
    r"table|index|leaderboard|survey|league)\b",
    re.IGNORECASE,
)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
# An edition of a board named by its year: "the 2025 edition of the Atlas Rankings",
# "the Atlas Rankings 2025", "the 2025 Atlas Rankings".
_YEAR = r"(?:19\d\d|20(?!00)\d\d)"  # not 2000: "the Forbes Global 2000" is a list of 2,000
# A number closes a board's name ("the Playthings Global 50", "the Fortune 500"), unless it
# is a year (another edition) or starts a figure ("the Acme Index 50.2").
_BOARD_NUMBER = rf"(?:[ \t]+(?!{_YEAR}\b)\d{{1,4}}\b(?![.,]\d))?"
_YEAR_EDITION_OF = re.compile(
    rf"(?P<year>{_YEAR})\s+(?:edition|issue|version)\s+of\s+(?:the\s+)?"
    r"(?P<board>[A-Z][\w.&'’+-]*(?:[ \t]+[A-Z][\w.&'’+-]*)*" + _BOARD_NUMBER + ")"
)
_BOARD_AND_YEAR = re.compile(rf"(?P<lead>{_YEAR}\s+)?(?P<board>.*?\S)(?P<trail>\s+{_YEAR})?")
# Lower-case words between a board's name and its noun: "the Atlas national table", "the
# Atlas subject ranking for engineering" are boards of their own, not "Atlas".
_BOARD_NOUN_AFTER = re.compile(
    r"(?:[ \t]+[a-z][\w-]*){1,2}[ \t]+(?:leaderboard|list|ranking|rankings|table|index|chart|"
    r"standings)\b"
)


# A rank that is the base of a comparison ("rose to 27th place from 31st", "up from No. 9"):
# a position in an earlier edition, which the sentence does not name.
_RANK_BASE = re.compile(
    r"\b(?:from|compared\s+with|compared\s+to|against|versus)\s+(?:No\.\s*|number\s+)?$",
    re.IGNORECASE,
)
# "Globex United, which rose to 27th place": the name a relative clause of ranking
# describes holds the rank.
_RELATIVE_RANKING = re.compile(
    # "X, which was placed 14th", "X, which is ranked third": the passive too
    r",\s+(?:which|who)\s+(?:(?:has|have|had|now|also|then|was|is|were|are|been)\s+){0,2}"
    r"(?:rank(?:s|ed)?|plac(?:es|ed)|came|comes|finish(?:es|ed)|sat|sits|climbed|rose|fell|"
    r"dropped|slipped|moved|jumped)(?:\s+(?:in|to|at|up\s+to|down\s+to))?\s+(?:No\.\s*)?$",
    re.IGNORECASE,
)


# "X, which Brightmoor Analytics ranked fourth": a relative clause whose subject is the
# list's maker and whose object, the relative pronoun, is the item ranked
_OBJECT_RELATIVE_RANKING = re.compile(
    r",\s+(?:which|whom|who)\s+(?P<maker>[A-Z][\w.'’&-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w.'’&-]*)"
    r"{0,4})\s+(?:(?:has|had|now|also)\s+)?(?:rank(?:s|ed)|plac(?:es|ed)|rates|rated|puts|"
    r"put|lists|listed)\s+(?:No\.\s*)?$"
)


def _relative_item(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The name that a relative clause with a verb of ranking describes."""
    found = _RELATIVE_RANKING.search(sentence, max(0, mention.start - 50), mention.start)
    if found is None:
        return None
    named = [e for e in entities if e.end == found.start()]
    return _placed_name(sentence, entities, named[-1]).name if named else None


# A board named by its owner, its noun in lower case: "the Goldfields Review annual league
# table", "Northgate Research's annual ranking of customer satisfaction", "the annual league
# table published on Wednesday by London shipbroker Brannock & Vale". The owner's words are
# capitalised; "&" joins them.
_OWNER = r"(?P<owner>[A-Z][\w.'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w.'’-]*){0,4})"
_OWNER_NOUN = r"(?:league\s+table|rankings?|index|list|table|leaderboard)\b"
_OWNER_BOARD = re.compile(
    r"(?:\b[Tt]he[ \t]+" + _OWNER + r"(?:[ \t]+(?:annual|yearly|latest|quarterly|monthly))?"
    r"[ \t]+" + _OWNER_NOUN + r"|(?<![\w'’])" + _OWNER.replace("owner", "holder")
    + r"['’]s?[ \t]+(?:(?:annual|yearly|latest|quarterly|monthly|new|(?:19|20)\d\d)[ \t]+)*"
    r"(?:[a-z][\w-]*[ \t]+){0,3}?" + _OWNER_NOUN
    + r"|\b" + _OWNER_NOUN + r"[^.;:]{0,60}?\b(?:published|compiled|released|produced)\b"
    r"[^.;:]{0,30}?\bby[ \t]+(?:(?:[\w-]+-based|[A-Z][\w-]*(?=[ \t]+[a-z]))[ \t]+)?"
    r"(?:[a-z][\w-]*[ \t]+){0,2}?"
    + _OWNER.replace("owner", "maker") + r")"
)


def _named_boards(texts: Sequence[str]) -> dict[str, set[str]]:
    """The boards ``texts`` name by name, ``normalise_board``'d, with the years written
    with them ("the 2026 Hearing Care Brand Trust Index": {"Hearing Care Brand Trust":
    {"2026"}})."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for match in _NAMED_BOARD.finditer(text):
            parts = _BOARD_AND_YEAR.fullmatch(match.group())
            if parts is None:
                continue
            year = (parts.group("lead") or parts.group("trail") or "").strip()
            after = _EDITION_AFTER.match(text, match.end())
            if not year and after is not None:
                year = after.group("year")  # "Asia Tyre 50, 2025 edition"
            found.setdefault(normalise_board(parts.group("board")), set()).add(year)
    return found


def _owner_boards(texts: Sequence[str]) -> set[str]:
    """The owners ``texts`` name a board by ("the Goldfields Review annual league table":
    "Goldfields Review"), ``normalise_board``'d."""
    return {
        normalise_board(m.group("owner") or m.group("holder") or m.group("maker"))
        for text in texts
        for m in _OWNER_BOARD.finditer(text)
    }


def article_board(
    texts: Sequence[str], more: Sequence[str] = ()
) -> tuple[str, Period | None] | None:
    """The one board an article is about, named in ``texts`` (its title, then its lead),
    with its edition when a year is written with it: "Sonavia keeps top spot in 2026
    Hearing Care Brand Trust Index" and "according to the 2026 Hearing Care Brand Trust
    Index". A board named by its owner only ("the Goldfields Review annual league table")
    is the owner's, as other articles write it ("Goldfields Review's league table"), in the
    one year the title writes ("Gold league table 2025"), unless the text names an edition
    of a board by its own name ("the 2025 edition of the X 50"). With neither, ``more``
    (the paragraph after the lead) is read the same way. None when they name none, or two
    (a name that ends with another is that one: a title in title case runs words into
    it)."""
    for part in (texts, more):
        found = _named_boards(part)
        if not found and not any(_YEAR_EDITION_OF.search(text) for text in part):
            # "the 2025 edition of the Operator 50, X's annual ranking": the board has a
            # name of its own, which the owner's is not
            title_years = set(re.findall(_YEAR, texts[0])) if texts else set()
            found = {owner: title_years for owner in _owner_boards(part)}
        if found:
            break
    else:
        return None
    boards = sorted(found, key=len)
    if any(not b.endswith(boards[0]) for b in boards):
        return None
    years = set().union(*found.values()) - {""}
    if len(years) > 1:
        return None
    return boards[0], _year_period(int(years.pop())) if years else None


# "the brand, which fell to eighth place": a description of a kind that a relative clause
# of ranking follows (the article's referents tell which name it is)
_DESCRIPTION_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*$")


def described_holder(sentence: str, start: int) -> int | None:
    """Where a description holding the rank at ``start`` starts, when a relative clause of
    ranking on it leads to the rank ("a difficult year for the brand, which fell to eighth
    place in last week's X Index"); None otherwise. What "the brand" is, the pipeline
    reads as it reads a description opening a sentence."""
    found = _RELATIVE_RANKING.search(sentence, max(0, start - 50), start)
    if found is None:
        return None
    described = _DESCRIPTION_BEFORE.search(sentence, max(0, found.start() - 40), found.start())
    return described.start() if described is not None else None


# A name, then a place it is in: "Kessington School in Leeds, which sits 11th"
_IN_PLACE = re.compile(r"\s+(?:(?:based|located)\s+)?in\s+$")


def _placed_name(sentence: str, entities: Sequence[Entity], entity: Entity) -> Entity:
    """The name ``entity`` says where it is, when ``entity`` is a place written right after
    it ("Kessington School in Leeds, which sits 11th"): the relative clause after the place
    is about the school, not the city. Else ``entity`` itself."""
    for other in entities:
        if other.end < entity.start and _IN_PLACE.fullmatch(sentence, other.end, entity.start):
            return other
    return entity


# A board written as its owner's list, in lower case: "On Apex's 2025 rich list of the
# world's highest-earning clubs", "in Pellis's annual ranking". The board is the owner's;
# a year before the list is its edition.
# The nouns of such lists are ``data/board_nouns.txt`` ("Q Data's quarterly count of
# phone shipments", "its third-quarter 2024 shipment tally"); the words between the owner
# and the noun may hold the edition ("third-quarter 2024").
_BOARD_NOUNS = _words("board_nouns.txt")
# public for the corpus reading of ranks (``factcheck.backoff.Ranker``)
BOARD_NOUNS = _BOARD_NOUNS
# The words of a board's name that say its edition, not the board (``backoff.board_words``)
EDITION_WORDS = _words("edition_words.txt")
_OWNED_BOARD = re.compile(
    r"['’]s\s+(?:(?P<year>" + _YEAR + r")\s+)?"
    # lower-case words, and an edition's label ("Q3 2024", "H1", "FY2025")
    r"(?P<words>(?:(?:[a-z0-9][\w-]*|Q[1-4]|H[12]|FY\d{2,4})\s+){0,5}?)"
    r"(?P<noun>(?:" + "|".join(sorted(_BOARD_NOUNS, key=len, reverse=True)) + r"))\b"
)


def _owned_board(
    sentence: str, entities: Sequence[Entity], dates: Sequence[Mention] = ()
) -> tuple[str, Period | None] | None:
    """The one board the sentence names as its owner's list, and its edition: a year right
    after the possessive, else a date among the words before the list's noun or right
    after the list (see ``_owned_board_date``)."""
    found: set[tuple[str, Period | None]] = set()
    for entity in entities:
        owned = _OWNED_BOARD.match(sentence, entity.end)
        if owned is not None:
            year = owned.group("year")
            period = (
                _year_period(int(year))
                if year
                else _owned_board_date(sentence, owned.start("words"), owned.end(), dates)
            )
            found.add((entity.name, period))
    return found.pop() if len(found) == 1 else None


# What leads from a list to the span it covers: "Q Data's count of phone shipments,
# covering July to September 2024", "Q's tally for the third quarter of 2024"; the
# topic after the noun ("of global smartphone shipments") is skipped, up to six words.
_TO_COVERED_SPAN = re.compile(
    r"(?:\s+(?:of|on)\s+(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)?\s*,?\s*"
    r"(?:(?:covering|for|from|in|over)\s+)?(?:the\s+)?"
)
# A span named by its first and last months: "July to September 2024", "April-June 2025"
_MONTHS_SPAN = re.compile(
    rf"(?P<first>{_MONTH_WORD})\s*(?:to|through|until|[–-])\s*(?P<last>{_MONTH_WORD})"
    rf"\s+(?P<year>{_YEAR})\b"
)
_COVERED_MONTHS = re.compile(_TO_COVERED_SPAN.pattern + _MONTHS_SPAN.pattern)
_MONTH_NUMBER = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def _owned_board_date(
    sentence: str, start: int, end: int, dates: Sequence[Mention]
) -> Period | None:
    """The edition of an owner's list: a date in the words before its noun ("Q Data's
    third-quarter 2024 smartphone tally"), or one that the list covers, written right
    after it ("..., covering July to September 2024": three months that make a calendar
    quarter are that quarter). An edition is a month or coarser, as ``_edition``."""
    inside = {
        Period(d.value, "in")
        for d in dates
        if start <= d.start and d.end <= end and isinstance(d.value, DateValue)
    }
    if len(inside) == 1:
        return _edition(inside.pop())
    if inside:
        return None
    span = _COVERED_MONTHS.match(sentence, end)
    if span is not None:
        return _quarter_of_span(span)
    after = [
        d.value
        for d in dates
        if end <= d.start <= end + 80
        and isinstance(d.value, DateValue)
        and _TO_COVERED_SPAN.fullmatch(sentence, end, d.start)
    ]
    return _edition(Period(after[0], "in")) if len(after) == 1 else None


def _quarter_of_span(span: re.Match[str]) -> Period | None:
    """The calendar quarter that "July to September 2024" names, else None (a span of
    months that is no calendar quarter is no edition this can name)."""
    first = _MONTH_NUMBER[span.group("first")[:3].lower()]
    last = _MONTH_NUMBER[span.group("last")[:3].lower()]
    if first % 3 != 1 or last != first + 2:
        return None
    year = int(span.group("year"))
    return Period(
        DateValue(
            dt.date(year, first, 1),
            dt.date(year, last, calendar.monthrange(year, last)[1]),
            Granularity.QUARTER,
        ),
        "in",
    )


# A board named anywhere in the sentence after "in" or "on": "In the latest Lindqvist
# rankings, published in March, Harbor College was ranked ninth"; the board's noun may be
# part of its title-cased name ("In the Acme Brand Ranking, ...")
_IN_SENTENCE_BOARD = re.compile(
    r"\b(?:[Ii]n|[Oo]n)\s+(?:the\s+)?(?:(?:latest|new|newest|annual|yearly|quarterly|"
    r"monthly|weekly|closely\s+watched)\s+)?"
    r"(?P<board>[A-Z][\w.&'’+-]*(?:[ \t]+[A-Z][\w.&'’+-]*){0,4})[ \t]+"
    r"(?:(?:[Ll]eague\s+)?(?:[Tt]able|[Tt]ables)|[Rr]ankings?|[Ll]ist|[Ii]ndex|[Ll]eaderboard|"
    r"[Ss]tandings|[Cc]harts?|[Ss]urvey|[Tt]ally|[Cc]ount|[Pp]oll)\b"
)


def _sentence_board(sentence: str, mention: Mention) -> str | None:
    """The one board the sentence names in a phrase of its own ("In the latest Lindqvist
    rankings, published in March 2025, Harbor College was ranked ninth"), or, failing
    that, the one name of a board it writes anywhere ("X broke into the top tier of the
    Acme Council's annual Fleet Index, finishing third"), for a rank held through a verb
    of ranking that names none; None when it names none or two."""
    if not _RANKING_VERB.search(sentence, max(0, mention.start - 30), mention.start):
        return None
    found = {normalise_board(m.group("board")) for m in _IN_SENTENCE_BOARD.finditer(sentence)}
    if not found:
        found = {normalise_board(m.group()) for m in _BOARD_NAME.finditer(sentence)}
    return found.pop() if len(found) == 1 else None


# A board's own name, its owner and edition words in it: "the Acme Council's annual Fleet
# Satisfaction Index", "Hooli's 2026 Top 50". The board noun is capitalised, as in a name:
# "the Acme table" or "its list" is no name.
_BOARD_NAME = re.compile(
    r"(?<![\w'’])[A-Z][\w.&-]*(?:['’]s)?"
    r"(?:[ \t]+(?:[A-Z][\w.&-]*(?:['’]s)?|(?:19|20)\d\d|annual|yearly|quarterly|monthly|"
    r"weekly)){0,6}?"
    r"[ \t]+(?:Index|Rankings?|Table|List|Leaderboard|Charts?|Survey|Standings|Top[ \t]\d+)\b"
)


# A named board as the subject of a verb that places the item: "The Acme Index placed
# Globex 22nd", "the 2027 Hooli Rankings put Initech third", "The Wexley rich list ranks
# her 40th". At most one lower-case word between name and noun, and a short item after.
_BOARD_PLACING = re.compile(
    r"\b(?P<board>[A-Z][\w.&'’+-]*(?:[ \t]+[A-Z][\w.&'’+-]*){0,4}?)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:(?:[Ll]eague\s+)?[Tt]ables?|[Rr]ankings?|[Ll]ist|[Ii]ndex|[Ss]urvey|[Cc]harts?|"
    r"[Pp]oll|[Ll]eaderboard)\s+(?:placed|places|put|puts|ranked|ranks|rated|rates)\s+"
    r"[^,.;:]{1,60}?\s+$"
)


def _board_placing(sentence: str, mention: Mention) -> str | None:
    """The board that is itself the subject of the verb placing a rank's item ("The Acme
    Index placed Globex 22nd"): none of the other readings finds it, as the board comes
    before the item and no "in"/"on" names it. The search is bounded to 140 characters
    before the rank."""
    found = _BOARD_PLACING.search(sentence, max(0, mention.start - 140), mention.start)
    return normalise_board(found.group("board")) if found else None


# "ranked fourth by Q Data": the maker of the ranking, after "by"
_RANKED_BY = re.compile(r"\s+by\s+(?:the\s+)?")


def _ranked_by(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The board of a rank given by its maker after a verb of ranking ("Falcor, ranked
    fourth by Brightline Research in the second quarter"): the maker's list, as
    "Brightline Research's tally" is. None without a ranking verb right before the rank."""
    if not _RANKING_VERB.search(sentence, max(0, mention.start - 30), mention.start):
        return None
    by = _RANKED_BY.match(sentence, mention.end)
    if by is None:
        return None
    named = [e for e in entities if e.start == by.end()]
    return named[0].name if named else None


def _year_period(year: int) -> Period:
    return Period(
        DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), Granularity.YEAR), "in"
    )


def _board_of(sentence: str, mention: Mention) -> tuple[str | None, Period | None]:
    """The board a rank names, and its edition when a year names it: "14th in the 2025
    edition of the Atlas Rankings" and "17th in the Atlas Rankings 2025" are both on the
    Atlas Rankings, edition 2025; "third in the Atlas national table" is on the Atlas
    national table, not on "Atlas"."""
    board = mention.unit
    if not board:
        return None, None
    at = sentence.find(board, mention.end)
    if at >= 0 and re.fullmatch(_YEAR, board):
        named = _YEAR_EDITION_OF.match(sentence, at)
        if named is None:
            return None, None  # "in 2025": a year, no board
        return named.group("board"), _year_period(int(named.group("year")))
    parts = _BOARD_AND_YEAR.fullmatch(board)
    year = parts.group("lead") or parts.group("trail") if parts else None
    if parts is not None and year:
        return parts.group("board"), _year_period(int(year))
    if at >= 0:
        noun = _BOARD_NOUN_AFTER.match(sentence, at + len(board))
        if noun is not None:
            return board + noun.group(), None
    return board, None


def _rank_period(
    sentence: str,
    mention: Mention,
    board_text: str | None,
    dates: Sequence[Mention],
    others: Sequence[Mention],
) -> Period | None:
    # a date with a possessive modifies another noun ("marked it down for November's
    # outage"): it dates no edition; nor does the financial year of a figure of the measure
    # ranked on ("to No. 14, on revenue of $2.94 billion for the year to March 2025": the
    # revenue's year, which no edition is named by)
    measures = [o.start for o in others if o.kind not in (Kind.RANK, Kind.DATE)]
    dates = [
        d
        for d in dates
        if sentence[d.end : d.end + 2] not in ("'s", "’s")
        and not (
            any(mention.end <= m < d.start for m in measures)
            and _YEAR_TO_BEFORE.search(sentence, max(0, d.start - 30), d.start)
        )
    ]
    # a date after the base of a move is the base's: "placed 14th, up from 15th in the 2025
    # index"
    bases = [
        o.start
        for o in others
        if o.kind is Kind.RANK
        and o.start >= mention.end
        and _RANK_BASE.search(sentence, max(0, o.start - 30), o.start)
    ]
    base_years = []
    if bases:
        base_years = [
            d.value.start.year
            for d in dates
            if any(b < d.start for b in bases)
            and isinstance(d.value, DateValue)
            and d.value.granularity is Granularity.YEAR
        ]
        dates = [d for d in dates if not any(b < d.start for b in bases)]
    period = _period(sentence, mention, dates, others)
    if period is None and len(set(base_years)) == 1:
        # "up from 15th in the 2025 index": the rank is the next edition's
        period = _year_period(base_years[0] + 1)
    if period is None and board_text:
        period = _board_date(sentence, mention, board_text, dates)
    if period is None:
        editions = {
            Period(d.value, "in")
            for d in dates
            if isinstance(d.value, DateValue)
            and _EDITION_DATE.search(sentence, max(0, d.start - 50), d.start)
        }
        period = editions.pop() if len(editions) == 1 else None
    return period


# An ordinal that holds a position ("which ranked second", "came in third place"), as
# opposed to one that only counts ("its first serious push"): only such ranks borrow a board.
_RANKING_VERB = re.compile(
    r"\b(?:(?:rank(?:s|ed|ing)?|plac(?:es|ed|ing)|came|comes|coming|finish(?:es|ed|ing)|sat|sits|"
    r"debut(?:s|ed))"
    r"(?:\s+in)?|(?:down|up|climb(?:s|ed)?|rose|rises|fell|falls|dropped|slipped|moved|jumped)"
    r"\s+to)\s+$",
    re.IGNORECASE,
)
# "according to rankings updated on Sunday": the date of the board's edition
_EDITION_DATE = re.compile(
    r"\b(?:rankings?|leaderboards?|list|table|standings|charts?)\s+(?:\w+\s+){0,2}?"
    r"(?:updated|published|released|issued)\s+(?:on|in|as\s+of)?\s*$",
    re.IGNORECASE,
)
_RANKING_NOUN = re.compile(r"\s+(?:place|spot|position)\b", re.IGNORECASE)


def _board_date(
    sentence: str, mention: Mention, board_text: str, dates: Sequence[Mention]
) -> Period | None:
    """ "ranked first on the Apex leaderboard this week": a date right after the board."""
    at = sentence.find(board_text, mention.end)
    if at < 0:
        return None
    end = at + len(board_text)
    for date in dates:
        if isinstance(date.value, DateValue) and re.fullmatch(
            r"\s*(?:published|released|updated)?\s*(?:on|in|for|of)?\s*", sentence[end : date.start]
        ):
            return Period(date.value, "in")
    return None


# A board named in full: capitalised words and a board noun ("the CellTrack Battery
# Rankings", "the Harlow Retail Index"), perhaps with a year ("the 2025 X Rankings", "the
# X Rankings 2025").
_NAMED_BOARD = re.compile(
    rf"(?:\b{_YEAR}[ \t]+)?(?<![\w.&'’+-])(?:[A-Z][\w.&'’+-]*[ \t]+)+"
    r"(?:Rankings?|Index|Table|Leaderboard|List|Charts?|Standings|Tracker)\b"
    rf"(?:[ \t]+{_YEAR}\b)?"
    # a list named by its size, as a board noun or an edition says it is one: "the annual
    # Asia Tyre 50 ranking", "Asia Tyre 50, 2025 edition", "the Salmon 30 list"
    rf"|(?<![\w.&'’+-])(?:[A-Z][\w.&'’+-]*[ \t]+)+(?!{_YEAR}\b)\d{{2,3}}\b(?![.,]\d)"
    rf"(?=[ \t]+(?:ranking|rankings|list|league[ \t]+table|table|index)\b"
    rf"|,?[ \t]+{_YEAR}[ \t]+edition\b)"
)
# The edition written after a list named by its size: "Asia Tyre 50, 2025 edition"
_EDITION_AFTER = re.compile(rf",?[ \t]+(?P<year>{_YEAR})[ \t]+edition\b")


def board_editions(sentence: str, dates: Sequence[Mention]) -> tuple[tuple[str, Period], ...]:
    """The boards a sentence names with their edition, whether or not it ranks anything:
    "In the CellTrack Battery Rankings for the third quarter of 2025, Hanrow kept the top
    spot" gives ("CellTrack Battery", 2025-Q3); "the 2025 edition of the Atlas Rankings"
    gives ("Atlas", 2025). Boards are ``normalise_board``'d, editions are months or
    coarser (as ``_edition``)."""
    found: dict[str, set[Period]] = {}
    for match in _YEAR_EDITION_OF.finditer(sentence):
        board = normalise_board(match.group("board"))
        found.setdefault(board, set()).add(_year_period(int(match.group("year"))))
    for match in _NAMED_BOARD.finditer(sentence):
        text = match.group()
        parts = _BOARD_AND_YEAR.fullmatch(text)
        year = parts.group("lead") or parts.group("trail") if parts else None
        if parts is not None and year:
            board = normalise_board(parts.group("board"))
            found.setdefault(board, set()).add(_year_period(int(year)))
            continue
        for date in dates:
            if (
                date.start >= match.end()
                and isinstance(date.value, DateValue)
                and re.fullmatch(
                    r"\s*,?\s*(?:published|released|updated|issued)?\s*(?:on|in|for|of)?\s*",
                    sentence[match.end() : date.start],
                )
            ):
                edition = _edition(Period(date.value, "in"))
                if edition is not None:
                    found.setdefault(normalise_board(text), set()).add(edition)
    return tuple(
        (board, periods.pop()) for board, periods in sorted(found.items()) if len(periods) == 1
    )


def _edition_named_before(
    board: str, editions: Sequence[tuple[str, Period]]
) -> tuple[str, Period | None]:
    """The board and edition the sentence before names for ``board``, written in full or
    short ("the CellTrack table" after "the CellTrack Battery Rankings for the third
    quarter": the CellTrack Battery board, that quarter), when it names exactly one; else
    ``board`` with no edition."""
    key = subject_key(board)
    found = {
        (named, period)
        for named, period in editions
        if subject_key(named) == key or subject_key(named).startswith(key + " ")
    }
    return found.pop() if len(found) == 1 else (board, None)


def _edition(period: Period | None) -> Period | None:
    """A board's edition is its month: a day or a week is coarsened to the month it starts."""
    if period is None or period.date.granularity is not Granularity.DAY:
        return period
    start = period.date.start.replace(day=1)
    last = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return Period(DateValue(start, last, Granularity.MONTH), period.relation)


def normalise_board(board: str) -> str:
    """ "the Apex leaderboard" and "Apex.ai" are one board: "Apex"; a full stop that ends
    the sentence after a board's name ("... of the Atlas Rankings.") is not part of it, nor
    is an owner's possessive ("ranked third in Atlas's")."""
    text = _POSSESSIVE_BOARD.sub("", board.strip().rstrip("."))
    previous = None
    while previous != text:
        previous = text
        text = _BOARD_NOISE.sub("", text).strip()
        head, _, last = text.rpartition(" ")
        if head and last.casefold() in _BOARD_NOUNS:  # "the Lindqvist league", "its tally"
            text = head.strip()
    return text or board.strip()


# "this year's Apex Global 100", "last year's Apex Rankings": a board named with its year
_YEAR_NAMED_BOARD = re.compile(
    r"\b(?P<which>(?i:this|last|next))\s+year['’]s\s+"
    r"(?P<board>[A-Z][\w.&'’+-]*(?:[ \t]+[A-Z][\w.&'’+-]*){0,8}" + _BOARD_NUMBER + ")"
)


def year_named_editions(
    sentence: str, published: dt.date | None
) -> tuple[tuple[str, Period], ...]:
    """The boards a sentence names by the year of their edition relative to the article's
    date: "this year's Apex Global 100" in an article of November 2026 is the 2026 edition
    of the Apex Global 100 (for ``describe``'s ``editions``)."""
    if published is None or "year" not in sentence:
        return ()
    step = {"this": 0, "last": -1, "next": 1}
    return tuple(
        (
            normalise_board(found.group("board")),
            _year_period(published.year + step[found.group("which").lower()]),
        )
        for found in _YEAR_NAMED_BOARD.finditer(sentence)
    )
