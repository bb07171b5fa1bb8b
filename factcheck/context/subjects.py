"""Whose figure it is: choosing the subject, and descriptions that refer back.

The grammatical subject approximated (``_sentence_subject``, ``_clause_subject``), owners
and possessives (``_owner``, ``_possessed``), quoted speakers and opening sources, the
names a sentence can use as subjects (``usable_entities``, ``names_compete``), parts and
related parties that are not the subject, and what later sentences' pronouns and
descriptions refer to (``sentence_subject``, ``refers_back``, ``clause_description``,
``remember_description``, ``described_referent``). It is separate because every kind of
figure needs a holder, while argument roles (``roles``) only concern deals and sums.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from factcheck.context.attributes import (
    _ATTRIBUTE_MODIFIERS,
    AttributeRule,
    _cue_scanners,
    default_attribute_rules,
    opens_with_margin,
)
from factcheck.context.clauses import (
    _CLAUSE_OPENER,
    _COORDINATION,
    _DEMONYM_OPENING,
    _DESCRIPTION_HEAD,
    _NAME_THEN_ITS_APPOSITIVE,
    _PLACE_DESCRIPTION,
    _PRONOUN_START,
    Entity,
    _asides,
    _words,
    without_dateline,
)
from factcheck.model import Kind, Mention
from factcheck.subjects import (
    ABBREVIATION,
    BUSINESS_WORDS,
    NOT_NAMES,
    PERSON_ROLE_PATTERN,
    has_designator,
    is_demonym,
    is_fragment,
    is_modifier,
    subject_key,
)

# "fined Merovan €120 million", "fined meal-kit company Merovan £4 million", "fined the
# lender Merovan": who pays the penalty, after the verb and a description of it in lower
# case (never a preposition: "was fined by Ofcom £2 million" names who fines)
_PENALISED = re.compile(
    r"\b(?:fined|fines|fining|penalised|penalized|sanctioned)\s+"
    r"(?:(?:the|a|an|its|their|rival|fellow)\s+)?"
    r"(?:(?!(?:by|for|in|on|at|of|to|from|with|over|after|and|or|as|last|this)\b)"
    # "fined Lagos-based mobile money operator OsoPay": a place's "-based" describes too
    r"(?:(?-i:[a-z][\w-]*)|(?-i:[A-Z][\w.]*)-based)\s+){0,4}$",
    re.I,
)
# An aside that describes the fined party between it and the penalty: "fined Oszczedny, the
# country's largest discount chain, 41.3 million zł"
_PARTY_ASIDE = re.compile(r",\s+(?:the|a|an|its)\s+[^,;:()]{1,60}?,\s+")


# A word that shares a figure among the names listed before it: "each", "together",
# "between them", "a combined", "jointly", "apiece" ("each year" is a rate, not a share)
_JOINT = re.compile(
    r"\b(?:each(?!\s+(?:year|month|quarter|week|day|season|share|time)\b)|together|"
    r"between\s+them|combined|jointly|collectively|apiece)\b",
    re.IGNORECASE,
)
# What joins two names of a list: a comma, "and", ", and", "or"
_LIST_JOIN = re.compile(r"(?:['’]s?)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)")


def _shared_by_listed(
    sentence: str, mention: Mention, entities: Sequence[Entity], subject: str
) -> bool:
    """Is the figure shared among a list of names the subject is one of ("Acme, Globex and
    Initech each paid a fine of £2 million", "fined Acme and Globex a combined £9m",
    "sold 50,000 cars between them")? Then it is no one name's. The word that shares it
    stands after the list, at most 60 characters before the figure or 25 after it."""
    listed: set[str] = set()
    last_end = -1
    for left, right in itertools.pairwise(entities):
        if right.start > mention.start:
            break
        if _LIST_JOIN.fullmatch(sentence, left.end, right.start):
            listed.update((left.name, right.name))
            last_end = right.end
    if subject not in listed or len(listed) < 2:
        return False
    lo = max(last_end, mention.start - 60)
    return bool(_JOINT.search(sentence, lo, min(len(sentence), mention.end + 25)))


_LEADING_NON_WORD = re.compile(r"\W*")


# A gloss after a colon, up to the figure: "...went to Acme: a $48 million Series B"
_GLOSS = re.compile(r":\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?$")


def _glossed_name(sentence: str, entities: Sequence[Entity], mention: Mention) -> str | None:
    """The name right before a colon whose gloss holds the figure ("Last week's biggest
    cheque went to Acme: a $48 million Series B"): the gloss says what the name got,
    whatever preposition stands before the name."""
    colon = sentence.rfind(":", 0, mention.start)
    if colon < 0 or not _GLOSS.match(sentence, colon, mention.start):
        return None
    return next((e.name for e in entities if e.end == colon), None)


# A description of an organisation as the subject of a clause inside the sentence, after
# a word that opens that clause or a colon: "That follows a 2024 in which the railway moved
# 131 million tonnes", "The headline: the carrier handed over 362 million parcels", "That
# puts the towerco on course to beat last year's top line of €271 million", "tell us the
# Dutch payments company is now valued at €850m". It refers back as one opening the
# sentence would (``clause_description``).
_CLAUSE_DESCRIPTION = re.compile(
    r"(?:\b(?:in\s+which|in\s+whose|where|as|while|when|after|once|because|although|"
    r"leaves|left|puts|put|makes|made|tells?\s+us|told\s+us|says|said|expects|believes)"
    r"\s+(?:that\s+)?|:\s+)"
    r"(?P<np>the\s+(?:(?:" + _DEMONYM_OPENING + r")\s+)?(?:[a-z][\w&.'’-]*\s+){0,3}?"
    + _DESCRIPTION_HEAD
    + r")(?![\w'’-])"
    r"(?!\s+[A-Z])"
)
# Between such a description and its figure: at most nine words, none capitalised (a
# name) and no clause mark ("in which the railway moved", "on course to beat last year's
# top line of")
_CLAUSE_DESCRIPTION_GAP = re.compile(r"(?:\s+(?![A-Z])[^\s,;:()]+){0,9}?\s+")


def clause_description(sentence: str, start: int, end: int | None = None) -> int | None:
    """Where the last description of an organisation that is the subject of a clause
    inside ``sentence`` (see ``_CLAUSE_DESCRIPTION``) starts, between ``start`` and
    ``end`` when the figure at ``end`` is in its clause; None when there is none."""
    end = len(sentence) if end is None else end
    every = list(_CLAUSE_DESCRIPTION.finditer(sentence, max(0, start), end))
    if not every:
        return None
    found = every[-1]
    if end < len(sentence) and not _CLAUSE_DESCRIPTION_GAP.fullmatch(
        sentence, found.end("np"), end
    ):
        return None
    return found.start("np")


def _sentence_subject(
    sentence: str, entities: Sequence[Entity], mention: Mention, previous: str | None
) -> str | None:
    """The grammatical subject, approximated: the head of an aside the figure is in, or
    the subject of the figure's own clause ("...; Globex flies 52 aircraft"); else a
    leading pronoun or "the company" refers to the previous sentence's subject; otherwise
    the first name before the figure that is not the object of a preposition."""
    own = _clause_subject(sentence, entities, mention)
    if own is not None:
        return own
    glossed = _glossed_name(sentence, entities, mention)
    if glossed is not None:
        return glossed  # "The biggest cheque went to Acme: a $48 million Series B"
    speaker = _quoted_speaker(sentence, entities, mention) or _trailing_reporter(
        sentence, entities, mention
    )
    if speaker is not None:
        return speaker
    if _POSSESSED_RELATIVE.search(sentence, max(0, mention.start - 120), mention.start):
        return None  # "it is a fraction of the size of its buyer, which employs 9,800": the buyer's
    described = _described(sentence, entities)
    if described is not None and described.end <= mention.start:
        return described.name  # "Acme, the London-based app, has raised ...": Acme
    opening = _OPENING_DESCRIPTION_NAMED.match(sentence)
    if opening is not None and opening.end() <= mention.start:
        # "The principal contractor on the site, Irwell Construction, was fined": Irwell
        inside = [e for e in entities if opening.start("name") <= e.start < opening.end("name")]
        if inside:
            return inside[0].name
    possessed = _possessive_named(sentence, entities)
    if (
        possessed is not None
        and possessed.end <= mention.start
        and "," not in sentence[: mention.start]
    ):
        return possessed.name  # "Its heart-failure drug Zantrel brought in $842 million"
    product = _possessed_kind_named(sentence, entities, mention)
    if product is not None:
        return product  # "The group said its Vibe streaming service had 9 million users"
    if previous is None and (source := _opening_source(sentence, entities)) is not None:
        return source  # "According to Acme, its revenue rose to ...": Acme's
    if (
        _PRONOUN_START.match(sentence) and not _NAME_THEN_ITS_APPOSITIVE.match(sentence)
    ) or _PLACE_DESCRIPTION.match(sentence):
        return previous
    if entities and entities[0].start < mention.start:
        reported = _REPORTED.match(sentence, entities[0].end)
        if reported and reported.end() <= mention.start:
            # "Maya Lindgren said the airline would ...": the clause said is about the
            # name it opens with, or about the previous subject; not about the speaker
            if _PRONOUN_START.match(sentence[reported.end() :]):
                return previous
            named = [e for e in entities if e.start == reported.end()]
            if named:
                return named[0].name
    placed = _place_described_name(sentence, entities, mention)
    if placed is not None:
        return placed  # "The Texas oil producer Acme Petroleum reported": Acme Petroleum
    adjunct = _OPENING_ADJUNCT.match(sentence) or _OPENING_PARTICIPLE.match(sentence)
    if adjunct:  # "According to Kanto Research, Acme controls 35%": Acme
        for entity in entities:
            if adjunct.end() <= entity.start < mention.start:
                return entity.name
    for entity in entities:
        if entity.start >= mention.start:
            break
        if not _after_preposition(sentence, entity):
            return _possessed(sentence, entities, entity).name
    inner = clause_description(sentence, mention.start - 140, mention.start)
    if inner is not None and not any(inner <= e.start < mention.start for e in entities):
        return previous  # "in which the railway moved 131 million tonnes": the railway's
    return None


# "According to Acme," or "According to a statement from Acme," then a pronoun or a
# description: the source is what they refer to when nothing before does
_ACCORDING_TO = re.compile(
    r"^\W*according\s+to\s+(?:(?:a|an|the|its)\s+(?:[a-z][\w-]*\s+){0,2}(?:from|by|of)\s+)?",
    re.IGNORECASE,
)


def _opening_source(sentence: str, entities: Sequence[Entity]) -> str | None:
    """The name an opening "According to X," gives, when the clause after it opens with a
    pronoun or a description ("According to Acme, its net profit rose", "According to a
    statement from Acme Water, the utility was fined"): with no sentence before to refer
    to, they refer to X. None otherwise."""
    opening = _ACCORDING_TO.match(sentence)
    if opening is None or not entities or entities[0].start != opening.end():
        return None
    comma = re.compile(r",\s+").match(sentence, entities[0].end)
    if comma is None or not _PRONOUN_START.match(sentence[comma.end() :]):
        return None
    return entities[0].name


# Between a capitalised place and the name it describes: up to two lower-case words and a
# head naming what a company does ("The Texas oil producer Acme Petroleum")
_PLACE_THEN_HEAD = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+" + _DESCRIPTION_HEAD + r"\s+")


def _place_described_name(
    sentence: str, entities: Sequence[Entity], mention: Mention
) -> str | None:
    """The name that an opening description with a capitalised place in it describes
    ("The Texas oil producer Acme Petroleum reported", "Ohio grocer Acme Foods runs"): the
    place modifies the head, and the name after the head is the subject. None when the
    sentence opens otherwise or the name stands after the figure."""
    if len(entities) < 2 or entities[1].start > mention.start:
        return None
    first, second = entities[0], entities[1]
    if not re.fullmatch(r"\W*(?:[Tt]he\s+)?", sentence[: first.start]):
        return None
    if not _PLACE_THEN_HEAD.fullmatch(sentence, first.end, second.start):
        return None
    return second.name


# A quotation that opens the sentence and the attribution after it: '"We carried 6 million
# passengers," Acme Air said', '"Revenue rose to $4m," said a spokesperson for Acme'. The
# closing quote, then at most 120 characters of attribution to the sentence's end.
_QUOTE_THEN_ATTRIBUTION = re.compile(
    r"^\W{0,3}[\"“][^\"“”]{1,400}?[,.!?]?[\"”]\s+(?P<tail>[^\"“”]{1,120})$"
)
_ATTRIBUTION_VERB = re.compile(
    r"\b(?:said|says|told|added|admitted|confirmed|insisted|explained|wrote)\b"
)
_SPEAKER_ROLES = PERSON_ROLE_PATTERN
# A role after the name's possessive ("Acme's chief executive") or before "of/for/at" and
# the name ("a spokesperson for Acme"): the speaker speaks for that organisation
_ROLE_AFTER_NAME = re.compile(rf"['’]s?\s+(?:{_SPEAKER_ROLES})\b", re.IGNORECASE)
_ROLE_BEFORE_NAME = re.compile(
    rf"\b(?:{_SPEAKER_ROLES})\s+(?:of|for|at)\s+(?:the\s+)?$", re.IGNORECASE
)


# A company reporting its own results at the end of the sentence: "Revenue rose 11.4% to
# €612 million in 2025, Grupo Dentamar SA said on Wednesday"
_REPORTED_AFTER = re.compile(
    r"\s+(?:said|says|reported|reports|announced|announces|disclosed|discloses)\b"
)


def _trailing_reporter(
    sentence: str, entities: Sequence[Entity], mention: Mention
) -> str | None:
    """The company a sentence's figures are of when the sentence names no one before them
    and closes by saying which company reported them ("Revenue rose 5% to $1.2 billion,
    Acme Corp said on Tuesday"). Only a name that is a company by its words (a business
    word or a designator: ``data/business_words.txt``): "..., analyst Jo Park said" or
    "..., Reuters reported" names no owner."""
    if any(e.start < mention.start for e in entities):
        return None
    for entity in entities:
        if (
            entity.start > mention.end
            and sentence[max(0, entity.start - 2) : entity.start] == ", "
            and _REPORTED_AFTER.match(sentence, entity.end)
        ):
            words = {w.casefold().rstrip(".,") for w in entity.name.split()}
            company = words & BUSINESS_WORDS or has_designator(entity.name)
            return entity.name if company else None
    return None


def _quoted_speaker(
    sentence: str, entities: Sequence[Entity], mention: Mention
) -> str | None:
    """The organisation a quotation that names no one speaks for, when the figure is in the
    quotation: '"We carried 6 million passengers in 2024," Acme Air said' is Acme Air's,
    as '"Revenue rose to $4m," said a spokesperson for Acme' is Acme's. The speaker is a
    name with a role (``data/person_roles.txt``: "Acme's chief executive", "the founder of
    Acme"), or a name right before or after the verb whose words include a business word
    (``data/business_words.txt``), so a person quoted by name ("said Jo Park") names no
    one: whose "we" that is the sentence does not say."""
    quoted = _QUOTE_THEN_ATTRIBUTION.match(sentence)
    if quoted is None or not (quoted.start("tail") > mention.end):
        return None
    tail = quoted.start("tail")
    if any(e.start < tail for e in entities):
        return None  # the quotation names someone: its own rules read it
    verb = _ATTRIBUTION_VERB.search(sentence, tail)
    if verb is None:
        return None
    for entity in entities:
        if _ROLE_AFTER_NAME.match(sentence, entity.end) or _ROLE_BEFORE_NAME.search(
            sentence, max(0, entity.start - 60), entity.start
        ):
            return entity.name
        between = (
            sentence[entity.end : verb.start()]
            if entity.end <= verb.start()
            else sentence[verb.end() : entity.start]
        )
        words = {w.casefold() for w in entity.name.split()}
        if between.strip() == "" and words & BUSINESS_WORDS:
            return entity.name
    return None


# A relative clause on a possessed description ("its buyer, which employs around 9,800
# people", "their parent, who owns 40 hotels"): the figure in it is that other party's,
# never the sentence subject's, and the description names no one the rules can read.
_POSSESSED_RELATIVE = re.compile(
    r"\b(?:its|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+(?:which|who)\s+"
    r"[^,;:()]{0,80}$",
    re.IGNORECASE,
)


# "Its heart-failure treatment Zantrel brought in ...", "Their flagship brand Ostra
# sold ...": a possessive and a lower-case description name what the sentence is about,
# the name after them, as "the streaming service Vibe" does
_POSSESSIVE_NAMED = re.compile(r"\W*(?:Its|Their)\s+(?:[a-z][\w-]*\s+){1,3}")


# A short verb phrase between a sentence's opening description and its rank: "came in",
# "was ranked", "finished" (at most four words, no punctuation)
_DESCRIBED_ITEM_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,4}")


def _described_item(
    sentence: str, mention: Mention, subject: str | None, previous: str | None = None
) -> str | None:
    """ "The club came in fifth on this year's X Index": a description opening the sentence
    ("the club", "the chain", "it") holds the rank on the board, and is what it refers back
    to (``subject``, resolved from the sentences before). None when a name or punctuation
    stands between the description and the rank. A place or school holds it too: "The
    country, ranked 34th in the X Index, ...", "The X Index placed the city 14th"
    (``data/ranked_kinds.txt``); it refers back to ``previous``, the subject of the
    sentences before (this sentence's names are the index's)."""
    opening = _PRONOUN_START.match(sentence)
    if (
        subject is not None
        and opening is not None
        and opening.end() <= mention.start
        and (
            _DESCRIBED_ITEM_GAP.fullmatch(sentence, opening.end(), mention.start) is not None
            # "The operator, which came fifth among ...": a relative clause of ranking
            or _RANKED_ASIDE_GAP.fullmatch(sentence, opening.end(), mention.start) is not None
        )
    ):
        return subject
    if previous is None:
        return None
    opening = _RANKED_KIND_START.match(sentence)
    if opening is not None and opening.end() <= mention.start and (
        _DESCRIBED_ITEM_GAP.fullmatch(sentence, opening.end(), mention.start)
        or _RANKED_ASIDE_GAP.fullmatch(sentence, opening.end(), mention.start)
    ):
        return previous  # "The country, ranked 34th in ...": an aside of the description
    if _PLACED_KIND.search(sentence, max(0, mention.start - 60), mention.start):
        return previous
    return None


_RANKED_KINDS = "|".join(sorted(_words("ranked_kinds.txt"), key=len, reverse=True))
# "The city came in ...", "The country, ranked ...": a thing a list ranks, opening a sentence
_RANKED_KIND_START = re.compile(r"^\W*[Tt]he\s+(?:" + _RANKED_KINDS + r")\b(?!\s+[A-Z])")
# ", ranked 34th": the aside of a participle of ranking right after the opening description
_RANKED_ASIDE_GAP = re.compile(
    r",\s+(?:rank(?:ed)?|plac(?:ed)|listed|rated)\s+(?:at\s+|in\s+)?(?:No\.\s*)?"
    # "The port, which moved to sixth place in ...", "The city, which has climbed to 12th"
    r"|,\s+(?:which|that)\s+(?:has\s+|had\s+|now\s+)?(?:moved|rose|climbed|fell|slipped|"
    r"dropped|jumped|came|finished|ranks|ranked|sits|sat|placed)\s+(?:up\s+|down\s+|in\s+)?"
    r"(?:to\s+|at\s+)?(?:No\.\s*)?"
)
# "placed the city 14th", "ranks the school fourth": a description as the object of a verb
# of placing, right before the rank
_PLACED_KIND = re.compile(
    r"\b(?:placed|places|put|puts|ranked|ranks|rated|rates)\s+the\s+(?:"
    + _RANKED_KINDS + "|" + _DESCRIPTION_HEAD + r")\s+(?:at\s+)?(?:No\.\s*)?$"
)


# "its Vibe streaming service had", after the sentence's start or a reported "said ...
# that": the possessive, a name, then a kind noun naming what the name is
_POSSESSIVE_BEFORE_NAME = re.compile(r"(?:^\W*|\bthat\s+)(?:[Ii]ts|[Tt]heir)\s+$")
_KIND_AFTER_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?" + _DESCRIPTION_HEAD + r"\s+(?=[a-z])")


def _possessed_kind_named(
    sentence: str, entities: Sequence[Entity], mention: Mention
) -> str | None:
    """ "The media group said its Vibe streaming service had 9 million subscribers": a
    possessive, a name and a kind noun (``_DESCRIPTION_HEAD``) as the clause's subject make
    the named product or unit the subject of the figure, not the owner "its" refers to
    (whose figure it would otherwise be). A verb must follow the kind noun, and no comma
    may stand between it and the figure."""
    for entity in entities:
        if entity.end > mention.start:
            break
        if not _POSSESSIVE_BEFORE_NAME.search(sentence, max(0, entity.start - 30), entity.start):
            continue
        kind = _KIND_AFTER_NAME.match(sentence, entity.end, mention.start)
        if (
            kind is not None
            and _PREDICATE_AFTER.match(sentence, kind.end() - 1)
            and "," not in sentence[kind.end() : mention.start]
        ):
            return entity.name
    return None


def _possessive_named(sentence: str, entities: Sequence[Entity]) -> Entity | None:
    """The name a possessive description opening the sentence leads to, when a verb (not
    a possessive or a reporting verb: "Its chief executive Jo Park said") follows it."""
    if not entities:
        return None
    first = entities[0]
    if not _POSSESSIVE_NAMED.fullmatch(sentence, 0, first.start):
        return None
    if _REPORTED.match(sentence, first.end) or not _PREDICATE_AFTER.match(sentence, first.end):
        return None
    if re.match(r"['’]s\b", sentence[first.end :]):
        return None
    return first


# A preposition right before a name makes it an object, not a subject: "spot rates on the
# Shanghai route", "founded in a boatshed outside Bergen", "founded by Jo Park". "of", "in"
# and "at" are left out: "shares of Acme", "revenue at Acme" are about Acme.
_PREPOSITION_BEFORE = re.compile(
    r"(?:^|\s)(?:on|onto|outside|inside|near|across|from|to|into|via|through|between|toward|"
    r"towards|around|within|beyond|throughout|after|before|during|among|against|by|with|"
    r"for|under|over|off|behind|than|versus|vs\.?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _after_preposition(sentence: str, entity: Entity, *, strict: bool = False) -> bool:
    """True when a preposition governs the name, unless it opens the sentence ("For Acme
    Corp, the agreement brings ...": an opening adjunct that names the subject). ``strict``
    counts "in", "at" and "of" too ("its plant in Drammen"): for a name taken only because
    it is the one name of the clause."""
    start = entity.start
    joined = _JOINED_BEFORE.search(sentence, max(0, start - 40), start)
    if joined is not None:
        start = joined.start()  # "on the Shanghai–Rotterdam route": both names are the route's
    found = _PREPOSITION_BEFORE.search(sentence, max(0, start - 16), start)
    if found is None and strict:
        found = _OF_IN_AT_BEFORE.search(sentence, max(0, start - 10), start)
    return found is not None and bool(sentence[: found.start()].strip(" \"'“‘*-•"))


_JOINED_BEFORE = re.compile(r"[A-Z][\w.&']*(?:\s[A-Z][\w.&']*)*[–/-]$")
_OF_IN_AT_BEFORE = re.compile(r"(?:^|\s)(?:in|at|of)\s+(?:the\s+)?$", re.IGNORECASE)


# A possessive after a name: "'s ", or a bare apostrophe after a final "s" ("Acme Foods' ")
_POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])\s")


def _possessed(sentence: str, entities: Sequence[Entity], entity: Entity) -> Entity:
    """ "Orrin's Tallow Creek mine produced ...": the thing named after a possessive is
    what the clause is about, not its owner. A plural's possessive has no "s" ("Acme
    Foods' dairy arm, Globex Dairy, employs ...")."""
    possessive = _POSSESSIVE_END.match(sentence, entity.end)
    if possessive is not None:
        after = possessive.end()
        for other in entities:
            # after a bare apostrophe, a name at once is a place as often ("Acme Foods' UK
            # arm"): only a name an appositive or a relation noun gives is taken then
            if other.start == after and possessive.group()[1:2] == "s":
                return other
        named = _possessive_appositive(sentence, entities, after)
        if named is not None:
            return named
        related = _RELATION_THEN_NAME.match(sentence, after, entity.end + 60)
        if related is not None:
            for other in entities:
                if other.start == related.end():
                    return other
    return entity


# A noun for another company related to the owner, then that company's name: "Acme's
# rival Hovera Logistics has closed ...", "Acme's former parent Globex": the clause is
# about the company named, never the owner. (A person's role before a name, "Acme's chief
# executive Jo Park", is not here: a person is no subject.)
_RELATION_THEN_NAME = re.compile(
    r"(?:[a-z][\w-]*\s+){0,2}(?:rivals?|competitors?|peers?|parent|subsidiary|"
    r"subsidiaries|units?|divisions?|arms?|services?|labels?|partners?|customers?|clients?|"
    r"suppliers?|backers?|investors?|owners?|acquirer|buyer|spin-?off|affiliates?|"
    r"sister\s+company)\s+"
)


# A relative clause on a party that a possessive relates to the subject, unnamed: "its
# buyer, which employs around 9,800 people", "their parent, which earned $2bn". The clause
# is about that party, not about the name the possessive stands for.
_RELATED_PARTY_CLAUSE = re.compile(
    r"\b(?:its|their)\s+(?:[a-z][\w-]*\s+){0,2}(?:rivals?|competitors?|peers?|parent|"
    r"subsidiary|units?|divisions?|partners?|customers?|clients?|suppliers?|backers?|"
    r"investors?|owners?|acquirer|buyer|bidder|suitor|affiliates?),\s+(?:which|who)\s"
    r"(?:[^,;:()]|,(?=\d)){0,100}$"
)


# The nouns for a part of a company or one of its products (``data/part_nouns.txt``), as
# one alternation for the patterns below, longest first
_PART_NOUNS = sorted(_words("part_nouns.txt"), key=len, reverse=True)
_PART_NOUN = "|".join(_PART_NOUNS)


# A possessive, up to four words and a noun for a part of a company or one of its products
# (``data/part_nouns.txt``), then up to four lower-case words to the figure: "Acme Air's
# new Leeds-Bergen route has carried 21,000", "its busiest route carried 310,000"
_OWNED_PART = re.compile(
    r"(?:['’]s?|\bits|\btheir)\s+(?:(?:[A-Za-z][\w-]*\s+){0,4}?(?:"
    + _PART_NOUN
    # a business with a word of its own ("X's Austrian level-crossing business"; "its
    # business" alone is the company's)
    + r")|(?:[A-Za-z][\w-]*\s+){1,4}?business(?:es)?)"
    # an aside or a relative clause between: "its own signalling unit, built up since 2019,
    # had revenue of", "X's Austrian business, which had sales of about"
    r"(?:,[^,;:]{1,60},|,\s+(?:which|that))?"
    # up to eight words of the part's clause: "runs three shifts with a total staff of"
    r"\s+(?:[a-z]+\s+){1,8}(?:(?:about|around|roughly|nearly|almost|some|more\s+than|"
    r"just\s+(?:over|under))\s+)?[$€£]?$"
)


# The owner's name as the modifier of a workplace, opening the sentence: "The Bravana plant,
# which opened in 2009 on the road out of town, employs about 1,450 people". Only for a
# count (its staff: a capacity is read as the facility's elsewhere), and only nouns of a
# workplace ("The Harrow Flats campus" is a facility's own name)
_THE_OWNERS_PART = re.compile(
    r"\W*[Tt]he\s+(?P<owner>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+"
    r"(?:plant|factory|mill|refinery|smelter|store|shop|restaurant|hotel|branch|office)\b"
    r"(?:,[^,;:]{1,90},)?"
    r"\s+(?:[a-z]+\s+){1,8}(?:(?:about|around|roughly|nearly|almost|some|more\s+than|"
    r"just\s+(?:over|under))\s+)?[$€£]?$"
)


# A figure a part owns, written right before it: "It covers the plant's 1,350 employees",
# "the division's 400 staff"
_THE_PARTS_OWN = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
    + _PART_NOUN
    + r")['’]s?\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than)\s+)?[$€£]?$"
)


# A part described by what it has, the figure among it: "a unit with sales of around
# €180 million", "a division with revenue of $2bn", "a business with 400 staff", "open a
# studio in Lyon, France, with about 150 staff" (a place may come between)
_PART_WITH = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted([*_PART_NOUNS, "business", "businesses"], key=len, reverse=True))
    + r")(?:\s+in\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,2})?"
    # "opened a London office this month with 18 staff": a time between
    r"(?:\s+(?:this|last|next)\s+(?:week|month|year|quarter|spring|summer|autumn|fall|winter))?,?"
    r"\s+with\s+(?:[a-z][\w-]*\s+){0,4}?(?:(?:about|around|roughly|nearly|almost|some|"
    r"more\s+than|just\s+(?:over|under))\s+)?[$€£]?$",
    re.IGNORECASE,
)


# A part noun and "of" before its owner: "the cloud division of", "the consumer unit of"
_PART_OF_OWNER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?:"
    + _PART_NOUN
    + r")\s+(?:of|at)\s+"
)


