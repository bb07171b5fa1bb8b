"""Who a definite description is about: "The co-op took in ...", "The arthouse streamer,
founded in ...", "Founded in 2014, the company ...".

A definite noun phrase whose head is a kind of organisation
(``data/organisation_kinds.txt``, a plain-text table kept as data, not code) refers to a
subject named earlier in the same article: the previous sentence's subject when it fits,
else the most recent subject of the article that fits, else the article's main subject (the
one its title names). A subject *fits* when it is not a person (``data/person_roles.txt``:
"chief executive Jo Park", "Park, who ...") and, for a head that names a kind ("the
streamer", "the co-op"), when the article wrote it as that kind, in its name ("Pinecrest
Dairy Co-operative") or in a description of it ("Streamly, a streaming service"); two
subjects of that kind with neither the previous one leave the description unresolved.

Facilities and products are kept in their own tables (``data/facility_kinds.txt``,
``data/product_kinds.txt``): "the new terminal" or "the antibody" refers to the thing the
sentence before or the article named (``DocumentReferents.resolve_thing``), never to the
company that owns or makes it.

Pure text in, plain values out, like ``factcheck.context``; names live only in the data
files and the articles, never in this code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Protocol

from factcheck.subjects import (
    ACTS_LIKE_A_NAME,
    BUSINESS_WORDS,
    DEMONYMS,
    OF_NAME_HEADS,
    is_demonym,
    subject_key,
)


class _Named(Protocol):
    """A name found in a sentence (``factcheck.context.Entity``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def name(self) -> str: ...


def _lines(name: str) -> list[str]:
    text = resources.files("factcheck.data").joinpath(name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def _load_kinds() -> dict[str, frozenset[str]]:
    """Head noun -> words that show a subject is of that kind (empty: any organisation)."""
    kinds: dict[str, frozenset[str]] = {}
    for line in _lines("organisation_kinds.txt"):
        head, _, words = line.partition(":")
        head = head.strip().casefold()
        kinds[head] = frozenset(w.casefold() for w in words.split())
    return kinds


KINDS = _load_kinds()
# The heads as one regex alternation, longest first ("co-operative" before "co-op")
KIND_HEADS = "|".join(re.escape(h) for h in sorted(KINDS, key=len, reverse=True))
# The nouns a change of owner is told with ("its takeover of", "the Quillgate purchase"),
# one alternation for every rule that reads a deal, so that they all read the same deals
DEAL_NOUNS = r"(?:takeover|acquisition|purchase|buyout|buy-out)"
# The heads that say what a company does ("trader", "brewer"), not only that it is one
# ("company", "group"): "the Leeds brewer" refers back, "the Acme group" names Acme
TRADE_HEADS = "|".join(
    re.escape(h) for h in sorted((h for h, w in KINDS.items() if w), key=len, reverse=True)
)
_ROLE_LIST = sorted({r.casefold() for r in _lines("person_roles.txt")}, key=len, reverse=True)
_ROLES = "|".join(re.escape(r) for r in _ROLE_LIST)
# The first letters of the roles, both cases: a lookahead on them lets ``re`` skip at C
# speed the word starts where no role can begin (the case-insensitive alternation alone is
# tried in full at every word of the article: 2.5 times slower)
_ROLE_INITIALS = re.escape("".join(sorted({c for r in _ROLE_LIST for c in (r[0], r[0].upper())})))
# The words of roles ("Chief", "Co-founder"): a capitalised one opening a sentence ("Chief
# executive Jo Park said") is no subject a description can refer to
_ROLE_WORDS = frozenset(word for role in _ROLE_LIST for word in role.split())
# Every word that shows some kind of organisation: a subject whose name has one of them that
# is not of the kind a description names is of another kind ("Umbra Bank" is no
# "operator")
_KIND_WORDS = frozenset(word for words in KINDS.values() for word in words)

# "The co-op took in ...", "Founded in 2014, the company now counts ...", "The arthouse
# streamer, founded in ...": the description opens the sentence, after at most a short
# opening phrase, and no name follows its head ("the streaming service Vibe" names Vibe).
# The head is the last noun of the description ("the airline group" is a group).
# An opening participle phrase may be longer ("Founded in Denver in 2009 by chef Ana Ruiz,
# the chain grew ..."): up to 80 characters after a capitalised past participle and its
# preposition ("United Airlines, the carrier" opens with a name, not a participle).
# What may stand before a description that refers back, at the start of a sentence: an
# opening phrase ("In March, the co-op"), a longer opening participle and its preposition
# ("Founded in Denver in 2009 by chef Ana Ruiz, the chain grew ..."; not "United Airlines,
# the ..."), or a reporting frame ("She said the company ..."). Shared with
# ``factcheck.context``'s pronoun start.
OPENING_PHRASE = (
    # a comma or point inside a number is no phrase's end ("With 1,400 staff, it ..."); a
    # percentage is a clause's ("Acme closed up 6.4% at $34.71, its best day since March,
    # after ...": "its" opens an aside, not the sentence's subject)
    r"[A-Z](?:[^,;:.%]|(?<=\d)[,.](?=\d)){0,40},\s+|"
    # a longer adjunct of place or time, before "the" or a pronoun that is the subject ("At
    # an investor day in Leeds on Monday, the company set out ...")
    r"(?:At|In|On|During|After|Before|Following|Ahead\s+of)\s[^,;:.]{20,80},\s+"
    r"(?=[Tt]he\s|(?:it|they)\s)|"
    # a participle of founding and its agents, however long ("Founded in 1987 by engineer
    # Jo Park and former driver Al Reyes, the team has ...")
    r"(?:Founded|Co-founded|Established|Set\s+up|Started|Created|Formed)\s[^;:.]{0,140}?,\s+"
    r"(?=[Tt]he\s|(?:it|they)\s)|"
    # a phrase of time ending in a year needs no comma ("Over the whole of 2024 the carrier")
    r"(?:(?:In|Over|During|For|Throughout|Across|Since|By)\s[^,;:.]{0,30}?\b(?:1[89]|20)\d\d|"
    # and so does a day written with its number ("At 31 March the yard had", "On June 30 the")
    r"(?:At|On|By|As\s+(?:of|at))\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"(?:,?\s+(?:1[89]|20)\d\d)?|"
    # and so does a month ("In February the company paid", "By early March it had")
    r"(?:In|By|Since|Until)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)(?:\s+(?:1[89]|20)\d\d)?|"
    r"Today|Now|Currently|Meanwhile|(?:Last|This)\s+(?:year|quarter|month|week))\s+"
    r"(?=[Tt]he\s|(?:it|its|they|their)\b)|"
    # a longer opening phrase that lists ("With about 1,400 employees, most of them in A, B
    # and C, it is ..."): only before a pronoun, which is then the sentence's subject
    r"(?:With|Without|Having|Like|Unlike|Despite|Besides|Beyond|At|As)\s"
    r"(?:[^;:.]|(?<=\d)\.(?=\d)){0,160}?,\s+(?=(?:it|they)\b)|"
    r"[A-Z][a-z]+ed\s+(?:in|by|on|at|as|from|for|with|under|after|near)\b[^,;:.]{0,80},\s+|"
    r"(?:He|She|They|We)\s+(?:said|says|added|noted|explained)\s+(?:that\s+)?|"
    # the owner of the shares that moved is the sentence's subject ("Shares of the toy
    # maker fell 2% after it agreed to pay ...")
    r"(?:Shares|Stock|The\s+(?:shares|stock))\s+(?:of|in)\s+(?=[Tt]he\s)"
)
# "Today its $5.6 billion portfolio ...": "it" and "its" never stand for a person
_NEUTER_START = re.compile(r"^\W*(?:" + OPENING_PHRASE + r")?(?:it|its|It|Its)\b")
_OPENING = re.compile(
    r"^\W*(?:" + OPENING_PHRASE + r")?[Tt]he\s+(?P<mods>(?:(?!the\b)[\w&.'’-]+\s+){0,3})"
    r"(?P<head>" + KIND_HEADS + r")(?![\w-])(?!\s+[A-Z])"
)
_NAME_WORDS = r"[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){0,3}"
# A name of one to three words that acts: a possessive, a verb of reporting or dealing
_ACTOR = re.compile(r"\b([A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})" + ACTS_LIKE_A_NAME.pattern)
# "The Oakland company", "The Le Locle company": one to three capitalised words, then a
# lower-case kind of organisation
_OPENING_PLACE_DESCRIPTION = re.compile(
    r"^\W*(?:" + OPENING_PHRASE + r")?[Tt]he\s+(?P<place>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})"
    # the wire's "The Seattle company": a head that says what the company is or does; never
    # "group", which follows a name ("the Tata group", "the Acme group")
    r"\s+(?:company|firm|outfit|startup|start-up|" + TRADE_HEADS + r")\b(?!\s+[A-Z])"
)
# A person: a name after a word for what people do ("chief executive Jo Park", "analyst
# Hugo Vance"), or described as one or by "who" ("Park, who is chief executive", "Vance,
# an analyst at ...", "Jo Park, chief executive of ...", "Jo Park took over as chief
# executive"), or the founders named after "founded by" ("founded in 2019 by former
# lecturers Ana Marr and Jon Feld"), or whom "he" or "she" succeeds; and a family
# (``_FAMILY``)
_PERSON = (
    re.compile(
        r"\b(?=[" + _ROLE_INITIALS + r"])(?i:" + _ROLES + r")[ ](?P<p1>" + _NAME_WORDS + r")"
    ),
    re.compile(
        # "Wijaya, now president director of ...": an adverb of time may come first
        r"(?P<p1>" + _NAME_WORDS + r"),[ ](?:who\b|(?:(?:now|then|formerly|currently|"
        r"still|also|later)[ ])?(?:(?:the|an?|its|their)[ ]"
        r"(?:[a-z][\w'’-]*[ ]){0,2}?)?(?i:" + _ROLES + r")\b)"
    ),
    re.compile(
        r"(?P<p1>" + _NAME_WORDS + r")[ ](?:[a-z]+[ ]){1,3}as[ ](?:the[ ]|its[ ])?"
        r"(?i:" + _ROLES + r")\b"
    ),
    re.compile(
        r"\b(?i:founded|co-founded|set[ ]up)[ ](?:in[ ]\d{4}[ ])?by[ ](?:[a-z][\w-]*[ ]){0,3}"
        r"(?P<p1>" + _NAME_WORDS + r")(?:[ ]and[ ](?:[a-z][\w-]*[ ]){0,3}(?P<p2>"
        + _NAME_WORDS
        + r"))?"
    ),
    # "She succeeds Tom Reyes, who is retiring": whom a person succeeds is a person
    re.compile(
        r"\b(?:[Hh]e|[Ss]he)[ ](?:succeeds|succeeded|replaces|replaced|will[ ]succeed|"
        r"will[ ]replace)[ ](?P<p1>" + _NAME_WORDS + r")"
    ),
)
# "The Rowe family will keep 45%": a family is people, unless the company the title names
# bears the family's name ("Valdrani raises Corvel bid" and "the Corvel family's 61.7%")
_FAMILY = re.compile(r"\b[Tt]he[ ](?P<p1>" + _NAME_WORDS + r")[ ]famil(?:y|ies)\b")
# What a name is described as, after it ("Streamly, a streaming service for ...") or right
# before it in lower case ("fibre network owner Fibrenet Networks", "food delivery app Snackr")
_APPOSED_AFTER = re.compile(r",[ ](?:a|an|the|its|their)[ ]([^,;:()]{1,60}?)(?=[,;:.()]|$)")
_DESCRIBED_BEFORE = re.compile(r"(?:^|[ ])((?:[a-z][\w-]*[ ]){1,4})$")
_WORD = re.compile(r"[a-z][\w-]*")
# Capitalised words that describe where a company is, right before its name or a lower-case
# description of it: "Irish chip designer Initech", "Leeds-based grocer Hamlin". Only an
# adjective of place (``data/demonyms.txt``) or a place joined to "-based" and the like;
# other capitalised words are names.
_PLACE_BEFORE = re.compile(
    r"(?:^|[ ])((?:[A-Z][a-z]+|[A-Z][\w.&]*-(?:based|headquartered|listed|registered)))[ ]"
    r"((?:[a-z][\w-]*[ ]){0,3})$"
)
_VAGUE = frozenset(_lines("vague_modifiers.txt"))
# Where a name is, said after it: "Vossen, based in Utrecht,", "Initech was founded in 2011
# in Cork", "Vossen, which is headquartered in Utrecht"
_PLACED_AFTER = re.compile(
    r"(?:,[ ]|[ ])(?:(?:which|that)[ ]is[ ]|is[ ]|was[ ])?(?:based|headquartered|"
    r"founded|established|set[ ]up)(?:[ ]in[ ]\d{4})?[ ]in[ ](?P<place>[A-Z][\w-]*)"
)
_PLACED = re.compile(r"[a-z][\w.&]*-(?:based|headquartered)")
# What a description refers to when none of the article's subjects carries its modifiers
_NO_MATCH = "\x00"
# a name written as a work's title, between quotation marks ('"The Drowned Oak", its
# expansion'): a film, a game or a book, never what an organisation's description means
_QUOTE_BEFORE = re.compile(r"[\"“‘'](?:[Tt]he[ ])?$")
_QUOTE_AFTER = re.compile(r"[,.]?[\"”’']")


def _load_kind_table(name: str) -> dict[str, frozenset[str]]:
    """Head noun -> words that show a name is of that kind, from a table laid out like
    ``organisation_kinds.txt``; a generic head (no words) takes every word of its table,
    so that "the project" fits a name written as a wind farm or a terminal."""
    table: dict[str, frozenset[str]] = {}
    for line in _lines(name):
        head, _, words = line.partition(":")
        table[head.strip().casefold()] = frozenset(w.casefold() for w in words.split())
    every = frozenset(w for head, words in table.items() if words for w in {head, *words})
    return {head: words or every for head, words in table.items()}


# Facilities and products a description refers back to ("The new terminal will cost ...",
# "The antibody, which generated sales of ..."): kept apart from the organisations, since
# such a description is never the company that owns or makes the thing
FACILITY_KINDS = _load_kind_table("facility_kinds.txt")
PRODUCT_KINDS = _load_kind_table("product_kinds.txt")
_THING_KINDS = {**FACILITY_KINDS, **PRODUCT_KINDS}
# The words that show a name is some facility or product: a generic head ("project")
# shows it too in a description ("Terminal 4, the largest construction project")
_THING_WORDS = frozenset(w for head, words in _THING_KINDS.items() for w in {head, *words}) - {
    "site",
    "development",
}
# "The new terminal will cost ...", "When all turbines spin, the project's capacity ...":
# a facility or product noun after at most two lower-case modifiers, opening the sentence
# after at most an opening phrase; not a name ("the Acme plant"), nor the maker of the
# thing ("the drug maker", "the game studio")
_THING_OPENING = re.compile(
    # modifiers may hold a number: "The 17,500-seat venue", "The 38,000-square-foot hall"
    r"^\W*(?:" + OPENING_PHRASE + r")?(?P<the>[Tt]he)\s+(?:[a-z0-9][\w,.-]*\s+){0,2}"
    r"(?P<head>"
    + "|".join(re.escape(h) for h in sorted(_THING_KINDS, key=len, reverse=True))
    + r")(?:['’]s)?(?![\w-])(?!\s+[A-Z])(?!\s+(?:[a-z]*makers?|" + KIND_HEADS + r")\b)"
    # nor a noun it modifies ("the drug market", "the game's sales chart")
    r"(?!\s+(?:markets?|industry|sector|prices?|portfolio|pipeline|division|unit|arm|"
    r"rights|licen[cs]es?|deals?|charts?)\b)"
)
# What a name is written as, next to it: "Vandelay Sands offshore wind farm" (up to three
# lower-case words after it, the last a kind's word), "its naval roguelike Wexley Run"
# (the word right before it), "Hooli-7, an injectable antibody," (the first words of an
# appositive)
_THING_AFTER = re.compile(r"[ ]((?:[a-z][\w-]*[ ]){0,2}[a-z][\w-]*)")
_THING_DEFINITE = re.compile(r"(?:^|\b)(?:[Tt]he|[Ii]ts|[Tt]heir|\w+['’]s?)[ ]$")
_THING_BEFORE = re.compile(r"(?:^|[ ])([a-z][\w-]*)[ ]$")
_THING_APPOSED = re.compile(r",[ ](?:a|an|the|its|their)[ ]((?:[\w-]+[ ]?){1,4})")


def things_named(sentence: str, entities: Sequence[_Named]) -> dict[str, set[str]]:
    """The facility and product words the sentence writes right next to each name (see
    ``_THING_AFTER``): what "the wind farm" or "the antibody" can later refer back to.
    A word further off ("at the plant in Leeds") says nothing of the name."""
    found: dict[str, set[str]] = {}
    for entity in entities:
        words: set[str] = set()
        after = _THING_AFTER.match(sentence, entity.end, entity.end + 60)
        # only in a definite noun phrase: "the X wind farm", "its X plant" name a facility,
        # "a US arena" does not
        definite = _THING_DEFINITE.search(sentence, max(0, entity.start - 20), entity.start)
        if after is not None and definite is not None:
            run = after.group(1).split()
            last = max((k for k, w in enumerate(run) if w.casefold() in _THING_WORDS), default=-1)
            words |= {w.casefold() for w in run[: last + 1]}
        before = _THING_BEFORE.search(sentence, max(0, entity.start - 30), entity.start)
        if before is not None and before.group(1).casefold() in _THING_WORDS:
            words.add(before.group(1).casefold())
        apposed = _THING_APPOSED.match(sentence, entity.end, entity.end + 60)
        if apposed is not None:
            words |= _words(apposed.group(1)) & _THING_WORDS
        if words:
            found.setdefault(entity.name, set()).update(words)
    return found


# "The consortium will pay £48m for the club", "paid $1.2bn for the chain": a sum paid for
# a definite description of a kind of organisation (``KIND_HEADS``), which is what is bought
_PAID_FOR_DESCRIBED = re.compile(
    r"\b(?:pay|pays|paid|paying|(?:hand|hands|handed|handing)\s+over)\s+(?P<sum>[^\s,;:]+(?:\s+[^\s,;:]+){0,4}?)\s+for\s+"
    # "for the whole of the club", "for all of the bank": the whole, never a stake
    r"(?:(?:the\s+whole|all|100%)\s+of\s+)?"
    r"(?P<what>[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + KIND_HEADS + r"))"
    r"(?![\w-])(?!\s+[A-Z])(?!['’])"
)
# The same sum told as a noun: "Globex's €1.6 billion purchase of the shoemaker", "its
# $900m takeover of the chain" (the sum right before the deal noun; a currency code may
# open it: "NOK 13.1 billion")
_PURCHASE_OF_DESCRIBED = re.compile(
    r"\b" + DEAL_NOUNS + r"\s+of\s+"
    r"(?P<what>the\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + KIND_HEADS + r"))"
    r"(?![\w-])(?!\s+[A-Z])(?!['’])"
)
# ...and the sum right before the deal noun, found in a short window only (the noun first:
# a scan for a sum at every digit would be quadratic in a long run of figures)
_SUM_BEFORE_DEAL = re.compile(
    r"(?P<sum>(?:[A-Z]{2,3}\$?\s+)?[^\s,;:]{0,12}\d[^\s,;:]{0,12}(?:\s+[a-z]+){0,2}?)\s+$"
)
# Who pays, right before the verb, when it is what the sentence before was about: "It will
# pay", "they agreed to pay", "The company is paying"
_PAYER_REFERS_BACK = re.compile(
    r"(?:\b(?:it|they|we)|\b[Tt]he\s+(?:" + KIND_HEADS + r"))\s+(?:[a-z]+\s+){0,3}$"
)


