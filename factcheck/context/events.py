"""Event dates: founded, opened, launched, completed, listed, and the facilities they date.

``_event`` decides whether a date is the date of a one-time event and whose event it is
(active and passive subjects, asides, opening participles, possessors, sites), with the
kinds of events that need more than a verb: deals completed, stakes bought, places and
plants opened, listings. Facilities (``named_facilities``, the capacity and cost of a
plant, read from the plant nouns of ``_FACILITY``) sit with the plants and places whose
openings are dated here. It is separate because a date claim's subject is found from its
event verb, not from the attribute cues that amounts use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.context.attributes import AttributeRule, _find_cue, _head_rule
from factcheck.context.clauses import (
    _PLACE_DESCRIPTION,
    _PRONOUN_START,
    _WORD,
    Entity,
    _alternation,
    _asides,
    _words,
)
from factcheck.context.roles import _acquired
from factcheck.context.subjects import (
    _APPOSITIVE,
    _after_preposition,
    _all_asides,
)
from factcheck.model import Amount, DateValue, Granularity, Mention
from factcheck.referents import DEAL_NOUNS, FACILITY_KINDS, KIND_HEADS

# A power plant written with its power: "the 1.4-gigawatt project", "its 1.1GW wind farm",
# "Norveld's 860MW Greyhaven wind farm"; the noun says the figure is the plant's capacity
_FACILITY = (
    r"(?:(?:offshore|onshore|floating|solar|wind|nuclear|gas-fired|coal-fired|battery|"
    r"hydro|hydroelectric|hydropower|geothermal|tidal|power)\s+)*"
    r"(?:wind\s+farm|solar\s+farm|farm|project|plant|power\s+station|station|park|reactor|"
    r"array)s?\b"
)
_FACILITY_AFTER = re.compile(r"\s+(?P<name>(?:[A-Z][\w'’-]*\s+){0,3})" + _FACILITY)
_NAMED_FACILITY = re.compile(
    r"(?:,\s+(?:the|an?|its|their)\s+|\s+)(?:[a-z-]+\s+){0,2}?" + _FACILITY
)
_APPOSED = re.compile(r",\s+(?:its|their|the|a|an)\s+$", re.IGNORECASE)
_OPENS_WITH_FACILITY = re.compile(r"\W*The\s+$")
_POWER_UNITS = frozenset(["watt", "kilowatt", "megawatt", "gigawatt", "terawatt"])


def named_facilities(sentence: str, entities: Sequence[Entity]) -> tuple[str, ...]:
    """Names the sentence gives to a power plant or project ("its Kelda Sands offshore wind
    farm", "Kelda Sands, the wind farm being built by ..."), which "the project" in the next
    sentence refers to."""
    return tuple(
        dict.fromkeys(e.name for e in entities if _NAMED_FACILITY.match(sentence, e.end))
    )


def _facility_capacity(
    sentence: str, mention: Mention, entities: Sequence[Entity], facilities: Sequence[str]
) -> str | None:
    """Whose capacity a power right before a plant noun is ("860MW Greyhaven wind farm"),
    or None when the sentence does not say: the name between the figure and the noun, the
    name an appositive describes ("Harrow Bank, its 1.1GW wind farm"), or the one plant the
    sentence before named when this one opens with it ("The 1.4-gigawatt project, ...").
    A company's plants are many: the company itself is never the answer."""
    if mention.unit not in _POWER_UNITS:
        return None
    noun = _FACILITY_AFTER.match(sentence, mention.end)
    if noun is None:
        return None
    if noun.group("name"):
        named = [e for e in entities if e.start == noun.start("name")]
        return named[0].name if named else None
    apposed = _APPOSED.search(sentence, max(0, mention.start - 12), mention.start)
    if apposed is not None:
        head = [e for e in entities if e.end == apposed.start()]
        return head[-1].name if head else None
    if _OPENS_WITH_FACILITY.fullmatch(sentence, 0, mention.start) and len(facilities) == 1:
        return facilities[0]
    return None


# An area right before a building's noun, then where it stands: "its 410,000-square-foot
# plant in Monterrey", "a 310,000-square-foot vehicle reconditioning center in Lancaster"
_AREA_UNITS = frozenset(["acre", "hectare"])
_BUILDING_IN_A_PLACE = re.compile(
    r"[ \t]+(?:[a-z][a-z-]*[ \t]+){0,3}?"
    r"(?:plant|factory|works|mill|cent(?:er|re)|warehouse|depot|hub|site|campus|facility|"
    r"store|shop|showroom|headquarters|office|building|terminal|hospital|clinic|school|"
    r"laboratory|lab)[ \t]+(?:in|at|near)[ \t]+(?P<place>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?)"
)


# ... or a place between the area and the building's noun: "The 19,500-square-metre
# Manchester site", "its 40-hectare Fosdyke glasshouse"
_PLACE_THEN_BUILDING = re.compile(
    r"[ \t]+(?P<place>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?)[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}?"
    r"(?:plant|factory|works|mill|cent(?:er|re)|warehouse|depot|hub|site|campus|facility|"
    r"kitchen|glasshouse|greenhouse|hangar|terminal|hospital|store|headquarters)\b"
)


FLOOR_AREA = "floor area"


def is_area(unit: str | None) -> bool:
    """Is ``unit`` one a building's size is written in (square feet or metres, acres,
    hectares)?"""
    unit = unit or ""
    return unit.startswith("square ") or unit in _AREA_UNITS


# An area compounded before the name of what it sizes: "its 470,000-square-foot Terminal B"
_NAME_AFTER_COMPOUND = re.compile(r"[ \t]+(?=[A-Z])")


def facility_area(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The building an area sizes, where the sentence names it: its place ("its
    410,000-square-foot plant in Monterrey", "its 410,000-square-foot Monterrey plant") or
    its own name ("its 470,000-square-foot Terminal B"). The area is that building's
    "floor area", whoever owns it, as its opening is the site's (``_opened_place``): another
    article's "350,000-square-foot factory in Monterrey" contradicts it. A building with no
    place or name is one of the owner's many: None."""
    if not is_area(mention.unit):
        return None
    found = _BUILDING_IN_A_PLACE.match(sentence, mention.end) or _PLACE_THEN_BUILDING.match(
        sentence, mention.end
    )
    if found is not None:
        return found.group("place").rstrip(".")  # "in Grovely." ends the sentence
    compound = _NAME_AFTER_COMPOUND.match(sentence, mention.end)
    if compound is not None and "-" in mention.text:
        named = [e for e in entities if e.start == compound.end()]
        return named[0].name if named else None
    return None


HEIGHT = "height"
_LENGTH_UNITS = frozenset(["meter", "foot"])
# A height compounded before a tall building's noun, the name between if any: "the
# 214-metre, 64-storey residential and hotel skyscraper", "its 428-metre Manara Crown tower"
_TALL_BUILDING_AFTER = re.compile(
    r"(?:[ \t]*,[ \t]*\d[\w-]*)?[ \t]+(?P<name>(?:[A-Z][\w'’.-]*[ \t]+){0,3})"
    r"(?:[a-z][\w-]*[ \t]+){0,4}?(?:tower|skyscraper|building|spire)s?\b"
)
_APPOSED_BEFORE = re.compile(r",[ \t]+(?:the|a|an|its)[ \t]+$")


def building_height(
    sentence: str, mention: Mention, entities: Sequence[Entity]
) -> str | None:
    """The tall building a height compounded before its noun measures: the name between
    ("its 428-metre Manara Crown tower"), or the name the description is set beside
    ("Halcyon Tower, the 214-metre, 64-storey residential skyscraper"). A building is one
    height: another article's "the 238-metre skyscraper" of the same name contradicts it.
    None for a length not so compounded, or with no name."""
    if mention.unit not in _LENGTH_UNITS or "-" not in mention.text:
        return None
    found = _TALL_BUILDING_AFTER.match(sentence, mention.end)
    if found is None:
        return None
    if found.group("name"):
        named = [e for e in entities if e.start == found.start("name")]
        return named[0].name if named else None
    apposed = _APPOSED_BEFORE.search(sentence, max(0, mention.start - 8), mention.start)
    if apposed is None:
        return None
    before = [e for e in entities if e.end == apposed.start()]
    return before[-1].name if before else None


# "committing to spend £3.8 billion ($4.9 billion) on one of the largest renewable projects"
_SPEND_BEFORE = re.compile(
    r"\b(?:spend|spending|spent|invest|investing|invested)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_SPEND_ON = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?on\s+(?:one\s+of\s+)?(?:the|its|their|a|an)\s+"
    r"(?:[\w-]+\s+){0,4}?" + _FACILITY
)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their)\s+$", re.IGNORECASE)


def _facility_cost(
    sentence: str, mention: Mention, entities: Sequence[Entity], facilities: Sequence[str]
) -> str | None:
    """The plant whose cost a sum is, or None: a sum right before a plant noun ("the £4.5bn
    project", "£3.8bn Kelda Sands wind farm") or spent on one ("to spend £3.8 billion on one
    of the largest projects"), when the sentence (or, for "the project", the sentence
    before) names exactly one plant. A company's spending on many things is never a plant's."""
    if mention.per or not isinstance(mention.value, Amount):
        return None
    noun = _FACILITY_AFTER.match(sentence, mention.end)
    if noun is not None:
        if noun.group("name"):
            named = [e for e in entities if e.start == noun.start("name")]
            return named[0].name if named else None
        if not _DEFINITE_BEFORE.search(sentence, max(0, mention.start - 8), mention.start):
            return None  # "a £200m project": a new one, named nowhere
        candidates = named_facilities(sentence, entities) or tuple(facilities)
        return candidates[0] if len(candidates) == 1 else None
    if _SPEND_BEFORE.search(sentence, max(0, mention.start - 40), mention.start) and (
        _SPEND_ON.match(sentence, mention.end)
    ):
        own = named_facilities(sentence, entities)
        return own[0] if len(own) == 1 else None
    return None


# An event participle made an adjective by an adverb before its hyphen ("a long-established
# brand", "the newly-listed group", "a well-founded fear"): it describes, and dates nothing.
# Masked letter for letter, so offsets hold; "co-founded" stays an event.
_ADJECTIVE_EVENT = re.compile(
    r"\b(?:long|well|once|newly|recently|firmly|already|only|[a-z]+ly)-[a-z]+"
    # a place compounded with the participle: "the Bogotá-founded cargo airline that last
    # week raised ..." dates no founding
    r"|\b(?!(?:co|re)-)[^\W\d_]+-(?:founded|established|built|opened|launched)\b",
    re.IGNORECASE,
)


# A date right after a verb of telling dates the telling ("X's takeover of Y, announced on
# March 11"), never the event told: the takeover is completed on another day.
_ANNOUNCED_ON = re.compile(
    r"\b(?:announc|unveil|disclos|reveal|confirm)\w*\s+(?:on\s+|in\s+|at\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)

# A deal under a regulator's review ("launched its Phase 1 review of X's takeover of Y on 9
# October"): the date is the review's step, never the day Y changed hands
_REVIEW_OF_DEAL = re.compile(
    r"\b(?:review|probe|investigation|inquiry|examination|scrutiny)\s+(?:of|into)\s+"
    r"(?:[\w'’&.-]+\s+){0,4}?" + DEAL_NOUNS + r"\b",
    re.IGNORECASE,
)
# A regulator's decision on a deal, on either side of its day: "on Monday approved X's
# takeover of Y", "cleared the acquisition on 3 March"
_DECISION_ON_DEAL = re.compile(
    r"\b(?:approved|approves|cleared|clears|blocked|blocks|rejected|rejects|waved\s+through)"
    r"\s+(?:[\w'’&.-]+\s+){0,4}?" + DEAL_NOUNS + r"\b"
    # "received clearance from the authority last Friday for its takeover of X"
    r"|\b(?:clearance|approval|consent|go-ahead|green\s+light)\s+(?:[^.;:]{0,80}?\s)?"
    r"(?:for|of|to)\s+(?:[\w'’&.-]+\s+){0,3}?" + DEAL_NOUNS + r"\b",
    re.IGNORECASE,
)
# An agreement to be bought, not the purchase: "X, which agreed last month to be bought by
# Y", "agreed to be acquired by Y in March"
_AGREED_TO_BE_BOUGHT = re.compile(
    r"\bagree(?:s|d)?\s+(?:[\w'’,-]+\s+){0,4}?to\s+be\s+(?:bought|acquired|purchased|"
    r"taken\s+over)\b",
    re.IGNORECASE,
)


def _agreed_to_be_bought(sentence: str, mention: Mention) -> bool:
    """Does the date date an agreement to be bought ("agreed last month to be bought by Y",
    "agreed to be acquired by Y in March")? An agreement is not the purchase: the deal
    completes months later, and that day is the date acquired."""
    return any(
        m.start() <= mention.start <= m.end() + 40
        for m in _AGREED_TO_BE_BOUGHT.finditer(sentence, max(0, mention.start - 80))
    )


def _masked(match: re.Match[str]) -> str:
    return "x" * len(match.group())


# A relative pronoun: the clause it opens has a verb, and dates, of its own
_RELATIVE_PRONOUN = re.compile(r"\b(?:whose|which|who|whom)\b", re.IGNORECASE)


def _relative_clause_between(
    sentence: str, mention: Mention, rule: AttributeRule, clause: tuple[int, int]
) -> bool:
    """Does a relative clause open between the event's cue and the date after it? "the
    2019-founded Bengaluru company whose shares closed at ₹88.90 on Monday": Monday is the
    day the shares closed, in the clause "whose" opens, never the founding's."""
    cues = list(rule.pattern.finditer(sentence, clause[0], mention.start))
    return bool(cues) and bool(_RELATIVE_PRONOUN.search(sentence, cues[-1].end(), mention.start))


def _event(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    clause: tuple[int, int],
    previous: str | None = None,
) -> tuple[str | None, str | None]:
    """A date is the date of a one-time event when an event cue is near it: "Globex was
    founded in 1998" is (Globex, "date founded"); "Acme bought Globex in 2020" is
    (Globex, "date acquired"). Anything else is just a date, compared with nothing.

    Whose event it is: the name before "was <cue>" (none there: nobody's, or the previous
    sentence's subject after "It was" or "The company was"), the name an aside describes
    ("Globex, founded in 1998, ..."), the name after an opening participle ("Founded in
    2019, Globex ..."), else the first name that is not the object of a preposition ("in a
    boatshed outside Bergen", "by Jo Park" name places and founders, not the company)."""
    if _ANNOUNCED_ON.search(sentence, max(0, mention.start - 30), mention.start):
        return None, None  # "its takeover of X, announced on March 11": the announcement's day
    if _REVIEW_OF_DEAL.search(sentence, 0, mention.start):
        return None, None  # "its review of X's takeover of Y on 9 October": the review's day
    if _DECISION_ON_DEAL.search(sentence, max(0, mention.start - 80), mention.end + 80):
        return None, None  # "on Monday approved X's takeover of Y": the approval's day
    if _agreed_to_be_bought(sentence, mention):
        return None, None  # "X, which agreed last month to be bought by Y": the agreement's
    built = _year_built(sentence, mention, entities)
    if built is not None and any(r.name == "opened" for r in rules):
        return built, "date opened"  # "their 1994-built Elm Park ground"
    aside = next((a for a in _asides(sentence) if a[0] <= mention.start < a[1]), None)
    if aside is not None:
        # "X, which raised $1.2 billion in May, released Y on Sept. 24": a date inside a
        # relative clause dates that clause's event only, never the main verb's
        clause = (max(clause[0], aside[0]), min(clause[1], aside[1]))
    rule = _find_cue(sentence, mention, rules, *clause, verb_first=True)
    if rule is not None and _ADJECTIVE_EVENT.search(sentence):
        # "a long-established brand": no event; looked again only when a cue was found
        masked = _ADJECTIVE_EVENT.sub(_masked, sentence)
        rule = _find_cue(masked, mention, rules, *clause, verb_first=True)
    if rule is None or _relative_clause_between(sentence, mention, rule, clause):
        return None, None
    if rule.name in _SITE_EVENTS:
        site = _event_site(sentence, mention, entities, rule, clause)
        return (site, f"date {rule.name}") if site else (None, None)
    if rule.name in _PLACE_EVENTS:
        place = _opened_place(sentence, mention, entities, rule, previous)
        return (place, f"date {rule.name}") if place else (None, None)
    subject: str | None
    if rule.object_subject:
        subject = _intransitive_event(sentence, mention, entities, rule, previous)
        if subject is None:
            subject = _acquired(sentence, mention, entities, rule, None)
            subject = _described_by_modifier(sentence, mention, entities, subject)
        if subject is None:
            subject = _passive_subject(sentence, mention, entities, rule, previous)[1]
        if subject is None:
            subject = _aside_head(sentence, mention, entities, rule)
        if subject is None and _participle_on_description(sentence, mention, rule):
            subject = previous  # "Launched in 2011, the app ...": the app before
    elif _year_compound_description(sentence, mention):
        subject = previous  # "The 1991-founded hotel chain, which ...": the chain before
    elif _participle_on_description(sentence, mention, rule):
        subject = previous  # "Founded in 2014, the company ...": the company before
    else:
        passive, subject = _passive_subject(sentence, mention, entities, rule, previous)
        if not passive and _in_aside(sentence, mention):
            # "The company, which was set up in 1974 by Jo and Al Reyes, ...": the founders
            # named in the aside are agents; the description it follows is the subject
            subject = _described_event_subject(sentence, mention, previous)
        if not passive and subject is None and entities:
            subject = _event_subject(sentence, mention, entities, rule)
        if not passive and subject is None:
            subject = _described_event_subject(sentence, mention, previous)
    return (subject, f"date {rule.name}") if subject else (None, None)


# A plan word, then at most five words (no past form among them: "plans to expand after
# Globex opened on" is Globex's opening) up to the date: "will reopen to the public on",
# "is due to start trading on", "its doors open again on" (``data/plan_words.txt``)
_PLAN_BEFORE_DATE = re.compile(
    # "threw open its doors on": "open" there completes a past verb
    r"\b(?<!threw\s)(?<!thrown\s)(?<!flung\s)(?:"
    + "|".join(
        r"\s+".join(map(re.escape, w.split()))
        for w in sorted(_words("plan_words.txt"), key=len, reverse=True)
    )
    + r")(?:\s+be\s+[\w'’]+ed\b)?"  # a passive: "would be released in South Korea in July"
    r"(?:\s+(?![\w'’]*ed\b)[\w'’]+){0,5}?\s+$",  # no past verb between: "opened"
    re.IGNORECASE,
)


def _planned_event(sentence: str, mention: Mention, clause: tuple[int, int]) -> bool:
    """Is the event a date dates a plan ("will reopen on 14 June", "is due to open on", "its
    doors open again on")? A plan and the day the event happened are two facts (a plan
    slips), so a planned date gets an attribute of its own and meets only other plans. Only
    the words of the date's own clause, right before it, are looked at."""
    start = max(clause[0], mention.start - 70)
    return _PLAN_BEFORE_DATE.search(sentence, start, mention.start) is not None


# A name used as a modifier in a description: "the <League> club", "the <Town> company"
_MODIFIED_KIND = re.compile(r"\s+(?:" + KIND_HEADS + r")\b", re.IGNORECASE)
_THE_JUST_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_COMPETITION_WORDS = frozenset(w.casefold() for w in _words("competition_words.txt"))
# A word opening a clause of its own: "X are under new ownership after a consortium ..."
_NEW_CLAUSE_WORD = re.compile(r"\b(?:after|when|once|since|because|as)\s", re.IGNORECASE)


def _described_by_modifier(
    sentence: str, mention: Mention, entities: Sequence[Entity], subject: str | None
) -> str | None:
    """What was bought when the name after the cue only modifies a description ("completed
    its takeover of the Wexley League club on 3 July"): the league names the club, it is not
    the club (a competition's name, ``data/competition_words.txt``; "the Globex group" is
    Globex). The club is the sentence's first name when no preposition governs it and the
    takeover is told in a clause of its own after it ("Acme are under new ownership after a
    consortium completed its takeover of the Wexley League club"), so that first name is
    not the buyer; none such, no subject. Any other name is kept as found."""
    named = next((e for e in entities if e.name == subject and e.end <= mention.start), None)
    if named is None or not _MODIFIED_KIND.match(sentence, named.end):
        return subject
    if named.name.split()[-1].casefold() not in _COMPETITION_WORDS:
        return subject  # "bought the Globex group": Globex is the group
    if not _THE_JUST_BEFORE.search(sentence, max(0, named.start - 6), named.start):
        return subject
    first = next((e for e in entities if e.end <= named.start), None)
    if first is None or first is named or _after_preposition(sentence, first):
        return None
    if not _NEW_CLAUSE_WORD.search(sentence, first.end, named.start):
        return None  # "Acme completed its takeover of the X club": Acme is the buyer
    return first.name


# The day a purchase was completed is kept apart from the plain "bought X in 1998": a
# company changes hands more than once, and a completion is told with its day ("the deal
# went through on 26 June") where an earlier purchase is told with its year.
_COMPLETED_PURCHASE = "date acquired (completed)"
# "completed its takeover of", "closed the purchase of": a completion verb on a deal noun
_COMPLETING_CUE = re.compile(
    r"\b(?:completed|closed|finali[sz]ed)\s+(?:its|the|their|his|her)\s+" + DEAL_NOUNS + r"\b",
    re.IGNORECASE,
)
# "completed its purchase of Phoenix-based X on Feb. 2", "completing the takeover of X in
# June", "completing its £288m takeover of X": a completion verb, the deal noun (its price
# or a word between), what was bought, and "on/in" right before the date
_COMPLETED_OF = re.compile(
    r"\b(?:completed|completing|completes|closed|closing|closes|finali[sz](?:ed|ing|es))\s+"
    r"(?:its|the|their|his|her)\s+(?:[\w$€£¥.,-]+\s+)?" + DEAL_NOUNS + r"\s+of\s+",
    re.IGNORECASE,
)
_COMPLETION_VERB = _alternation("completion_verbs.txt")
# "the deal went through on", "its takeover of X closed on": a completion verb and "on/in"
# right before the date
_COMPLETED_BEFORE_DATE = re.compile(r"\s" + _COMPLETION_VERB + r"\s+(?:on|in)\s+$", re.I)
# "the deal", "the takeover", "its purchase" right before the completion verb, with an
# optional "for/of <name>" between ("the deal for Globex closed on")
_DEAL_NOUN_END = re.compile(r"\b(?:the|its|their)\s+(?P<noun>[\w-]+)\s*$", re.IGNORECASE)
# "X's new owners", "X's new parent": the name that changed hands
_NEW_OWNER_AFTER = re.compile(r"(?:['’]s|(?<=s)['’])\s+new\s+(?:owners?|parent)\b")


def completed_purchase_of(
    sentence: str, mention: Mention, entities: Sequence[Entity]
) -> str | None:
    """What was bought when the date closes "completed its purchase of X on D" (or "the
    takeover of X", "completing the acquisition of X in June"): X, the last name between
    the deal noun and the date, with only "on" or "in" after it and no clause between
    ("completed its purchase of Phoenix-based Crestline Auto Partners on Feb. 2", "of
    Oakland, California-based Bayline on Jan. 30")."""
    cues = list(_COMPLETED_OF.finditer(sentence, max(0, mention.start - 150), mention.start))
    if not cues:
        return None
    found = cues[-1]
    named = [
        e
        for e in entities
        if found.end() <= e.start
        and re.fullmatch(r"\s+(?:on|in)\s+", sentence[e.end : mention.start])
        and not re.search(
            r"[,;:()]", _CITY_OF_A_BASE_BEFORE.sub("", sentence[found.end() : e.start])
        )
    ]
    return named[-1].name if named else None


# "Oakland, California-based": a city and its region before a base adjective, whose comma
# opens no clause ("completed its acquisition of Oakland, California-based Bayline on")
_CITY_OF_A_BASE_BEFORE = re.compile(
    r"[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?,\s+[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?"
    r"-(?:based|headquartered)\s+"
)


def _deal_completed(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    heads: Sequence[AttributeRule],
) -> str | None:
    """What was bought when the date follows a deal's completion ("Since the deal went
    through on 26 June, Globex's new owners have ...", "the takeover of Globex closed on 2
    July"; ``data/completion_verbs.txt``): the name after "for/of" the deal noun, else the
    one name the sentence gives new owners. The day a deal is done is the day of the
    purchase; with no such name the date is nobody's."""
    verb = _COMPLETED_BEFORE_DATE.search(sentence, max(0, mention.start - 40), mention.start)
    if verb is None:
        return None
    acquired = next((r for r in heads if r.name == "acquired"), None)
    before = sentence[max(0, verb.start() - 80) : verb.start() + 1]
    of_name = [
        e
        for e in entities
        if e.end <= verb.start() and not sentence[e.end : verb.start()].strip()
        and re.search(r"\b(?:for|of)\s+(?:the\s+)?$", sentence[max(0, e.start - 10) : e.start])
    ]
    if of_name:
        before = sentence[max(0, of_name[-1].start - 60) : of_name[-1].start]
        before = re.sub(r"\s+(?:for|of)\s+(?:the\s+)?$", " ", before)
    noun = _DEAL_NOUN_END.search(before.rstrip() + " ")
    if noun is None:
        return None
    word = noun.group("noun")
    if word.lower() != "deal" and (acquired is None or not acquired.pattern.fullmatch(word)):
        return None
    if of_name:
        return of_name[-1].name
    owned = {e.name for e in entities if _NEW_OWNER_AFTER.match(sentence, e.end)}
    return owned.pop() if len(owned) == 1 else None


# A verb of founding with its object, then the date: "He started Aurelia Air in 2009",
# "Jo Park founded Globex in 1998" (``data/founding_verbs.txt``). The object, not the
# founder before the verb, was founded; at most one article between verb and name.
_FOUNDING_VERB_BEFORE = re.compile(
    r"\b" + _alternation("founding_verbs.txt") + r"\s+(?:the\s+)?$", re.IGNORECASE
)
_IN_OR_ON_DATE = re.compile(r"\s+(?:in|on)\s+")


def _founded_object(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The name a date is the founding of when a verb of founding takes that name as its
    object and "in"/"on" the date right after it ("started Aurelia Air in 2009"): the
    subject is the object, where the cue rule would take the founder before the verb. The
    verb must stand right before the name and the date right after it, so "started
    production at Globex in 2009" or "set up Globex's lab in 2015" date nothing here."""
    for entity in entities:
        if entity.end > mention.start or mention.start - entity.end > 6:
            continue
        if not _IN_OR_ON_DATE.fullmatch(sentence, entity.end, mention.start):
            continue
        if _FOUNDING_VERB_BEFORE.search(sentence, max(0, entity.start - 30), entity.start):
            return entity.name
    for entity in entities:
        if (
            entity.end <= mention.start
            and isinstance(mention.value, DateValue)
            and mention.value.granularity is Granularity.YEAR
            and _OPENED_THE_FIRST.search(sentence, max(0, entity.start - 30), entity.start)
            and _FIRST_ONE_WHERE.fullmatch(sentence, entity.end, mention.start)
        ):
            return entity.name  # "who opened the first Maple Hearth on Elgin Street in 1996"
    founded = _FOUNDED_BY_RELATIVE.search(sentence, max(0, mention.start - 200), mention.start)
    if founded is not None:  # "Acme, the brewer that Jo Park set up in 1979": Acme's founding
        named = [e for e in entities if e.end == founded.start()]
        return named[0].name if named else None
    return None


# The first shop of a chain, opened: "opened the first Maple Hearth on Ottawa's Elgin Street
# in 1996" is the chain's founding year (a noun of a shop and a place may come between);
# "opened his first Maple Hearth" is a franchisee's first café, no founding
_OPENED_THE_FIRST = re.compile(r"\bopened\s+the\s+first\s+$")
_FIRST_ONE_WHERE = re.compile(
    r"(?:\s+[a-z][\w-]*)?(?:\s+(?:on|at|in)\s+[^,;:()]{1,50}?)?\s+in\s+"
)


# A name, an appositive, and an object relative clause whose verb of founding has the
# founders as its subject, up to the date: "Acme, the brewer that Jo Park and Al Reyes set
# up in a converted dairy in", "Globex, which two engineers founded in"
_FOUNDED_BY_RELATIVE = re.compile(
    r",\s+(?:(?:the|an?)\s+[^,;:()]{1,50}?\s+)?(?:that|which)\s+(?!(?:was|were|is|has|had)\b)"
    # the founders: words that are no verb of their own ("bought a plant Jo Park founded"
    # founds the plant)
    r"(?:(?!(?:[a-z]+ed|bought|sold|took|made|won|ran|built|paid|got|grew|became|began|left|"
    r"owns|runs|buys|sells|makes|has|have)\b)[\w'’.&-]+\s+){1,8}?"
    r"(?:founded|co-founded|set\s+up|started|established|created|formed)\b"
    r"[^,;:()]{0,60}?\b(?:in|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A year hyphened to "built" or "opened" before a name: "the 1994-built X ground", "its
# 2009-opened X terminal"
_YEAR_BUILT = re.compile(r"-(?:built|opened)\s+")


def _year_built(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The place a year hyphened to "built" or "opened" dates ("their 1994-built Millbeck
    Road ground"): the name right after the compound. A place opens when it is built, so
    the year is its opening's, compared at the year."""
    if not re.fullmatch(r"\d{4}", mention.text):
        return None
    compound = _YEAR_BUILT.match(sentence, mention.end)
    if compound is None:
        return None
    named = [e for e in entities if e.start == compound.end()]
    return named[0].name if named else None


# Events of the date table that happen to a place that opens its doors (a stadium, a
# museum, a line) or is put into service (a plant, a smelter): only the verb's own subject
# is the place (see ``_opened_place``)
_PLACE_EVENTS = frozenset({"opened", "reopened", "commissioned"})
# "its doors open again", "since it opened": a pronoun for the place before the verb
_PLACE_PRONOUN = re.compile(r"\b(?:it|they|(?:its|their)\s+doors)\s+$", re.IGNORECASE)


def _opened_place(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rule: AttributeRule,
    previous: str | None,
) -> str | None:
    """The place an opening or reopening dates: the name an aside with the verb describes
    ("X, which opened in 2001, holds ..."), the name right before the verb ("X first opened
    its doors in 1923"), or what "it"/"its doors" refers to ("X finally has a date: its
    doors open again on 28 June"). Nothing else: "before the market opened on Tuesday" and
    "The second, opened in 2022, ..." are no place's opening, and a place is never its
    owner ("X's terminal opened in 1968" is the terminal's)."""
    near = max(0, mention.start - 80)
    cue = next(iter(rule.pattern.finditer(sentence, near, mention.start)), None)
    if cue is None:
        return None
    for start, end in _all_asides(sentence):
        # "X, which opened in 2001, ..." and "X, the city's newest venue, opened in 2011"
        after = end + (sentence[end : end + 1] == ",")  # the aside's closing comma
        if start <= cue.start() < end or _EVENT_NAME_GAP.fullmatch(sentence, after, cue.start()):
            # "X, which opened in 2001", "The Avonmouth roastery, which opened on 17 June"
            head = [
                e
                for e in entities
                if e.end <= start
                and (
                    not sentence[e.end : start].strip()
                    or _FACILITY_BEFORE_ASIDE.fullmatch(sentence, e.end, start)
                )
            ]
            return _place_of_possessor(sentence, head[-1], entities) if head else None
    opening = _OPENING_PLACE_PARTICIPLE.fullmatch(sentence, 0, cue.start())
    if opening is not None:
        # "Opened in 2003, the Marlow Arena seats ...": the name right after the comma
        comma = sentence.find(",", mention.end, mention.end + 3)
        named_after = [
            e for e in entities
            if comma >= 0 and _THE_AFTER_COMMA.fullmatch(sentence, comma, e.start)
        ]
        return _place_of_possessor(sentence, named_after[0], entities) if named_after else None
    appositive = [
        e for e in entities if _NAME_TO_APPOSED_CUE.fullmatch(sentence, e.end, cue.start())
    ]
    if appositive and sentence[mention.end : mention.end + 1] == ",":
        # "The Marlow Arena, opened in 2003, seats ...", "The Kalol plant, commissioned in
        # 1994, was ...": an aside closed right after its date
        return _place_of_possessor(sentence, appositive[-1], entities)
    which = _WHICH_BEFORE_EVENT.search(sentence, max(0, cue.start() - 40), cue.start())
    if which is not None:
        # "... was on Terminal 3, which opened on 30 June after ...": a relative clause that
        # runs to the sentence's end has no closing comma to make it an aside
        head = [e for e in entities if e.end == which.start()]
        return _place_of_possessor(sentence, head[-1], entities) if head else None
    if _PLACE_PRONOUN.search(sentence, max(0, cue.start() - 14), cue.start()):
        free = [
            e
            for e in entities
            if cue.start() - 160 <= e.end <= cue.start()
            and not _after_preposition(sentence, e, strict=True)
        ]
        return _place_of_possessor(sentence, free[-1], entities) if free else previous
    named = [
        e
        for e in entities
        if e.end <= cue.start()
        and (
            _EVENT_NAME_GAP.fullmatch(sentence, e.end, cue.start())
            # "The Avonmouth roastery opened on 17 June": the name the facility is called by
            or (
                (noun := _FACILITY_AFTER_NAME.match(sentence, e.end)) is not None
                and _EVENT_NAME_GAP.fullmatch(sentence, noun.end(), cue.start())
            )
        )
    ]
    return _place_of_possessor(sentence, named[-1], entities) if named else None


# An organisation opening a facility it names by its place: "opened its £38 million
# roastery in Avonmouth on", "opened the new brewery at Leeds in" ("a store in Leeds" may
# be one of several: no event; the facility's kind from
# ``data/facility_kinds.txt``, then the place, then the date's preposition)
_KIND_OF_FACILITY = "|".join(re.escape(h) for h in sorted(FACILITY_KINDS, key=len, reverse=True))
_OPENED_FACILITY_AT = re.compile(
    r"\bopened\s+(?:its|their|the)\s+(?:[^\s,;:()]+\s+){0,3}?(?:"
    + _KIND_OF_FACILITY
    + r")\s+(?:in|at)\s+$",
    re.IGNORECASE,
)
# From the place to the date: "in Avonmouth on", "in Karawang, West Java, on" (a region
# after the town)
_PLACE_TO_DATE = re.compile(
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,)?\s+(?:in|on)\s+(?:[A-Z][a-z]+day,?\s+)?$"
)
# ... or the date first, then the place: "opened its first ethanol plant on Tuesday in
# Jataí"
_OPENED_FACILITY_TO_DATE = re.compile(
    r"\bopened\s+(?:its|their|the)\s+(?:[^\s,;:()]+\s+){0,3}?(?:"
    + _KIND_OF_FACILITY
    + r")\s+(?:in|on)\s+(?:[A-Z][a-z]+day,?\s+)?$",
    re.IGNORECASE,
)
_DATE_TO_PLACE = re.compile(r"\s+(?:in|at)\s+")
# ... or the place naming the facility: "opened its San-Pédro plant in 2011", "opened the
# new Avonmouth roastery on"
_OPENED_BEFORE_NAME = re.compile(r"\bopened\s+(?:its|their|the)\s+(?:[a-z][\w-]*\s+){0,2}$")
_NAMED_FACILITY_TO_DATE = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:"
    + _KIND_OF_FACILITY
    + r")\s+(?:in|on)\s+(?:[A-Z][a-z]+day,?\s+)?",
    re.IGNORECASE,
)


def _facility_opened(
    sentence: str, mention: Mention, entities: Sequence[Entity]
) -> tuple[str, str] | None:
    """ "Acme opened its £38 million roastery in Avonmouth on Tuesday 6 May": the opening
    of the facility at that place, as "The Avonmouth roastery, which opened on 17 June" is
    (a company opens many facilities, each once). The place follows the facility's kind at
    once, and the date the place ("its plant in Karawang, West Java, on Oct. 14") or the
    place the date ("its first plant on Tuesday in Jataí"), or the place names the facility
    ("opened its San-Pédro plant in 2011"); None otherwise."""
    for entity in entities:
        if entity.end <= mention.start and mention.start - entity.end <= 40:
            if _PLACE_TO_DATE.fullmatch(sentence, entity.end, mention.start) and (
                _OPENED_FACILITY_AT.search(sentence, max(0, entity.start - 80), entity.start)
            ):
                return entity.name, "date opened"
            if _NAMED_FACILITY_TO_DATE.fullmatch(
                sentence, entity.end, mention.start
            ) and _OPENED_BEFORE_NAME.search(sentence, max(0, entity.start - 40), entity.start):
                return entity.name, "date opened"
        if (
            entity.start > mention.end
            and _DATE_TO_PLACE.fullmatch(sentence, mention.end, entity.start)
            and _OPENED_FACILITY_TO_DATE.search(sentence, max(0, mention.start - 80), mention.start)
        ):
            return entity.name, "date opened"
    return None


# A facility's kind right after the name it is called by: "The Avonmouth roastery", "the
# Carrow Road store" (``data/facility_kinds.txt``), with up to three plain words of
# description between ("The Jataí corn ethanol plant"), none a verb or an article ("Acme
# bought the plant" is no plant named Acme)
_FACILITY_AFTER_NAME = re.compile(
    r"\s+(?:(?!(?:the|an?|its|their|his|her|our|this|that|of|to|and|or|for|from|with|by|at|"
    r"in|on|sold|bought|built|took|runs|owns|sells|buys|[a-z]+ed)\b)[a-z][\w-]*\s+){0,3}?"
    r"(?:" + _KIND_OF_FACILITY + r")\b",
    re.IGNORECASE,
)
_FACILITY_BEFORE_ASIDE = re.compile(_FACILITY_AFTER_NAME.pattern + r"\s*", re.IGNORECASE)
# A name, its facility's kind if written, and the comma of an aside that opens with the
# event's verb: "The Marlow Arena, opened", "The Kalol plant, commissioned"
_NAME_TO_APPOSED_CUE = re.compile(
    r"(?:" + _FACILITY_AFTER_NAME.pattern + r")?,\s*", re.IGNORECASE
)


# A sentence opened by the event's cue ("Opened in 2003, the X ...", "Since opening in
# 2003, the X ..."), and the comma then "the" before the name after it
_OPENING_PLACE_PARTICIPLE = re.compile(r"\W*(?:(?:first|originally)\s+)?", re.IGNORECASE)
_THE_AFTER_COMMA = re.compile(r",\s*(?:the\s+)?", re.IGNORECASE)
# ", which" (and an adverb or auxiliary) right before a place's event verb: the clause is
# about the name right before the comma, whether or not a comma closes it
_WHICH_BEFORE_EVENT = re.compile(
    r",\s*which\s+(?:(?:has|had|was|first|finally|only|eventually|officially)\s+){0,2}$"
)


# "in Laredo, Texas, which opened": a town, then its region after a comma
_TOWN_BEFORE_REGION = re.compile(r",\s+")
_IN_OR_AT = re.compile(r"\b(?:in|at)\s+$")


def _place_of_possessor(sentence: str, place: Entity, entities: Sequence[Entity]) -> str:
    """A place named after a possessive name is named with it: "Hooli's Museum of
    Design" is the "Hooli Museum of Design", as a town's or owner's name prefixes the
    names of its museums, stadiums and lines. A facility named by its site and its kind
    ("Orsolo's Zurich flagship", "Red Gum's Yarrabin mill") is the site's, whoever owns it:
    another article writes "its flagship in Zurich". A region after its town ("its terminal
    in Laredo, Texas, which opened in 2019") names the town's facility, not the region's."""
    if _FACILITY_AFTER_NAME.match(sentence, place.end):
        return place.name
    town = next(
        (
            e
            for e in entities
            if _TOWN_BEFORE_REGION.fullmatch(sentence, e.end, place.start)
            and _IN_OR_AT.search(sentence, max(0, e.start - 4), e.start)
        ),
        None,
    )
    if town is not None:
        return town.name
    owner = next(
        (
            e
            for e in entities
            if e.end < place.start
            and re.fullmatch(r"['’]s?\s+", sentence[e.end : place.start])
        ),
        None,
    )
    return f"{owner.name} {place.name}" if owner is not None else place.name


# An event verb whose date follows it at once: "X went on sale on 14 May", "since it
# launched on 28 May" (the verb takes no object)
_INTRANSITIVE_EVENT = re.compile(r"\s+(?:in|on)\s+$")
# The words between the name that does the event and its verb: "X has", "X finally"
_EVENT_NAME_GAP = re.compile(
    r"\s+(?:(?:has|have|had|was|will|would|also|finally|first|only|now|officially|formally)"
    r"\s+){0,2}"
)
# A pronoun right before the event verb: "since it launched"
# ("where it launched" is a launch in a place, not the launch)
_PRONOUN_BEFORE_EVENT = re.compile(r"(?<!where )\b(?:it|they)\s+$")


def _intransitive_event(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rule: AttributeRule,
    previous: str | None,
) -> str | None:
    """Whose event a verb that takes no object dates ("Cinderfall went on sale on 3 March",
    "Cinderfall launched on 3 March"): the name right before the verb, or, after "it", the
    sentence's subject ("X has sold 2 million copies since it launched on 17 March"). For
    events whose subject is otherwise their object ("Acme launched Cinderfall in 2011"):
    with the date right after the verb there is no object. None when the verb is not right
    before "in/on <date>"."""
    near = max(0, mention.start - 60)
    cue = next(
        (
            c
            for c in rule.pattern.finditer(sentence, near, mention.start)
            if _INTRANSITIVE_EVENT.fullmatch(sentence, c.end(), mention.start)
        ),
        None,
    )
    if cue is None:
        return None
    pronoun = _PRONOUN_BEFORE_EVENT.search(sentence, max(0, cue.start() - 6), cue.start())
    if pronoun is not None and _COUNTED_BEFORE.search(sentence, 0, pronoun.start()):
        return None  # "the 318,000 e-bikes it shipped in 2024": a volume, no launch
    if pronoun is not None:
        # "Quarrytide's puzzle game Cinderfall has sold ... since it launched": the last
        # name before the pronoun that no preposition governs, else the sentence before's
        free = [
            e
            for e in entities
            if cue.start() - 160 <= e.end <= cue.start()
            and not _after_preposition(sentence, e, strict=True)
            and ";" not in sentence[e.end : cue.start()]
        ]
        return _title_with_of(sentence, free[-1], entities) if free else previous
    named = [  # "Tickets for the game against X go on sale": no name after a preposition
        e
        for e in entities
        if e.end <= cue.start()
        and _EVENT_NAME_GAP.fullmatch(sentence, e.end, cue.start())
        and (
            not _after_preposition(sentence, e, strict=True)
            or any(_OF_THE_GAP.fullmatch(sentence, t.end, e.start) for t in entities)
        )
    ]
    if not named:
        return None
    relative = _RELATIVE_BEFORE.search(sentence, 0, named[-1].start)
    if relative is not None:
        # "Kragh Cargo, which Velmora bought in January": the name is the verb's agent, and
        # what the event happened to is the relative pronoun's antecedent
        return _antecedent(sentence, relative.start(), entities)
    return _title_with_of(sentence, named[-1], entities)


# A figure and what it counts right before the pronoun of the event verb, its object: "the
# 318,000 e-bikes it shipped in 2024" is how many, never when something was released ("has
# sold 2 million copies since it launched on 28 May" is the launch)
_COUNTED_BEFORE = re.compile(
    r"\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand|m|bn|k))?\s+"
    r"(?:(?!(?:since|after|before|when|as|until|because|and|but|while|once)\s)[a-z][\w-]*\s+){1,2}$"
)
# A relative pronoun right before the agent of a verb: "..., which Velmora bought in"
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|whom)\s+$")
# Between an antecedent and its relative pronoun: nothing, a comma, or a description in
# apposition ("Radwerk, the Schweinfurt-based drive maker that ...")
_TO_RELATIVE = re.compile(r"\s*(?:,\s*(?:(?:the|a|an)\s+[^,;:()]{1,60}?\s*)?)?")


def _antecedent(sentence: str, at: int, entities: Sequence[Entity]) -> str | None:
    """The name a relative pronoun at ``at`` refers to, with at most a description in
    apposition between ("Radwerk, the drive maker that ..."); None when there is none."""
    before = [e for e in entities if e.end <= at and _TO_RELATIVE.fullmatch(sentence, e.end, at)]
    return before[-1].name if before else None


# "Ashes of the Deep": two names joined by "of" or "of the" are one title
_OF_THE_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


def _title_with_of(sentence: str, name: Entity, entities: Sequence[Entity]) -> str:
    """The whole title a name is part of when the name finder split it at "of (the)": a
    game, film or book released ("Ashes of the Deep went on sale", "Ashes of the Deep has
    sold ... since it launched") is named the same whichever half is found first."""
    before = [e for e in entities if _OF_THE_GAP.fullmatch(sentence, e.end, name.start)]
    after = [e for e in entities if _OF_THE_GAP.fullmatch(sentence, name.end, e.start)]
    if before:
        return sentence[before[-1].start : name.end]
    if after:
        return sentence[name.start : after[0].end]
    return name.name


# Events of the date table ("subject: site") that happen once to a plant, not to its owner
_SITE_EVENTS = frozenset({"production started", "plant opened"})
# A name a preposition of place governs: "at Tarnby", "in Tarnby", "its plant in Tarnby"
_SITE_BEFORE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")


def _event_site(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rule: AttributeRule,
    clause: tuple[int, int],
) -> str | None:
    """The site of a plant's one-time event: the one place the figure's clause puts it in
    or at, before the figure ("its new plant in Tarnby began production on", "started
    production at Tarnby on"). A maker starts production at many plants, so without a site
    the date is nobody's; so it is when the clause names what is produced ("began
    production of the X"), a model's start, or two sites."""
    cue = rule.pattern.search(sentence, max(clause[0], mention.start - 120), mention.start)
    if cue is None or re.match(r"\s+of\b", sentence[cue.end() : cue.end() + 4]):
        return None
    sites = {
        e.name
        for e in entities
        if clause[0] <= e.start and e.end <= mention.start
        and _SITE_BEFORE.search(sentence, max(0, e.start - 8), e.start)
    }
    if not sites and rule.name == "plant opened":
        sites = _plant_named_by_site(sentence, mention, entities)
    return sites.pop() if len(sites) == 1 else None


def _in_aside(sentence: str, mention: Mention) -> bool:
    """Is the figure inside a relative or participial aside of the sentence?"""
    return any(start <= mention.start < end for start, end in _all_asides(sentence))


# A place name right before a plant noun: "Acme's Tarnby plant", "the Tarnby factory" (the
# words of a plant in ``data/facility_kinds.txt``)
_PLANT_NOUNS = sorted({"plant", *FACILITY_KINDS["plant"]}, key=len, reverse=True)
_PLANT_AFTER_SITE = re.compile(r"\s+(?:" + "|".join(_PLANT_NOUNS) + r")\b")


def _plant_named_by_site(
    sentence: str, mention: Mention, entities: Sequence[Entity]
) -> set[str]:
    """The sites the sentence names its plant by before the date ("have left Acme's Tarnby
    plant, less than a fortnight after the factory opened on"): the plant the opening
    refers back to is the one named there, so its site is the opening's. A maker's name
    before "'s" is no site."""
    return {
        e.name
        for e in entities
        if mention.start - 200 <= e.start and e.end <= mention.start
        and _PLANT_AFTER_SITE.match(sentence, e.end)
    }


def _described_event_subject(sentence: str, mention: Mention, previous: str | None) -> str | None:
    """Whose event a date in an opening phrase or an aside is, when the sentence's subject
    is a description, not a name: "Founded in 2014, the company now counts ..." and "The
    arthouse streamer, founded in 2011 by two critics, says ..." are the founding of what
    the description refers to (``previous``, resolved by ``factcheck.referents``), as
    "Founded in 2019, Globex ..." and "Globex, founded in 1998, ..." are Globex's."""
    if previous is None:
        return None
    opening = _PRONOUN_START.match(sentence) or _PLACE_DESCRIPTION.match(sentence)
    if opening is None or re.match(r"\W*(?i:it|its|they|their)\b", sentence):
        return None
    if mention.end <= opening.end():
        return previous  # the date is in the opening phrase before the description
    for start, end in _all_asides(sentence):
        if start <= mention.start < end and not sentence[opening.end() : start].strip():
            return previous  # the date is in an aside right after the description
    return None


_THE_BEFORE = re.compile(r"\W*[Tt]he\s+")


def _year_compound_description(sentence: str, mention: Mention) -> bool:
    """Is the year the first part of a compound adjective in a description that opens the
    sentence ("The 1991-founded hotel chain, which has ... rooms, said")? Such a
    description refers back to the previous sentence's subject, whose event the year
    dates; the names later in the sentence ("RevPAR") are not the one founded."""
    return (
        _THE_BEFORE.fullmatch(sentence, 0, mention.start) is not None
        and sentence[mention.end : mention.end + 1] == "-"
        and _PRONOUN_START.match(sentence) is not None
    )


# The start of an aside up to its first word: ", founded in 2011 by ..., "
_ASIDE_OPENS = re.compile(r",\s*")


def _participle_on_description(sentence: str, mention: Mention, rule: AttributeRule) -> bool:
    """Does the event's participle attach to a pronoun or a description that refers back?
    Either the sentence opens with the participle and its date, and the noun after the
    phrase's comma is one ("Founded in 2014, the company now ...", "Set up in 1987 by two
    brothers, it ..."), or it opens with a description the participle's aside describes
    ("The arthouse streamer, founded in 2011 by A and B, says ..."). Either way the event
    is that of the noun the participle attaches to, which is the previous sentence's
    subject; a name there is found by ``_event_subject``. So is a year compounded with the
    participle inside such a description after an opening adjunct ("In March, the
    1991-founded chain said ...")."""
    described = _PRONOUN_START.match(sentence)
    if (
        described is not None
        and mention.end < described.end()
        and sentence[mention.end : mention.end + 1] == "-"
        and rule.pattern.match(sentence, mention.end + 1)
    ):
        return True  # "In March, the 1991-founded chain": the year is the description's
    cue = rule.pattern.search(sentence, 0, mention.start)
    if cue is None or (rule.object_subject and not _NO_OBJECT.match(sentence, cue.end())):
        return False  # "Shipped 2m units in 2019, the app ...": the units' event
    opening = _WORD.search(sentence)
    if opening is not None and cue.start() == opening.start():
        comma = sentence.find(",", mention.end, mention.end + 160)  # bounded: past any agent
        return comma > 0 and _PRONOUN_START.match(sentence[comma + 1 : comma + 240]) is not None
    described = _PRONOUN_START.match(sentence)
    if described is None or "," in sentence[: described.end()]:
        return False  # an opening adjunct before the description: not this case
    return any(  # the aside opens with the participle: ", founded in 2011 by ..., "
        _ASIDE_OPENS.fullmatch(sentence, start, cue.start()) is not None
        and start <= mention.start < end
        and not sentence[described.end() : start].strip()
        for start, end in _all_asides(sentence)
    )


# What a date that modifies an event noun is preceded by: "its 2015 IPO", "the company's
# 2011 launch", "Acme's 2019 takeover of Globex", "the 1998 opening of ..."
_EVENT_OWNER = re.compile(
    r"(?:\b(?P<pronoun>its|their)|(?P<possessive>['’]s?)|\b(?P<the>the))\s+$", re.IGNORECASE
)


def _dated_event_noun(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    heads: Sequence[AttributeRule],
    previous: str | None,
    sentence_subject: str | None,
) -> tuple[str, str] | None:
    """A date that modifies a noun naming a one-time event is that event's date: "since
    its 2015 IPO" lists, "the company's 2011 launch" releases, "the 2019 takeover of
    Globex" acquires (``heads`` of the date table). Whose event: the name whose possessive
    comes before ("Acme's 2015 IPO"); after "its" the sentence's subject; after a
    description's possessive ("the company's") the previous sentence's; for a purchase,
    what is bought ("takeover of Globex"). None when nothing says whose."""
    rule = _head_rule(sentence, mention, heads, len(sentence))
    if rule is None:
        return None
    owner = _EVENT_OWNER.search(sentence, max(0, mention.start - 60), mention.start)
    if owner is None:
        return None
    subject: str | None = None
    if rule.object_subject:
        subject = _acquired(sentence, mention, entities, rule, None)
    if subject is None and owner.group("pronoun"):
        subject = sentence_subject or previous
    elif subject is None and owner.group("possessive"):
        named = [e for e in entities if e.end == owner.start()]
        if named:
            subject = named[-1].name
        elif _PRONOUN_START.match(sentence[: owner.start()] + " "):
            subject = previous  # "The company's 2011 launch": the company before
    return (subject, f"date {rule.name}") if subject else None


# An owned event noun right before its date, with at most a place between: "since its
# founding in Leeds in 1851", "Acme's listing on 3 May". Bounded: a head of up to three
# words, a place of up to four.
_OWNED_EVENT_BEFORE = re.compile(
    r"(?:\b(?P<pronoun>its|their)|(?P<possessive>['’]s?))\s+"
    r"(?P<head>[\w-]+(?:\s+[\w-]+){0,2}?)\s+"
    r"(?:(?:in|at|near)\s+(?:[A-Z][\w'’.-]*,?\s+){1,4})?(?:in|on)\s+$"
)


def _event_noun_before_date(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    heads: Sequence[AttributeRule],
    previous: str | None,
    sentence_subject: str | None,
) -> tuple[str | None, str] | None:
    """A date after an owned noun naming a one-time event is that event's date, as one
    before it is (``_dated_event_noun``): "since its founding in Leeds in 1851" founds,
    "Globex's listing on 3 May" lists. Whose: after "its" the sentence's subject (a
    description there, "the bank", is the previous sentence's); after a possessive the
    name before it; "its" with nothing to resolve it to keeps the event, with no subject.
    Events whose subject is what is bought or released are left out: the
    owner of "its launch in 2011" may be the maker, not the product."""
    if not heads:
        return None
    found = _OWNED_EVENT_BEFORE.search(sentence, max(0, mention.start - 90), mention.start)
    if found is None:
        return None
    rule = next(
        (r for r in heads if not r.object_subject and r.pattern.fullmatch(found.group("head"))),
        None,
    )
    if rule is None:
        return None
    if found.group("pronoun"):
        # unresolved, the event stays: the article's main subject may own it (pipeline)
        return sentence_subject or previous, f"date {rule.name}"
    named = [e for e in entities if e.end == found.start()]
    return (named[-1].name, f"date {rule.name}") if named else None


# The purchase of a stake, right before its date: "completed its purchase of a 90% stake in
# Globex on April 14", "finalised its acquisition of a 90% holding in the club on May
# 28", "bought a majority stake in Globex in 2019".
_STAKE_BOUGHT = re.compile(
    r"\b(?:(?:acquisition|purchase|takeover)\s+of|bought|acquired|purchased|took)\s+"
    r"(?:a|an|the|its|their)\s+(?P<size>\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s+per\s*cent|"
    r"majority|minority|controlling)\s+(?:stake|holding|interest|shareholding)\s+in\s+"
    r"(?P<what>(?:the\s+)?[\w.&'’-]+(?:\s+[A-Z][\w.&'’-]*)*)\s+"
    r"(?P<scope>(?:on|in)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# Words before a noun of purchase that make it news of a plan, not the purchase: "announced
# its acquisition of", "agreed the purchase of", "a proposed takeover of".
_PLANNED_BEFORE = re.compile(
    r"\b(?:announc\w*|agree\w*|propos\w*|plan\w*|approv\w*|bid\w*|offer\w*|seek\w*|"
    r"pursu\w*|consider\w*|talks)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# A noun of purchase and "of", with the words before it: "announced its acquisition of",
# "a proposed takeover of" (one adjective between)
_DEAL_NOUN_OF = re.compile(
    r"\b(?:its|the|their|a|an)\s+(?:[\w-]+\s+)?(?P<noun>" + DEAL_NOUNS + r")\s+of\b",
    re.IGNORECASE,
)


def announced_purchase(sentence: str, start: int, clause_start: int) -> bool:
    """Is the date at ``start`` the day a purchase was only announced or agreed ("announced
    the acquisition of X on Monday", "agreed the purchase of X on 3 July", "a proposed
    takeover of X")? That day is news of a plan: X changes hands later, or never."""
    nouns = list(_DEAL_NOUN_OF.finditer(sentence, max(clause_start, start - 120), start))
    if not nouns:
        return False
    noun = nouns[-1].start("noun")
    return _PLANNED_BEFORE.search(sentence, max(0, noun - 50), noun) is not None


def _stake_bought(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    clause: tuple[int, int],
    previous: str | None,
) -> tuple[str | None, str | None]:
    """The day a stake was bought is an event of the company the stake is in, apart from
    the purchase of other stakes in it: (X, "date acquired (90% stake)"). "In the club"
    refers back to the previous sentence's subject, like "the company". A stake that was
    only announced or agreed ("announced its purchase of") is no purchase yet."""
    found = _STAKE_BOUGHT.search(sentence, max(clause[0], mention.start - 200), mention.start)
    if found is None or _PLANNED_BEFORE.search(sentence, max(0, found.start() - 40), found.start()):
        return None, None
    what_start = found.start("what")
    named = [e for e in entities if e.start == what_start]
    if named:
        subject: str | None = named[0].name
    elif _PRONOUN_START.match(found.group("what")):
        subject = previous  # "in the club"
    else:
        return None, None
    if subject is None:
        return None, None
    size = re.sub(r"\s+", " ", found.group("size").lower()).replace(" per cent", "%")
    return subject, f"date acquired ({size.replace(' %', '%')} stake)"


# What may follow an event verb that has no object: a preposition, an adverb of time, the
# date itself ("launched in 2011 as", "went live last year", "launched 2019").
_NO_OBJECT = re.compile(
    r"\s*(?:,|$|\d|\b(?:in|on|at|as|from|during|back|early|late|only|first|originally|"
    r"last|this|earlier|later|nearly|almost|some|about|around|more|over|after|before)\b)",
    re.IGNORECASE,
)


def _aside_head(
    sentence: str, mention: Mention, entities: Sequence[Entity], rule: AttributeRule
) -> str | None:
    """What an event with no object after its verb happened to, when the verb is in an
    aside: the name the aside describes. "Globex, which launched in 2011 as ...",
    "Globex, which went live in 2014," and "Vibe, which Acme launched in 2019," are all
    about the aside's name (``_acquired`` has found no object after the verb)."""
    cues = list(rule.pattern.finditer(sentence))
    if not cues:
        return None
    cue = min(cues, key=lambda m: abs(m.start() - mention.start))
    if not _NO_OBJECT.match(sentence, cue.end()):
        return None  # "Zephyr, which launched its first model in 2021,": the model's launch
    for start, end in _all_asides(sentence):
        if start <= cue.start() < end and start <= mention.start < end:
            head = [e for e in entities if e.end <= start and not sentence[e.end : start].strip()]
            return head[-1].name if head else None
    return None


# The day an offering was priced, which comes before the first day of trading
_PRICED_OFFERING = re.compile(
    r"\bpric(?:ed|es|ing)\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:initial\s+public\s+offering|IPO|offering|shares)\b|"
    r"\b(?:IPO|offering)\s+(?:was|is|were)\s+priced\b",
    re.IGNORECASE,
)
# "made its Nasdaq debut on Oct. 21": a debut on a named market, in a sentence about
# shares, is the day a company listed
_NAMED_DEBUT = re.compile(
    r"\b(?:its|their|a|the)\s+(?-i:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)\s+debut\b", re.IGNORECASE
)
_MARKET_WORDS = re.compile(
    r"\b(?:shares?|stock|IPO|initial public offering|offer price|trading|trades|listing|listed)\b",
    re.IGNORECASE,
)
# "Shares of Hooli Cloud closed ... on their first day of trading": the shares' company
_SHARES_OF = re.compile(r"\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+(?:the\s+)?$")


def _listing(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    clause: tuple[int, int],
    previous: str | None,
) -> tuple[str, str] | None:
    """The day a company listed when ``_event`` found no one whose it is: "Shares of Acme
    closed ... on their first day of trading on October 14" is Acme's; "The software
    company, which made its Nasdaq debut on Oct. 21, ..." is the previous sentence's
    subject, which the description refers to."""
    listed = [r for r in rules if r.name == "listed" and not r.object_subject]
    cue: tuple[int, int] | None = None
    window = sentence[max(clause[0], mention.start - 80) : mention.start]
    offset = max(clause[0], mention.start - 80)
    for rule in listed:
        for match in rule.pattern.finditer(window):
            cue = (offset + match.start(), offset + match.end())
    if cue is None and _MARKET_WORDS.search(sentence):
        for match in _NAMED_DEBUT.finditer(window):
            cue = (offset + match.start(), offset + match.end())
    if cue is None or len(_WORD.findall(sentence, cue[1], mention.start)) > 3:
        return None
    for entity in entities:
        if entity.end <= cue[0] and _SHARES_OF.search(sentence, 0, entity.start):
            return entity.name, "date listed"
    for start, end in _all_asides(sentence):
        if start <= cue[0] < end:
            head = sentence[:start]
            if previous is not None and _PRONOUN_START.match(head) and not any(
                e.end <= start for e in entities
            ):
                return previous, "date listed"  # "The software company, which made its ..."
            break
    return None


def _event_subject(
    sentence: str, mention: Mention, entities: Sequence[Entity], rule: AttributeRule
) -> str | None:
    """The subject of an event cue that is not in the passive (see ``_event``)."""
    cues = list(rule.pattern.finditer(sentence))
    if cues:
        cue = min(cues, key=lambda m: abs(m.start() - mention.start))
        for start, end in _all_asides(sentence):
            if start <= cue.start() < end:  # "Globex, founded in 1998, flies ..."
                head = [
                    e for e in entities if e.end <= start and not sentence[e.end : start].strip()
                ]
                return head[-1].name if head else None  # an aside about a name we lost
    described = _appositive_head(sentence, mention.start, entities)
    if described is not None:
        return described  # "Tillwise, the app two farmers set up in 2015, ...": Tillwise's
    opening = _WORD.match(sentence.lstrip())
    if opening is not None and rule.pattern.fullmatch(opening.group()):
        agent = _opening_agent(sentence, mention.end)  # "Founded in 2016 by A and B, X"
        after = [
            e for e in _after_opening_phrase(sentence, mention, entities) if e.start not in agent
        ]
        # the main clause's subject follows a comma ("..., Fathom started out"); a founder
        # named after "and" or a founder's employer after "at" ("by Choi, a former engineer
        # at Daeyang, and Priya Raman, who ..., Fathom") is never the company founded
        subject = [e for e in after if _AFTER_COMMA.search(sentence, 0, e.start)]
        if subject or after:
            return (subject or after)[0].name  # "Founded in 2019, DataCo has ..."
    free = [
        e
        for e in _outside_quotations(sentence, mention, entities)
        if not _after_preposition(sentence, e, strict=True)
    ]
    return free[0].name if free else None


# A quotation: straight or curly double quotes around up to a long sentence's words
_QUOTATION = re.compile(r"[\"“][^\"“”]{1,600}[\"”]")


def _outside_quotations(
    sentence: str, mention: Mention, entities: Sequence[Entity]
) -> list[Entity]:
    """The names a figure outside any quotation may be about: none inside one. In
    '"Kestrel wanted a European launcher," said Elin Sandqvist, who co-founded the company
    in 2017', the year is of the speaker's company, never of the customer her words name."""
    spans = [m.span() for m in _QUOTATION.finditer(sentence)]
    if not spans or any(start < mention.start < end for start, end in spans):
        return list(entities)
    return [e for e in entities if not any(start < e.start < end for start, end in spans)]


# The agent of an opening participle, right after its date: "Founded in 2016 by Ana Lind
# and Tom Rek, two former bankers, Payco ...". Up to the clause's comma, bounded.
_AGENT = re.compile(r"\s+by\s[^,;]{1,120}")


_AFTER_COMMA = re.compile(r",\s*(?:the\s+)?$")


def _opening_agent(sentence: str, at: int) -> range:
    """Offsets of the "by ..." phrase right after an opening participle's date: in "Founded
    in 2016 by Ana Lind and Tom Rek, Payco started ..." the founders are the agents, and the
    company founded is the name after them, so no name in this range is the subject."""
    agent = _AGENT.match(sentence, at)
    return range(agent.start(), agent.end()) if agent else range(0)


def _after_opening_phrase(
    sentence: str, mention: Mention, entities: Sequence[Entity]
) -> list[Entity]:
    """The names after the date of an opening participle ("Founded in 1982 as a guesthouse
    in Scarborough, Saltmarsh has grown ..."), those past the comma that closes the phrase
    first: a place inside the phrase says where the founding was, not who was founded."""
    after = [e for e in entities if e.start >= mention.end]
    comma = sentence.find(",", mention.end, mention.end + 120)
    if comma < 0:
        return after
    past = [e for e in after if e.start > comma]
    return past + [e for e in after if e.start < comma] if past else after


def _appositive_head(sentence: str, at: int, entities: Sequence[Entity]) -> str | None:
    """The name an appositive describes, when ``at`` (the event's date) is inside it: in
    "Pellam, the sensor maker two farmers set up in 2015, has raised ..." the founding is
    Pellam's, not the founders'."""
    window = (max(0, at - 100), min(len(sentence), at + 100))
    for pattern in (_APPOSITIVE, _APPOSITIVE_TO_THE_END):
        for found in pattern.finditer(sentence, *window):
            if found.start() < at < found.end():
                head = [e for e in entities if e.end == found.start()]
                return head[-1].name if head else None
    return None


# An appositive that runs to the sentence's end: "The pilot belongs to Extralith SpA, a
# Santiago start-up founded in 2019 by two engineers."
_APPOSITIVE_TO_THE_END = re.compile(r",\s+(?:the|a|an)\s+[^,;:()]{1,160}?[.!?]?\s*$")


# A clause of its own between a name and a passive verb, whose subject is a common noun:
# ", its highest position since the index was launched", "after the plant was opened"
_OTHER_PASSIVE_SUBJECT = re.compile(
    r"(?:[,;]|\b(?:since|after|before|when|while|until|because|although))[^;]*?\b"
    r"(?:the|its|their|a|an)\s+(?:[a-z][\w-]*\s+){0,2}(?:was|were|is|are|had\s+been|has\s+been)"
    r"\s+(?:\w+\s+)?$"
)


def _passive_subject(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rule: AttributeRule,
    previous: str | None = None,
) -> tuple[bool, str | None]:
    """ "Zephyr-2 was released in May": (True, the name before "was <cue>"); a pronoun or
    description there ("It was founded", "The company was founded") is the previous
    sentence's subject. (False, None) when no cue is in the passive. The cues are looked for
    before the date, so that one written right before it ("set up in #") is found."""
    for cue in rule.pattern.finditer(sentence, 0, mention.start):
        before = sentence[: cue.start()]
        if re.search(r"\b(?:was|were|is|are|been|be)\s+(?:\w+\s+)?$", before):
            named = [e for e in entities if e.end <= cue.start()]
            if named and _OTHER_PASSIVE_SUBJECT.search(sentence, named[-1].end, cue.start()):
                return True, None  # "X rose to third, its best since the index was launched"
            if named:
                return True, named[-1].name
            return True, previous if _PRONOUN_START.match(sentence) else None
    return False, None