def _part_of_owner(sentence: str, mention: Mention, start: int, subject: str) -> bool:
    """Is the figure's clause about a part written with "of" before its owner, the
    subject ("The cloud division of Acme grew revenue to $560 million", "Revenue at the
    consumer unit of Acme fell to")? Then, as with "Acme's cloud division", the figure is
    the part's. The owner's name must follow "of" at once, and no comma or semicolon stand
    between it and the figure."""
    for found in _PART_OF_OWNER.finditer(sentence, start, mention.start):
        if sentence.startswith(subject, found.end()):
            between = sentence[found.end() + len(subject) : mention.start]
            return not any(mark in between for mark in ",;:")
    return False


def _on_owned_part(sentence: str, mention: Mention, left_edge: int, subject: str) -> bool:
    """Is the figure the verb's object in a clause whose subject is an unnamed part of
    ``subject`` ("Acme Air's busiest route carried 310,000 passengers", "its busiest route
    carried")? Then it is the part's, and the company's own figure (all its routes) is
    another thing. A part of another owner leaves the subject as it is."""
    start = max(left_edge, mention.start - 90)
    if _part_of_owner(sentence, mention, start, subject):
        return True  # "The cloud division of Acme grew revenue to": the division's
    if _PART_WITH.search(sentence, start, mention.start):
        return True  # "Acme must sell X's Polish business, a unit with sales of €180m"
    if _THE_PARTS_OWN.search(sentence, start, mention.start):
        return True  # "It covers the plant's 1,350 employees": the plant's, not Acme's
    named = _THE_OWNERS_PART.match(sentence, 0, mention.start)
    if (
        named is not None
        and mention.kind is Kind.COUNT
        and (named.group("owner") == subject or subject.startswith(named.group("owner") + " "))
    ):
        return True  # "The Bravana plant, which opened in 2009, employs about 1,450 people"
    # the part's clause may hold a phrase the clause reader starts a clause at ("Acme's
    # newest plant runs three shifts with a total staff of 120"): the pattern itself
    # stops at a comma, bar one aside
    found = _OWNED_PART.search(sentence, max(0, mention.start - 130), mention.start)
    if found is None or subject in found.group():
        return False  # none, or a part named ("its Streamly streaming service had"): that name's
    if found.group().startswith(("its", "their")):
        return True
    # the owner as written before "'s", the subject's name or its short form ("Meridia's own
    # signalling unit" of Meridia Rail Group)
    owner = _NAME_BEFORE.search(sentence, max(0, found.start() - 80), found.start())
    return owner is not None and (
        owner.group() == subject or subject.startswith(owner.group() + " ")
    )