# "its flagship port moved 41.2 million tonnes": a possessive description of a facility
# right before the figure's verb (at most two words: "moved", "will reach")
_POSSESSED_FACILITY = re.compile(
    r"\b(?:its|their)\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>"
    + "|".join(re.escape(h) for h in sorted(FACILITY_KINDS, key=len, reverse=True))
    + r")\s+(?:[a-z][\w-]*\s+){1,2}$"
)


def owned_facility(sentence: str, start: int, owner: str | None) -> str | None:
    """The facility a possessive description before a figure names, when the owner's name
    says which ("Acme Port Holdings ... its flagship port moved 41 million tonnes" is the
    Port of Acme; "Globex Airport Group ... its main airport handled" is Globex Airport):
    the figure is the asset's, never the holding company's. ``start`` is where the figure
    is written. None when the owner's name holds no word of the description's kind."""
    if owner is None:
        return None
    found = _POSSESSED_FACILITY.search(sentence, max(0, start - 80), start)
    if found is None:
        return None
    head = found.group("head").casefold()
    words = owner.split()
    at = [k for k, w in enumerate(words) if w.casefold() == head]
    if not at or at[0] == 0:
        return None
    brand = " ".join(words[: at[0]])
    written = words[at[0]]
    # "Port", "University": the form the corpus writes such names in ("Port of Acme")
    return f"{written} of {brand}" if head in OF_NAME_HEADS else f"{brand} {written}"


