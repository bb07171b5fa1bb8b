"""Who a definite description is about: "The co-op took in ...", "The arthouse streamer,
founded in ...", "Founded in 2014, the company ...".

A definite noun phrase whose head is a kind of organisation (``data/organisation_kinds.txt``,
which users can extend) refers to a subject named earlier in the same article: the
previous sentence's subject when it fits, else the most recent subject of the article that
fits, else the article's main subject (the one its title names). A subject *fits* when it
is not a person (``data/person_roles.txt``: "chief executive Jo Park", "Park, who ...") and,
for a head that names a kind ("the streamer", "the co-op"), when the article wrote it as
that kind, in its name ("Northmoor Dairy Co-operative") or in a description of it
("Velvetbox, a streaming service"); two subjects of that kind with neither the previous
one leave the description unresolved.

Pure text in, plain values out, like ``factcheck.context``; names live only in the data
files and the articles, never in this code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Protocol


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
_ROLES = "|".join(
    re.escape(r) for r in sorted({r.casefold() for r in _lines("person_roles.txt")}, key=len)[::-1]
)

# "The co-op took in ...", "Founded in 2014, the company now counts ...", "The arthouse
# streamer, founded in ...": the description opens the sentence, after at most a short
# opening phrase, and no name follows its head ("the streaming service Vibe" names Vibe).
_OPENING = re.compile(
    r"^\W*(?:[A-Z][^,;:.]{0,40},\s+)?[Tt]he\s+(?P<mods>(?:[\w&.'’-]+\s+){0,3}?)"
    r"(?P<head>" + KIND_HEADS + r")(?![\w-])(?!\s+[A-Z])"
)
_NAME_WORDS = r"[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){0,3}"
# A person: a name after a word for what people do ("chief executive Jo Park", "analyst
# Hugo Vance"), or described as one or by "who" ("Park, who is chief executive", "Vance,
# an analyst at ...", "Jo Park, who founded ...")
_PERSON = re.compile(
    r"\b(?i:" + _ROLES + r")[ ](?P<after>" + _NAME_WORDS + r")"
    r"|(?P<before>" + _NAME_WORDS + r"),[ ](?:who\b|(?:the|an?|its|their)[ ]"
    r"(?:[a-z][\w-]*[ ]){0,2}?(?i:" + _ROLES + r")\b)"
)
# What a name is described as, after it ("Velvetbox, a streaming service for ...") or right
# before it in lower case ("fibre network owner Lumaline Fibre", "food delivery app Dishly")
_APPOSED_AFTER = re.compile(r",[ ](?:a|an|the|its|their)[ ]([^,;:()]{1,60}?)(?=[,;:.()]|$)")
_DESCRIBED_BEFORE = re.compile(r"(?:^|[ ])((?:[a-z][\w-]*[ ]){1,4})$")
_WORD = re.compile(r"[a-z][\w-]*")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


@dataclass
class DocumentReferents:
    """What one article has said about its subjects so far, read in order: the subjects of
    its sentences, the words that described each, and which names are people's."""

    main: str | None = None
    persons: frozenset[str] = frozenset()
    recent: list[str] = field(default_factory=list)
    described: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, main: str | None = None) -> DocumentReferents:
        """The memory of an article whose body is ``text`` and whose title names ``main``.
        People are found in the whole text at once (one bounded regex pass): "Reinholt,
        who is chief executive" late in an article makes "Sofia Reinholt" early in it a
        person already."""
        persons: set[str] = set()
        for found in _PERSON.finditer(text):
            name = (found.group("after") or found.group("before")).casefold()
            persons.add(name)
            persons.add(name.split()[-1])  # the surname alone ("Reinholt")
        people = frozenset(persons)
        return cls(main if main is None or not _is_person(main, people) else None, people)

    def is_person(self, name: str) -> bool:
        return _is_person(name, self.persons)

    def note(self, sentence: str, entities: Sequence[_Named], subject: str | None) -> None:
        """Take in one sentence read: its subject, and the descriptions of its names."""
        for entity in entities:
            words = self.described.setdefault(entity.name, set())
            after = _APPOSED_AFTER.match(sentence, entity.end, entity.end + 80)
            if after is not None:
                words |= _words(after.group(1))
            before = _DESCRIBED_BEFORE.search(sentence, max(0, entity.start - 50), entity.start)
            if before is not None:
                words |= _words(before.group(1))
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
        sentence's subject) when the sentence opens with no such description."""
        opening = _OPENING.match(sentence)
        if opening is None:
            return previous
        kind = KINDS.get(opening.group("head").casefold(), frozenset())
        fits = [s for s in dict.fromkeys(reversed(self.recent)) if not self.is_person(s)]
        if kind:
            of_kind = [s for s in fits if kind & self._words_of(s)]
            if previous in of_kind:
                return previous
            if len(of_kind) == 1:
                return of_kind[0]  # "the arthouse streamer": the one streaming service
            if of_kind:
                return None  # two subjects of that kind compete: abstain
        if previous is not None and not self.is_person(previous):
            return previous
        if fits:
            return fits[0]
        return self.main

    def _words_of(self, subject: str) -> set[str]:
        """The words that show what kind of organisation ``subject`` is: its name's and the
        descriptions the article gave it."""
        return _words(subject) | self.described.get(subject, set())


def _is_person(name: str, persons: frozenset[str]) -> bool:
    folded = name.casefold()
    return folded in persons or (" " in folded and folded.split()[-1] in persons)