_NAME_BEFORE = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*$")


# A statistic of a class of things, not one subject's figure: "the median beauty Series A
# this year is $9.5 million", "the average transfer fee was", "a typical round"
_OF_A_CLASS = re.compile(
    r"\b(?:median|average|mean|typical)\s+(?:[A-Za-z][\w-]*\s+){0,8}?"
    r"(?:is|was|were|are|stood\s+at|came\s+to|of|at|around|about)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))\s+)?[$€£]?$",
    re.IGNORECASE,
)


# One unit of a brand as a class: "The average Acme generated $1.8 million in sales" (an
# average restaurant of the chain), "a typical Globex store"
_AVERAGE_OF_A_BRAND = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:average|typical|median)\s+(?=[A-Z])")


# The most or least a rule allows, a sum of no one's: "the maximum civil penalty for a
# related series of violations is currently about $17.1 million", "a minimum fee of"
_LIMIT_OF_A_CLASS = re.compile(
    r"\b(?:maximum|minimum|statutory)\s+(?:[A-Za-z][\w-]*\s+){0,10}?"
    r"(?:is|was|were|are|stands\s+at|stood\s+at|of)\s+(?:(?:currently|now|still)\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))\s+)?[$€£]?$",
    re.IGNORECASE,
)


def _of_a_class(sentence: str, mention: Mention, left_edge: int) -> bool:
    """Is the figure a median, average or typical value of a class of things ("the median
    beauty Series A so far this year is $9.5 million", "the average Acme took in $1.8
    million": one unit of the brand), or the most or least a rule allows such a sum to be
    ("the maximum civil penalty ... is about $17.1 million")? It then
    measures no subject's attribute, whatever company the passage is about. (A maximum of
    a quantity, "the plant's maximum capacity is 300 MW", is the plant's own.)"""
    start = max(left_edge, mention.start - 100)
    if _AVERAGE_OF_A_BRAND.search(sentence, start, mention.start):
        return True
    return _OF_A_CLASS.search(sentence, start, mention.start) is not None or (
        mention.kind is Kind.MONEY
        and _LIMIT_OF_A_CLASS.search(sentence, start, mention.start) is not None
    )