# The name an article gives a merger's result: "The combined business, to be called Acme
# Dairy, will ...", "the new group will be named Globex Foods"
_CALLED = re.compile(r"\b(?:to[ ]be|will[ ]be)[ ](?:called|named|renamed)[ ]$")
# "The combined group will operate ...", "Together the merged cooperative will handle":
# a description of the business a merger makes, opening the sentence
_COMBINED_OPENING = re.compile(
    r"^\W*(?:" + OPENING_PHRASE + r"|Together\s+|Once\s+[^,;:.]{1,40},\s+)?(?P<the>[Tt]he)\s+"
    r"(?:combined|merged|enlarged)\s+(?:" + KIND_HEADS + r")(?![\w-])(?!\s+[A-Z])"
)


def _name_head(name: str) -> str:
    """The last word of a name that is no number nor a single letter ("Terminal 4" and
    "Terminal B" are terminals)."""
    found = [w for w in _WORD.findall(name.casefold()) if len(w) > 1]
    return found[-1] if found else ""


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


@dataclass
class DocumentReferents:
    """What one article has said about its subjects so far, read in order: the subjects of
    its sentences, the words that described each, and which names are people's."""

    main: str | None = None
    persons: frozenset[str] = frozenset()
    # names the article makes act ("Acme said", "Acme's", "Acme Foods agreed"): see
    # ``described_by_place``
    text: str = ""  # the article's body, read for ``actors`` only when needed
    _actors: frozenset[str] | None = None
    recent: list[str] = field(default_factory=list)
    paragraph: int | None = None  # the paragraph of the sentence noted last
    topic: str | None = None  # the first subject noted in that paragraph
    described: dict[str, set[str]] = field(default_factory=dict)
    things: dict[str, set[str]] = field(default_factory=dict)  # see ``things_named``
    combined: list[str] = field(default_factory=list)  # what mergers will be called
    titles: set[str] = field(default_factory=set)  # names written as quoted titles

    @classmethod
    def of(
        cls, text: str, main: str | None = None, title_names: Sequence[str] = ()
    ) -> DocumentReferents:
        """The memory of an article whose body is ``text`` and whose title names ``main``.
        People are found in the whole text at once (one bounded regex pass): "Marsh,
        who is chief executive" late in an article makes "Sofia Marsh" early in it a
        person already. A title about a person names what the article is about after
        them ("Jo Park wants Acme to be the last bike brand standing"): when ``main`` is a
        person, the first of the title's other names (``title_names``) that is none is the
        article's main subject."""
        persons: set[str] = set()
        for pattern in _PERSON:
            for found in pattern.finditer(text):
                for group in ("p1", "p2"):
                    name = (found.groupdict().get(group) or "").casefold()
                    if name:
                        persons.add(name)
                        persons.add(name.split()[-1])  # the surname alone ("Marsh")
        named = {n.casefold().split()[-1] for n in title_names if n.strip()}
        for found in _FAMILY.finditer(text):
            name = found.group("p1").casefold()
            if name.split()[-1] not in named:
                persons.update((name, name.split()[-1]))
        people = frozenset(persons)
        if main is not None and _is_person(main, people):
            main = next(
                (n for n in title_names if n != main and not _is_person(n, people)), None
            )
        return cls(main, people, text=text)

    @property
    def actors(self) -> frozenset[str]:
        """The names the article makes act, found on first use: few articles open a
        sentence with "The <Name> company"."""
        if self._actors is None:
            self._actors = frozenset(m.group(1).casefold() for m in _ACTOR.finditer(self.text))
        return self._actors

    def described_by_place(self, sentence: str, name: str | None) -> bool:
        """Does ``sentence`` open with "The <name> <kind>" ("The Oakland company, which
        closed ...", "The Le Locle company turned out ...") where the article never makes
        ``name`` act as a name? Then ``name`` is a place that describes the company the
        article was about, as "The Oakland-based company" would; "The Acme group said"
        after "Acme agreed" names Acme."""
        if not name:
            return False
        found = _OPENING_PLACE_DESCRIPTION.match(sentence)
        return (
            found is not None
            and found.group("place") == name
            and name.casefold() not in self.actors
        )

    def is_person(self, name: str) -> bool:
        return _is_person(name, self.persons)

    def note(
        self,
        sentence: str,
        entities: Sequence[_Named],
        subject: str | None,
        paragraph: int | None = None,
    ) -> None:
        """Take in one sentence read: its subject, and the descriptions of its names;
        ``paragraph`` is its paragraph's number (None: the paragraph of the sentence
        before), whose first subject is the paragraph's topic."""
        if paragraph != self.paragraph and paragraph is not None:
            self.paragraph, self.topic = paragraph, None
        if self.topic is None:
            self.topic = subject
        for entity in entities:
            name, place = _without_place_modifier(entity.name)
            words = self.described.setdefault(name, set()) | place
            self.described[name] = words
            after = _APPOSED_AFTER.match(sentence, entity.end, entity.end + 80)
            if after is not None:
                words |= _words(after.group(1))
            before = _DESCRIBED_BEFORE.search(sentence, max(0, entity.start - 50), entity.start)
            if before is not None:
                words |= _words(before.group(1))
            words |= _place_before(sentence, entity.start)
            placed = _PLACED_AFTER.match(sentence, entity.end, entity.end + 80)
            if placed is not None:  # "Vossen, based in Utrecht," is "the Utrecht-based company"
                where = placed.group("place").casefold()
                words |= {where, where + "-based"}
        for name, words in things_named(sentence, entities).items():
            self.things.setdefault(name, set()).update(words)
        self.titles.update(_quoted_titles(sentence, entities))
        for entity in entities:
            if _CALLED.search(sentence, max(0, entity.start - 30), entity.start):
                self.combined.append(entity.name)  # "to be called Acme Dairy"
        opening = _OPENING.match(sentence)
        if opening is not None and subject is not None:
            # "The co-op took in ..." resolved to a subject: it is a co-op from now on
            self.described.setdefault(subject, set()).update(
                _words(opening.group("mods")) | {opening.group("head").casefold()}
            )
        if subject is not None and (not self.recent or self.recent[-1] != subject):
            self.recent.append(subject)

    def resolve(self, sentence: str, previous: str | None) -> str | None:
        """Who a description opening ``sentence`` refers to; ``previous`` (the previous
        sentence's subject) when the sentence opens with no such description.

        The previous subject when it fits; for a head naming a kind, the one subject of
        that kind when the previous subject is of another ("Orvane, a ferry operator ...
        Umbra Bank lent ... The operator carried"); else the article's main subject
        or its one subject that fits, or, when several fit, the paragraph's topic (its
        first subject); None when two compete or none fits a named kind."""
        opening = _OPENING.match(sentence)
        if opening is None:
            return self._neuter(sentence, previous)
        kind = KINDS.get(opening.group("head").casefold(), frozenset())
        fits = [s for s in dict.fromkeys(reversed(self.recent)) if self._fits(s)]
        head = opening.group("head").casefold()
        modified = self._by_modifiers(opening.group("mods"), fits, previous, kind | {head})
        if modified != _NO_MATCH:
            return modified
        usable = previous is not None and self._fits(previous)
        if kind:
            # "Acme" written short for "Acme Games" is a studio too
            of_kind = [s for s in fits if kind & (self._words_of(s) | self._name_words(s))]
            if previous in of_kind:
                return previous
            # its name says it is of another kind ("Umbra Bank" is no operator); a
            # description may name several kinds ("the payments app" is a startup too)
            other = bool(self._name_words(previous) & (_KIND_WORDS - kind))
            if usable and not other:
                return previous
            if not of_kind:
                return self._after_person(kind, fits, previous)
            return of_kind[0] if len(of_kind) == 1 else None
        if usable:
            return previous
        main = self._main_in_body()
        if main is not None and any(subject_key(s) == subject_key(main) for s in fits):
            return main
        if len(fits) == 1:
            return fits[0]
        if not fits:
            return main
        if previous is not None and self.is_person(previous):
            # "Wijaya's answer was to buy into batteries. In March the company agreed to
            # pay": the subject before the person, as for a description of a kind
            return fits[0]
        # after a sentence that names nobody, what the paragraph is about: "You have seen
        # that X raised $85m. What caught my eye is the curve. The company completed ..."
        return self.topic if self.topic in fits else None

    def _after_person(
        self, kind: frozenset[str], fits: list[str], previous: str | None
    ) -> str | None:
        """A description of a kind no subject was written as, after a sentence about a
        person ("Acme has named Jo Park chair. She succeeds Lee Roe. The Dunmore trader
        posted ..."): the most recent subject before the person, when its name says it is
        of no other kind; None otherwise (no person between, nothing to go back to)."""
        if previous is None or not self.is_person(previous) or not fits:
            return None
        latest = fits[0]
        return None if self._name_words(latest) & (_KIND_WORDS - kind) else latest

    def _neuter(self, sentence: str, previous: str | None) -> str | None:
        """What "it" or "its" opening ``sentence`` refers to: ``previous``, unless that is a
        person ("Under Jo Park, who took over in 2022, the trust has ... Today its
        portfolio"), when it is the most recent subject before that is no person (nor a
        quoted title); ``previous`` still when there is none, or when the name is a
        company's too (the founder "Jo Penrose" of "Penrose Clinics": "Penrose ... Its
        revenue" is the company's)."""
        if previous is None or not self.is_person(previous) or not _NEUTER_START.match(
            sentence
        ):
            return previous
        key = previous.casefold() + " "
        if any(n.casefold().startswith(key) and not self.is_person(n) for n in self.described):
            return previous
        others = [s for s in reversed(self.recent) if self._fits(s)]
        return others[0] if others else previous

    def resolve_thing(
        self, sentence: str, named: Sequence[str]
    ) -> tuple[str, int, int] | None:
        """The facility or product a description opening ``sentence`` refers back to
        ("The new terminal will cost ...", "The antibody, which generated ..."), and where
        the description starts and ends; ``named`` are the names of the sentence before.

        The one name of the sentence before written as that kind ("Terminal 4", "X, an
        injectable antibody"), else the article's one name so far written as that kind
        ("the project" of an article on "the Vandelay Sands offshore wind farm"), else, for a
        product, the one name of the sentence before that nothing says is an
        organisation, a person or a place ("The answer is one word: Hooli-7. The drug
        ..."). None when two compete or none fits: never the company that owns the thing.
        """
        opening = _THING_OPENING.match(sentence)
        if opening is None:
            return None
        head = opening.group("head").casefold()
        kind = _THING_KINDS[head] | {head}
        before = [n for n in dict.fromkeys(named) if self._fits(n) and not is_demonym(n)]
        fitting = [n for n in before if self._is_thing(n, kind)]
        if not fitting:
            fitting = [
                n
                for n in reversed(self.things)
                if self._fits(n) and not is_demonym(n) and self._is_thing(n, kind)
            ]
        if not fitting and head in PRODUCT_KINDS:
            plain = [n for n in before if self._plain_name(n)]
            fitting = plain if len(plain) == 1 else []
        if not fitting or len({subject_key(n) for n in fitting}) > 1:
            return None
        return fitting[0], opening.start("the"), opening.end()

    def resolve_combined(self, sentence: str) -> tuple[str, int, int] | None:
        """What "the combined group" or "the merged cooperative" opening ``sentence`` is:
        the one name the article said a merger's result will be called ("The combined
        business, to be called Acme Dairy, ..."), and where the description starts and
        ends. None when the article named no such result, or named two."""
        opening = _COMBINED_OPENING.match(sentence)
        if opening is None or len({subject_key(n) for n in self.combined}) != 1:
            return None
        return self.combined[0], opening.start("the"), opening.end()

    def resolve_paid_for(
        self, sentence: str, names: Sequence[str], previous: str | None
    ) -> tuple[str, int, int] | None:
        """What a sum paid "for the club" (or "a £48m purchase of the club") buys, and
        where the sum is written: the
        organisation the description refers to (see ``resolve``), whatever the sentence's
        payer is ("The consortium will pay £48m for the club"). Never the payer: None when
        the description would be a name the sentence writes before the verb (``names``)
        or when the payer itself refers back ("It will pay £48m for the club")."""
        found = _PAID_FOR_DESCRIBED.search(sentence, 0, 400)
        if found is not None:
            described, start, sum_start, sum_end = (
                found.group("what"), found.start(), found.start("sum"), found.end("sum")
            )
        else:
            found = _PURCHASE_OF_DESCRIBED.search(sentence, 0, 400)
            if found is None:
                return None
            paid = _SUM_BEFORE_DEAL.search(sentence, max(0, found.start() - 40), found.start())
            if paid is None:
                return None
            described, start = found.group("what"), paid.start()
            sum_start, sum_end = paid.start("sum"), paid.end("sum")
        if _PAYER_REFERS_BACK.search(sentence, 0, start):
            return None
        what = self.resolve(described, previous)
        before = sentence[:start].casefold()
        # a payer written short or long ("Acme" of "Acme Learning Group") is still the payer
        payers = {_brand(n) for n in names if n.casefold() in before}
        if what is not None and _brand(what) in payers:
            # "Acme is paying $465m for the publisher" after "Acme agreed to buy Globex, a
            # textbook publisher": the one other name the article wrote as that kind
            what = self._described_as(described, payers)
        if what is None:
            return None
        return what, sum_start, sum_end

    def _is_thing(self, name: str, kind: frozenset[str] | set[str]) -> bool:
        """Is ``name`` written as one of ``kind``: its last word ("Terminal 4") or the
        words next to it (``things_named``)?"""
        return _name_head(name) in kind or bool(self.things.get(name, set()) & kind)

    def _plain_name(self, name: str) -> bool:
        """A name nothing describes: no word of a business or a kind of organisation in
        it or next to it, no facility or product of another kind, and not the article's
        main subject (the company an article is about is no product of it)."""
        words = _words(name) | self.described.get(name, set())
        main = self._main_in_body()
        return (
            not words & (_KIND_WORDS | BUSINESS_WORDS)
            and not self.things.get(name)
            and (main is None or subject_key(main) != subject_key(name))
        )

    def _by_modifiers(
        self, mods: str, fits: list[str], previous: str | None, kind: frozenset[str]
    ) -> str | None:
        """The subject a description's modifiers were used for earlier in the article
        ("Irish chip designer Initech ... the Irish chip designer", "Initech, a Cork-based
        company ... the Cork-based company"), whatever the previous sentence was about:
        the one subject that carries most of them, the previous one on a tie, and None
        when two others tie. A place modifier ("the Cork-based company") that no subject
        carries, while two organisations could be meant, is None too: the description
        names one the article did not place; unless its head names a kind (``kind``: the
        head and its words) the article wrote exactly one of them as ("Fast-casual chain
        Acme hired Globex Securities ... The Leeds-based chain"): a dateline or the
        company's own filing placed it, not the article. ``_NO_MATCH`` when the modifiers
        decide nothing (none, vague ones only, or one subject could be meant)."""
        wanted = {w for w in _words(mods) if w not in _VAGUE}
        if not wanted:
            return _NO_MATCH
        # every name the article has written so far, the subjects most recent first: "Irish
        # chip designer Initech" may have been the object of a sentence about its buyer
        named = [*fits, *(n for n in reversed(list(self.described)) if self._fits(n))]
        scored = {
            s: len(wanted & self._words_of(s))
            for s in dict.fromkeys(named)
            if subject_key(s) not in wanted and not is_demonym(s)  # "Irish" names no one
        }
        best = max(scored.values(), default=0)
        if best == 0:
            placed = any(_PLACED.fullmatch(w) or w in DEMONYMS for w in wanted)
            brands = {subject_key(s).split()[0] for s in scored if subject_key(s)}
            if not placed or len(brands) <= 1:
                return _NO_MATCH
            # the first written of one brand: "Acme" may be "Acme Foods" too
            of_kind = [s for s in scored if kind & self._words_of(s) and not s.isupper()]
            return of_kind[0] if len({_brand(s) for s in of_kind}) == 1 else None
        top = [s for s, score in scored.items() if score == best]
        if previous in top:
            return previous
        # one organisation, perhaps written two ways ("Initech Semiconductor", "Initech")
        return top[0] if len({subject_key(s).split()[0] for s in top}) == 1 else None

    def main_subject(self) -> str | None:
        """The article's main subject as its body writes it (see ``_main_in_body``): what a
        figure that names nobody is about in an article about one company."""
        return self._main_in_body()

    def _main_in_body(self) -> str | None:
        """The title's subject as the body has written it so far ("Pinecrest" in the title,
        "Pinecrest Dairy Co-operative" in the lead), or None when the body has not named it:
        a title's first name may be a column's ("Markets roundup: ...") or a common noun
        ("Council sets budget")."""
        if self.main is None:
            return None
        key = subject_key(self.main)
        for name in self.described:  # every name the body has written, in order
            other = subject_key(name)
            if other == key or other.startswith(key + " ") or key.startswith(other + " "):
                return name if not self.is_person(name) else None
        return None

    def _fits(self, subject: str) -> bool:
        """Can an organisation's description refer to ``subject``? Not to a person, nor to
        a role word taken for a name ("Chief" of "Chief executive Jo Park said"), nor to a
        work the article wrote as a quoted title ("The studio employs ..." after a
        sentence about its game '"The Drowned Oak"')."""
        return (
            not self.is_person(subject)
            and subject.casefold() not in _ROLE_WORDS
            and subject not in self.titles
        )

    def _name_words(self, subject: str | None) -> set[str]:
        """The words of ``subject``'s name, and of the longer names the article wrote it
        short for ("Arvane" after "Arvane Insurance" is an insurer, no team)."""
        if subject is None:
            return set()
        key = subject.casefold() + " "
        words = _words(subject)
        for name in self.described:
            if name.casefold().startswith(key):
                words |= _words(name)
        return words

    def _described_as(self, description: str, excluded: set[str]) -> str | None:
        """The one name, of a brand not in ``excluded``, that the article wrote as the kind
        the description's head names ("the publisher": "Globex, a textbook publisher");
        None for a generic head ("the company") or when none or several are."""
        head = description.split()[-1].casefold()
        kind = KINDS.get(head, frozenset())
        if not kind:
            return None
        named = [
            n
            for n in self.described
            if _brand(n) not in excluded and not self.is_person(n) and kind & self._words_of(n)
        ]
        return named[0] if len({_brand(n) for n in named}) == 1 else None

    def _words_of(self, subject: str) -> set[str]:
        """The words that show what kind of organisation ``subject`` is: its name's and the
        descriptions the article gave it."""
        return _words(subject) | self.described.get(subject, set())


def _brand(name: str) -> str:
    """The first word of a name's key: "Acme" of "Acme Learning Group" and of "Acme"."""
    return subject_key(name).split(" ", 1)[0]


def _quoted_titles(sentence: str, entities: Sequence[_Named]) -> set[str]:
    """The names ``sentence`` writes between quotation marks, as a work's title is
    written ('the game "Lanternfall"', '"The Drowned Oak", an expansion'): the quote
    next to each end of the name, looked for within a few characters (bounded)."""
    return {
        e.name
        for e in entities
        if _QUOTE_BEFORE.search(sentence, max(0, e.start - 5), e.start)
        and _QUOTE_AFTER.match(sentence, e.end, e.end + 2)
    }


def _is_person(name: str, persons: frozenset[str]) -> bool:
    folded = name.casefold()
    return folded in persons or (" " in folded and folded.split()[-1] in persons)


def _place_before(sentence: str, start: int) -> set[str]:
    """The place words right before a name or its lower-case description ("Irish chip
    designer Initech" gives "irish", "chip", "designer"; "Cork-based Initech" gives
    "cork-based"), for what the article described the name as."""
    found = _PLACE_BEFORE.search(sentence, max(0, start - 60), start)
    if found is None:
        return set()
    place = found.group(1)
    if "-" not in place and place.casefold() not in DEMONYMS:
        return set()
    return {place.casefold()} | _words(found.group(2))


# A name the name finder read with the place compound before it ("Bergen-based Fjordvik")
_PLACE_MODIFIER = re.compile(r"([A-Z][\w.&]*-[a-z][\w-]*)[ ](?=[A-Z])")


def _without_place_modifier(name: str) -> tuple[str, set[str]]:
    """ "Bergen-based Fjordvik" is Fjordvik, described as "bergen-based"."""
    found = _PLACE_MODIFIER.match(name)
    if found is None:
        return name, set()
    return name[found.end() :], {found.group(1).casefold()}