def _on_related_party(sentence: str, mention: Mention) -> bool:
    """Is the figure in a relative clause on a related party the sentence does not name
    ("..., it is a fraction of the size of its buyer, which employs around 9,800 people")?
    Such a figure is the party's, and whose it is stays unsaid."""
    return bool(_RELATED_PARTY_CLAUSE.search(sentence, max(0, mention.start - 160), mention.start))


# A lower-case description after a possessive, then the name it describes set off by
# commas ("Ireland's largest cement producer, Vandelay Cement, was fined ..."): the name
# is what the clause is about, not the owner (a place, mostly)
_DESCRIPTION_THEN_NAME = re.compile(
    # a place in it may be capitalised ("Acme's closest North American rival, Globex, ..."),
    # its head noun is not
    r"(?:[A-Za-z][\w-]*\s+){0,4}[a-z][\w-]*,\s+"
    # the name's own description may come first: "Acme's second-largest product, the
    # kidney drug Zantrel, had sales of ..."
    r"(?:(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,3})?"
)


def _possessive_appositive(
    sentence: str, entities: Sequence[Entity], start: int
) -> Entity | None:
    """The name set off by commas after the description that starts at ``start`` (after a
    possessive), when a comma closes it too: "Ireland's largest cement producer, Vandelay
    Cement, has been fined": Vandelay Cement. "Acme's best-selling drug, the
    antibody Zantrel, had 2024 sales of": Zantrel. Else None."""
    found = _DESCRIPTION_THEN_NAME.match(sentence, start, start + 80)
    if found is None:
        return None
    for other in entities:
        if other.start == found.end() and sentence[other.end : other.end + 1] == ",":
            return other
    return None


# Where a clause with its own subject starts: after a semicolon, or a conjunction that
# opens a new clause (", and Globex flies ...", ", while Globex raised ...").
_OWN_CLAUSE = re.compile(
    r";\s*|,\s*(?:and|but|while|whereas|although|though)\s+|\b(?:whereas|although)\s+",
    re.IGNORECASE,
)
# "and" with no comma opening a clause of its own: a name and a verb of having or running
# right after it, and a lower-case word before it ("Add the nine bays at the older
# Newport works and Pellmore has 25 bays"; "Acme and Globex have" is one subject)
_AND_NAME_CLAUSE = re.compile(
    r"(?<=[a-z])\s+and\s+(?=[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}\s+"
    r"(?:has|have|had|runs|ran|operates|operated|employs|employed|owns|owned)\b)"
)
# A participial aside after a name ("Globex, founded in 1998, flies ..."): like a relative
# clause, its words are about the name before it.
_PARTICIPIAL_ASIDE = re.compile(
    r",\s*(?:founded|established|incorporated|based|headquartered|created|formed|owned|"
    r"listed|launched|started|valued|now|once|formerly)\b[^,;:()]*,",
    re.IGNORECASE,
)


# A description set off by a comma after a name, and a relative clause on it ("Globex, the
# Dublin rival whose $80 million round closed in March"): the clause is about the name,
# up to the next comma or semicolon.
_DESCRIBED_RELATIVE = re.compile(
    r",\s+(?:the|a|an|its|their)\s+[^,;:()]{1,60}?\s(?:whose|which|who)\b(?:[^,;:()]|,(?=\d))*"
)


# The same with a participle for the relative clause ("supplied by Vandelay, the producer
# hit with a $31 million penalty in June"): the participle's phrase is about the name the
# description follows, up to the next comma or semicolon.
_DESCRIBED_PARTICIPLE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+"
    r"(?:hit|[a-z]{2,}ed|given|handed|ordered|told)\s+(?:with|by|to|for|a|an)\b"
    r"(?:[^,;:()]|,(?=\d)){0,120}"
)


@lru_cache(maxsize=16)
def _described_relatives(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``_DESCRIBED_RELATIVE`` and ``_DESCRIBED_PARTICIPLE`` in the sentence
    (computed once a sentence), in order."""
    found = [m.span() for m in _DESCRIBED_RELATIVE.finditer(sentence)]
    found += [m.span() for m in _DESCRIBED_PARTICIPLE.finditer(sentence)]
    return tuple(sorted(found))


# A relative clause that closes the sentence, with no comma to end it ("... its rival,
# Globex Bank, which last week reported revenue of $1.2 billion."): ``_ASIDE`` wants a closing
# comma, so this one is the name's all the same. Bounded: one comma-free stretch each.
_CLOSING_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,;:()]{0,300}$")


def _closing_relative(sentence: str) -> tuple[tuple[int, int], ...]:
    """The span of a relative clause on a name that runs to the sentence's end, if any:
    the figures in it are the name's, not the sentence subject's."""
    found = _CLOSING_RELATIVE.search(sentence.rstrip())
    return (found.span(),) if found else ()


def _clause_subject(sentence: str, entities: Sequence[Entity], mention: Mention) -> str | None:
    """The subject of the figure's own part of the sentence, when it has one: the name an
    aside describes ("Merovan, which agreed to pay $460 million, ...": Merovan; "Merovan,
    the Leeds rival whose $80 million round ...": Merovan), or the first name of the clause
    after a semicolon or a coordinating conjunction ("Acme flies 180 aircraft; Globex,
    founded in 1998, flies 52": Globex's 52). None when the figure is in the sentence's
    first clause, or its clause opens with a pronoun."""
    for start, end in (*_all_asides(sentence), *_closing_relative(sentence)):
        if start <= mention.start < end:
            head = [e for e in entities if e.end <= start and not sentence[e.end : start].strip()]
            if head:
                return _possessed(sentence, entities, head[-1]).name
            break
    for start, end in _described_relatives(sentence):
        if start >= mention.start:
            break
        if end < mention.end:
            continue
        head = [e for e in entities if e.end == start]
        if head:
            return _possessed(sentence, entities, head[-1]).name
    openers = [
        *_OWN_CLAUSE.finditer(sentence, 0, mention.start),
        *_AND_NAME_CLAUSE.finditer(sentence, 0, mention.start),
    ]
    if not openers:
        return None
    opener = max(openers, key=lambda m: m.end())
    if _PRONOUN_START.match(sentence[opener.end() :]):
        return None  # "...; it also flies 20 helicopters": the sentence's subject
    asides = _all_asides(sentence)
    for entity in entities:
        if entity.start < opener.end() or any(a <= entity.start < b for a, b in asides):
            continue
        if entity.end > mention.start:
            break
        if _after_preposition(sentence, entity):
            continue
        if _REPORTED.match(sentence, entity.end):
            return None  # ", and Initech said the deal ...": the speaker is no subject
        if opener.group().startswith(";") or _PREDICATE_AFTER.match(
            sentence, next((b for a, b in asides if a == entity.end), entity.end)
        ):
            return _possessed(sentence, entities, entity).name
        return None  # "with Globex, Initech, and Acme, contributing ...": a list
    return None


# What follows the subject of a clause: a possessive or a verb (any lower-case word that
# is not a function word), after an aside if there is one.
_PREDICATE_AFTER = re.compile(
    r"['’]s\b|\s+(?!(?:of|and|or|in|on|at|to|for|with|by|from|as|the|a|an)\b)[a-z]+\b"
)


@lru_cache(maxsize=16)
def _all_asides(sentence: str) -> tuple[tuple[int, int], ...]:
    """Relative and participial asides of the sentence, in order."""
    found = list(_asides(sentence)) + [m.span() for m in _PARTICIPIAL_ASIDE.finditer(sentence)]
    return tuple(sorted(found))


_REPORTED = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:said|says|told\s+\w+|added|noted|explained|"
    # a source's estimate or figures: "Research firm X estimates that Acme held 22%", "X
    # figures show, Acme took 29%"
    r"estimates|estimated|estimate|reckons|calculates|show|shows|showed|suggest|suggests)"
    r"(?:,\s+|\s+(?:that\s+)?)"
)


# An opening prepositional phrase ("According to X,", "Unlike X,", "At Build 2026,"): the
# subject is the first name after it, when there is one before the figure.
_OPENING_ADJUNCT = re.compile(
    r"^\W*(?:according to|per|data from|citing|in|at|for|by|after|before|during|under|with|"
    r"unlike|like|as|since|following|despite|amid|among|across|on|from)\b[^,;:]{0,80},\s",
    re.IGNORECASE,
)


# An opening participle phrase up to its comma ("Founded in 2006 by former guide Jo Park,",
# "Set up by two engineers in Leeds,", "Backed by Globex,"): the names in it are the
# founder, backer or place, and the sentence's subject is the first name after its comma.
_OPENING_PARTICIPLE = re.compile(
    r"^\W*(?:founded|co-founded|established|set\s+up|started|created|formed|launched|"
    r"incorporated|built|backed|owned|headquartered|based|spun\s+out|spun\s+off)\s"
    r"[^,;:]{0,120},\s",
    re.IGNORECASE,
)


# An opening phrase of cause up to its comma ("Because of the 40 million shares issued to X
# at the end of September,", "Thanks to Globex's order,"): a name in it is why, never what
# the sentence goes on about
_OPENING_CAUSE = re.compile(
    r"^\W*(?:because\s+of|thanks\s+to|due\s+to|owing\s+to|as\s+a\s+result\s+of)\s"
    r"[^,;:]{0,120},\s",
    re.IGNORECASE,
)


def sentence_subject(sentence: str, entities: Sequence[Entity], previous: str | None) -> str | None:
    """What later sentences' pronouns refer to: this sentence's first name, or its own
    pronoun's referent. A fragment ("Labs"), an adjective of place ("14 European
    countries") or a hyphenated adjective ("the Frankfurt-listed steelmaker") is not what
    "it" refers to; a name described by an appositive ("Acme, the Leeds-based app, ...")
    is."""
    sentence, entities = without_dateline(sentence, entities)
    entities = usable_entities(sentence, entities)
    described = _described(sentence, entities)
    if described is not None:
        return described.name
    if _PRONOUN_START.match(sentence) or _PLACE_DESCRIPTION.match(sentence):
        return previous
    opening = _OPENING_PARTICIPLE.match(sentence)
    if opening is not None:  # "Founded in 2006 by Jo Park, Acme ...": Acme, not its founder
        entities = [e for e in entities if e.start >= opening.end()] or list(entities)
    cause = _OPENING_CAUSE.match(sentence)
    if cause is not None:  # "Because of the shares issued to X, earnings per share rose"
        entities = [e for e in entities if e.start >= cause.end()]
    first = entities[0] if entities else None
    if first is not None and _SOURCE_AGENT.search(sentence, max(0, first.start - 40), first.start):
        # "Analysts polled by Castleview Data had expected ...": who polled is no subject
        # that a later sentence goes on about; the next name is, or the previous subject
        rest = [e for e in entities[1:] if not _after_preposition(sentence, e)]
        return rest[0].name if rest else previous
    if (
        entities
        and all(_after_preposition(sentence, e) for e in entities)
        and refers_back(sentence)
    ):
        # "Statutory pre-tax profit fell, as the group booked costs related to the Gearshift
        # deal": a sentence that opens with a figure's attribute goes on about the subject
        # before, and a name only a preposition governs does not take its place
        return previous
    return entities[0].name if entities else previous


# A description opening a sentence ("The studio's annual results ...", "The insurer said"),
# and one in an opening adjunct right before a pronoun ("By the insurer's own count, it held
# ..."): the pronoun is the description's.
_OPENING_DESCRIPTION = re.compile(r"^\W*[Tt]he\s+(?P<head>" + _DESCRIPTION_HEAD + r")\b")
_ADJUNCT_DESCRIPTION = re.compile(
    r"^\W*[A-Z][^,;:.]{0,40}?\b[Tt]he\s+(?P<head>" + _DESCRIPTION_HEAD + r")(?:['’]s)?\b"
    r"[^,;:.]{0,30},\s+(?i:it|its|they|their)\b"
)


def described_referent(
    sentence: str, described: Mapping[str, str], previous: str | None
) -> str | None:
    """What the sentence's pronoun refers to when an opening adjunct names a description
    before it ("By the insurer's own count, it held 8%"): the subject that description
    last stood for in the document (see ``remember_description``), not the previous
    sentence's subject, which may be a film or a product; else ``previous``."""
    found = _ADJUNCT_DESCRIPTION.match(sentence)
    if found is not None:
        return described.get(found.group("head").lower(), previous)
    return previous


def remember_description(sentence: str, subject: str | None, described: dict[str, str]) -> None:
    """Note what a description opening the sentence ("The studio's annual results ...")
    stood for, for ``described_referent``."""
    found = _OPENING_DESCRIPTION.match(sentence)
    if found is not None and subject is not None:
        described[found.group("head").lower()] = subject


# The maker of a poll or a survey, named after "by" ("analysts polled by X", "a survey
# conducted by X", "data compiled by X"): a source, never what the sentence is about
_SOURCE_AGENT = re.compile(
    r"\b(?:polled|surveyed|compiled|conducted|published|gathered|collected|tracked)\s+by\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


# A description that an appositive name follows at once: the sentence names its subject
# ("The principal contractor on the site, Irwell Living Construction, was fined £450,000")
_OPENING_DESCRIPTION_NAMED = re.compile(
    r"\W*[Tt]he\s+(?:[a-z][\w-]*\s+){0,6}?[a-z][\w-]*,\s+"
    r"(?P<name>(?:[A-Z][\w&.'’-]*\s+){0,4}[A-Z][\w&.'’-]*),\s+[a-z]"
)


def refers_back(
    sentence: str, rules: Mapping[str, tuple[AttributeRule, ...]] | None = None
) -> bool:
    """Does the sentence go on about the previous one's subject? It opens with a pronoun
    or a description ("It", "The steelmaker"), or with a figure's attribute ("Revenue in
    the quarter rose ..."). Only through such sentences does a subject carry on to the
    next: "Globex Steel (KSTL). The Frankfurt-listed steelmaker posted ... It produced
    12.3 million tonnes" is Globex Steel's, while a sentence of its own ends the chain."""
    sentence = without_dateline(sentence, ())[0]
    if _OPENING_DESCRIPTION_NAMED.match(sentence):
        return False  # "The principal contractor on the site, Irwell Construction, was fined"
    if _PRONOUN_START.match(sentence) or _PLACE_DESCRIPTION.match(sentence):
        return True
    if opens_with_margin(sentence):
        return True
    opening = _ATTRIBUTE_MODIFIERS.match(sentence)
    # the cue after the modifiers ("Adjusted revenue"), or one that holds a modifier's
    # word ("Net income was $96 million": "net income" is a cue, "income" is none)
    lead = _LEADING_NON_WORD.match(sentence)
    starts = {opening.end() if opening else 0, lead.end() if lead else 0}
    tables = rules if rules is not None else default_attribute_rules()
    cues = _opening_cue_rules(tables)
    union, lower, _ = _cue_scanners(cues)  # one match of all the rules, not one each
    for start in starts:
        rest = sentence[start:]
        if lower is not None and rest.isascii():
            found = lower.match(rest.lower()) is not None
        elif union is not None:
            found = union.match(rest) is not None
        else:
            found = any(rule.pattern.match(rest) for rule in cues)
        if found:
            return True
    return False


_OPENING_CUES: dict[int, tuple[Mapping[str, Any], tuple[AttributeRule, ...]]] = {}


def _opening_cue_rules(
    tables: Mapping[str, tuple[AttributeRule, ...]],
) -> tuple[AttributeRule, ...]:
    """The non-weak money and quantity rules that ``refers_back`` tries at the start of a
    sentence, listed once per table (by identity, the entry holding the table), so that
    ``_cue_scanners`` finds their union by the identity of the same tuple every time."""
    entry = _OPENING_CUES.get(id(tables))
    if entry is not None and entry[0] is tables:
        return entry[1]
    cues = tuple(
        rule for kind in ("money", "quantity") for rule in tables.get(kind, ()) if not rule.weak
    )
    if len(_OPENING_CUES) >= 64:
        _OPENING_CUES.clear()
    _OPENING_CUES[id(tables)] = (tables, cues)
    return cues


# "Acme, the London-based food-delivery app, has raised ...": a name that opens the
# sentence, then a description set off by commas; the name is the subject, and the
# description ("the ... app") is no pronoun that refers back.
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+[^,;:()]{1,160}?,\s")  # long: "whose ... in X"


def _described(sentence: str, entities: Sequence[Entity]) -> Entity | None:
    """The name opening the sentence when an appositive describes it, else None."""
    if not entities or re.search(r"\w", sentence[: entities[0].start]):
        return None
    first = entities[0]
    return first if _APPOSITIVE.match(sentence, first.end) else None


# The plain first word of a sentence that the name finder drops when it is not known as a
# name ("Northgate" of "Northgate Insurance expects ..."), leaving a fragment after it.
_DROPPED_FIRST_WORD = re.compile(r"[\W_]*([A-Z][a-z]+)[ ]")


# A lower-case description of a company between a capitalised first word and the name it
# describes ("Container shipping group Calder Line", "Cement producer Vandelay"): up to three
# words, the last a noun for a kind of company
_COMPANY_DESCRIPTION = re.compile(
    r"[ ](?:[a-z][a-z-]*[ ]){0,3}(?:group|company|firm|operator|producer|carrier|line|"
    r"chain|lender|insurer|retailer|startup|start-up|[a-z]*maker|[a-z]*builder)[ ]"
)


def _opening_description_word(sentence: str, entity: Entity, entities: Sequence[Entity]) -> bool:
    """Is ``entity`` the capitalised first word of a description that opens the sentence
    and leads to the name it describes ("Container shipping group Calder Line posted
    ...")? Then it is a common noun written with a capital only because it comes first,
    and the subject is the name after the description, not that word."""
    if " " in entity.name or sentence[: entity.start].strip(" \"'“‘*-•"):
        return False
    found = _COMPANY_DESCRIPTION.match(sentence, entity.end, entity.end + 60)
    return found is not None and any(other.start == found.end() for other in entities)


@lru_cache(maxsize=16)
def _usable(sentence: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    kept: list[Entity] = []
    for entity in entities:
        if _opening_description_word(sentence, entity, entities):
            continue  # "Container" of "Container shipping group Calder Line posted ..."
        if is_fragment(entity.name):
            # "Insurance" left of "Northgate Insurance" opening a sentence: the whole name
            dropped = _DROPPED_FIRST_WORD.fullmatch(sentence, 0, entity.start)
            if dropped is not None and dropped.group(1).casefold() not in NOT_NAMES:
                start = dropped.start(1)
                kept.append(Entity(start, entity.end, sentence[start : entity.end]))
            continue
        if is_demonym(entity.name) or is_modifier(entity.name):
            continue  # "European" of "14 European countries", "London-based"
        if _CITY_OF_A_BASE.match(sentence, entity.end):
            continue  # "Oakland" of "Oakland, California-based Bayline"
        if _INDEFINITE_BEFORE.search(sentence, max(0, entity.start - 14), entity.start) and (
            _NOUN_AFTER.match(sentence, entity.end)
        ):
            continue  # "Soho" of "The owner of a Soho pub": what kind of pub, no party
        entity = _without_leading_modifier(sentence, entity)
        if (
            kept
            and ABBREVIATION.fullmatch(sentence, entity.start, entity.end)
            and re.fullmatch(r"\s*\(", sentence[kept[-1].end : entity.start])
            and sentence[entity.end : entity.end + 1] == ")"
        ):
            continue  # "Northgate Insurance (NGI)": the same company, not another
        kept.append(entity)
    return tuple(kept)


# A name between a preposition's indefinite article and a noun in lower case modifies that
# noun: "the owner of a Soho pub", "on a Salford building site" (never "won a Tesco
# contract", where the name is a party)
_INDEFINITE_BEFORE = re.compile(r"\b(?:of|on|at|in|near|outside|inside)\s+(?:a|an)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z][\w-]*\b(?!\s+(?:of|in|for)\b)")


# A city written before the state or country of a hyphenated base: "Oakland, California-based
# Bayline" is Bayline, based in Oakland
_CITY_OF_A_BASE = re.compile(
    r",\s+[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?-(?:based|headquartered)\b"
)


# A hyphenated adjective the name finder joined to the name it modifies ("Minneapolis-based
# Globex Cardio", "Frankfurt-listed Globex Steel"): the adjective, up to its lower-case
# last part, a participle ("-based", "-listed", "-born"), then a capitalised name. A word
# of the name itself is no adjective: "Southern Pasture Co-operative Group".
_LEADING_MODIFIER = re.compile(
    r"(?:[A-Z][\w.&'’]*[ ])*[A-Z][\w.&'’]*(?:-[A-Za-z0-9]+)*"
    r"-(?:[a-z]+ed|born|run|made|built)[ ]+(?=[A-Z])"
)


def _without_leading_modifier(sentence: str, entity: Entity) -> Entity:
    """The name without a hyphenated adjective before it: "Minneapolis-based Globex
    Cardio" is Globex Cardio, the name the corpus writes without it elsewhere."""
    found = _LEADING_MODIFIER.match(sentence, entity.start, entity.end)
    if found is None:
        return entity
    return Entity(found.end(), entity.end, sentence[found.end() : entity.end])


def usable_entities(sentence: str, entities: Sequence[Entity]) -> Sequence[Entity]:
    """The names of a sentence that can be subjects: a fragment left of a longer name
    opening the sentence ("Insurance" of "Northgate Insurance") is made whole again, or
    dropped when no capitalised word is before it ("Labs"); adjectives of place
    ("European"), hyphenated adjectives ("London-based", "Fourth-quarter") and an
    abbreviation in parentheses after a name ("Globex Steel (KSTL)") are dropped."""
    return _usable(sentence, tuple(entities))


def _owner(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    sentence_subject: str | None,
    left_edge: int,
) -> str | None:
    """One subject: a possessive or modifier next to the figure, else the first name of the
    figure's own clause when a contrasting clause opens it (", while Globex ..."), else the
    sentence subject."""
    for entity in entities:
        gap = sentence[entity.end : mention.start]
        if entity.end <= mention.start and re.fullmatch(
            r"['’]s\s+(?:\w+\s+){0,2}(?:of\s+)?", gap  # "Initech's trailing sales of $290m"
        ):
            return entity.name
        if (
            entity.end <= mention.start
            and (not gap.strip() or _PARTY_ASIDE.fullmatch(gap))
            and _PENALISED.search(sentence, max(0, entity.start - 80), entity.start)
        ):
            # "the Commission fined (app maker) Merovan (, a lender,) €120m": Merovan's
            return entity.name
    for entity in entities:
        gap = sentence[mention.end : entity.start]
        if entity.start >= mention.end and re.fullmatch(r"\s+", gap):
            if mention.kind is Kind.COUNT:
                break  # "1.9 million TEU", "400,000 Serac chips": what is counted, no owner
            return entity.name  # "$30B Globex commitment"
    openers = [m.end() for m in _CLAUSE_OPENER.finditer(sentence, 0, mention.start)]
    relatives = (*_all_asides(sentence), *_closing_relative(sentence))
    relative = next((a for a, b in relatives if a <= mention.start < b), None)
    if openers and relative is not None and relative > openers[-1] and sentence_subject:
        # "..., and Meridian is buying Skyport, which runs 14 lounges": the relative
        # clause's name, inside the clause the conjunction opens
        return sentence_subject
    if openers:  # "Acme raised $40 million, while Globex raised $32 million": Globex's
        named = [e for e in entities if openers[-1] <= e.start and e.end <= mention.start]
        if named:
            return named[0].name
    before = [e for e in entities if left_edge <= e.start and e.end <= mention.start]
    if before and _RESULTS_VERB_AFTER.match(sentence, before[-1].end):
        # "The Nova 7 platform helped Halvorsen deliver organic sales growth of 6.8%": the
        # results are the name's that reports them, the last before the figure
        return before[-1].name
    if sentence_subject is not None:
        return sentence_subject
    if len(before) == 1 and (
        not _after_preposition(sentence, before[0], strict=True)
        or _opens_clause(sentence, before[0])
    ):
        # the clause's one name, unless a place ("its plant in X"); a conjunction opens a
        # clause it is the subject of ("six weeks after Acme posted revenue of")
        return before[0].name
    return None


def _opens_clause(sentence: str, entity: Entity) -> bool:
    """Is the name the subject of a clause a conjunction opens ("six weeks after Acme
    posted revenue of", "since Globex reported")?"""
    return bool(
        _CLAUSE_AFTER_CONJUNCTION.search(sentence, max(0, entity.start - 8), entity.start)
        and _FINITE_AFTER_NAME.match(sentence, entity.end)
    )


# A conjunction before a name that opens a clause, and the clause's verb right after the
# name: "six weeks after Acme posted revenue of", "since Globex reported"
_CLAUSE_AFTER_CONJUNCTION = re.compile(r"\b(?:after|before|since|until|once|when|as)\s+$")
_FINITE_AFTER_NAME = re.compile(
    r"\s+(?:posted|posts|reported|reports|recorded|records|booked|books|announced|said|"
    r"raised|raises|paid|pays|agreed|generated|earned|made|sold|delivered|won)\b"
)


# A verb of reporting results right after a name: "helped Halvorsen deliver", "Acme posted"
_RESULTS_VERB_AFTER = re.compile(
    r"\s+(?:deliver(?:s|ed)?|post(?:s|ed)?|report(?:s|ed)?|record(?:s|ed)?|book(?:s|ed)?|"
    r"generat(?:e|es|ed)|achiev(?:e|es|ed))\s+(?!(?:that|on|in|to|a\s+loss)\b)"
)


def names_compete(sentence: str, entities: Sequence[Entity], main: str) -> bool:
    """Does a name other than ``main`` in ``sentence`` stand where a subject could? A name
    after a preposition ("imposed by the regulator X", "in Leeds") or an adjective of place
    does not; ``main`` itself, whole or shortened ("Initrode" for "Initrode Group"), does
    not. With a competing name a figure that names nobody is left without a subject."""
    sentence, entities = without_dateline(sentence, entities)
    key = subject_key(main)
    governed: Entity | None = None  # the last name a preposition governs
    for entity in usable_entities(sentence, entities):
        other = subject_key(entity.name)
        if other == key or key.startswith(other + " ") or other.startswith(key + " "):
            continue
        if _after_preposition(sentence, entity) or (
            # "by the Conduct and Solvency Authority": a name joined to one a preposition
            # governs is governed too
            governed is not None
            and _COORDINATION.match(sentence[governed.end : entity.start]) is not None
        ):
            governed = entity
            continue
        return True
    return False
