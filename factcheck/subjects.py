"""Subjects: who a figure is about, found by rules and merged through an alias table.

No trained NER is assumed. Names are capitalised word sequences (with glued versions
such as "GPT-4o" or "Claude 3.5 Sonnet"), minus sentence-initial function words and
generic acronyms listed in ``data/not_names.txt``. Spellings are merged by a *key*
(case-folded, possessive and corporate designators stripped: "Zephyr AI" and "Zephyr's"
share the key "zephyr") and by the user-extensible alias table ("IBM" -> "International
Business Machines").
Company names live only in data files, never in this code.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import AliasTableError
from factcheck.extract.money import CURRENCY_CODES
from factcheck.letters import fold

RELATION_JOIN = " – "

# Corporate designators do not distinguish one organisation from another.
_DESIGNATORS = frozenset(
    [
        "inc",
        "inc.",
        "corp",
        "corp.",
        "corporation",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        "ag",
        "sa",
        "s.a.",
        "gmbh",
        "co",
        "co.",
        "company",
        "group",
        "holdings",
        "labs",
        "ai",
        "limited",
        "n.v.",
        "nv",
        "se",
        # Nordic, Dutch, Italian and Asian forms: "Baltora Line AB", "Vesterhav A/S" (read
        # as "as"), "Nordvik ASA", "Kestrel Data Pte Ltd", "Pulai Sdn Bhd"
        "ab",
        "as",
        "asa",
        "oy",
        "oyj",
        "bv",
        "b.v.",
        "spa",
        "s.p.a.",
        "pte",
        "pty",
        "sdn",
        "bhd",
        "kk",
        # Indonesian, Indian and Mexican forms: "PT Halmera Nikel Tbk", "Ampion Cells Pvt
        # Ltd", "Grupo Meridiano SAB"
        "tbk",
        "pvt",
        "sab",
    ]
)
# Designators written before the name: "PT Halmera Nikel Utama Tbk" (Indonesia)
_LEADING_DESIGNATORS = frozenset(["pt"])
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_NON_KEY = re.compile(r"[^\w.+#&-]+")


@lru_cache(maxsize=1 << 18)
def subject_key(name: str) -> str:
    """The grouping key of a name: case-folded, accents folded ("Nestlé" is "nestle"),
    without possessive or designators.
    Remembered: the reconciler asks for the same few names hundreds of thousands of times."""
    text = _POSSESSIVE.sub("", name.strip()).replace("’", "'").replace("A/S", "AS")
    words = _NON_KEY.sub(" ", fold(text.casefold())).split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    if len(words) > 2 and words[0] in _LEADING_DESIGNATORS:
        words = words[1:]
    while len(words) > 1 and words[-1] in _DESIGNATORS:
        words.pop()
    return " ".join(w.strip(".") or w for w in words)


def has_designator(name: str) -> bool:
    """Is ``name`` written with a company's designator ("Crestline Acceptance Corp",
    "Karrawong Gold Ltd"), which its ``subject_key`` leaves out? Such a name is a company's."""
    words = _NON_KEY.sub(" ", fold(name.strip().casefold())).split()
    return (len(words) > 1 and words[-1] in _DESIGNATORS) or (
        len(words) > 2 and words[0] in _LEADING_DESIGNATORS
    )


def short_names(keys: Iterable[str], companies: Iterable[str] = ()) -> dict[str, str]:
    """Short forms a corpus also writes in full: {"corvane": "corvane therapeutics",
    "lenz": "marco lenz"}.

    A one-word key is the short form of a longer key when it is the brand before words that
    only name a kind of business ("Acme Therapeutics", see ``business_words.txt``), the
    brand of a longer key the corpus shows to be a company (``companies``: it was founded
    or raised a round, or is written with a designator, "Karrawong Gold Ltd", so "Skyreach
    Launch" is a company, not a product "Launch" of Skyreach), or the last word of a
    two-word name that is no company (a surname: "Marco Lenz"). It is mapped only when the
    corpus has exactly one such longer key for it and no other longer key that starts or
    ends with it: "Tata" stays apart beside "Tata Steel" and
    "Tata Motors", "Acme" beside "Acme Cloud" (a product, perhaps), "Lenz" beside "Marco
    Lenz" and "Anna Lenz". The name after "of" in a name such as "University of Wexley"
    (``of_name_tail``) is short for it, under the same rule of one longer key. A brand of
    several words is short for the one longer name it makes before business words ("Acme &
    Sons" of "Acme & Sons Brewing Group", ``brand_core``) when no other key starts with it.
    Keys are ``subject_key`` values; the result only ever merges, never splits.
    """
    full: dict[str, set[str]] = {}
    others: set[str] = set()
    keys = set(keys)
    companies = set(companies)
    for key in keys:
        words = key.split()
        if len(words) < 2:
            continue
        tail = of_name_tail(key)
        if tail is not None:  # "University of Wexley": "Wexley" is short for it
            full.setdefault(tail, set()).add(key)
            continue
        brand, last = words[0], words[-1]
        if key in companies or all(word in BUSINESS_WORDS for word in words[1:]):
            full.setdefault(brand, set()).add(key)
        else:
            others.add(brand)
        if len(words) == 2 and last not in BUSINESS_WORDS and key not in companies:
            full.setdefault(last, set()).add(key)
        else:
            others.add(last)
    for key in keys:
        core = brand_core(key)
        if core is not None and " " in core:  # "calder & finch" of "calder & finch brewing"
            full.setdefault(core, set()).add(key)
    return {
        short: next(iter(names))
        for short, names in full.items()
        if len(names) == 1
        and short not in others
        and short in keys
        and (" " not in short or _starts_one(short, keys))
    }


def brand_core(key: str) -> str | None:
    """The brand a name is made of before the words that only name its kind of business
    ("acme & sons" of "acme & sons brewing", ``business_words.txt``), or None when no such
    word ends it or nothing would be left. ``key`` is a ``subject_key`` value."""
    words = key.split()
    end = len(words)
    while end > 1 and words[end - 1] in BUSINESS_WORDS:
        end -= 1
    return " ".join(words[:end]) if end < len(words) else None


def _starts_one(short: str, keys: Iterable[str]) -> bool:
    """Exactly one other key starts with the words of ``short``: a brand of several words
    ("acme sons") is short only for the one longer name made of it, never when the corpus
    also writes "acme sons cloud" beside "acme sons foods"."""
    prefix = short + " "
    return sum(1 for key in keys if key.startswith(prefix)) == 1


def document_short_names(names: Iterable[str]) -> dict[str, str]:
    """Brands a document writes alone only after one longer name that starts with them:
    {"vandelay": "vandelay chemicals"} for "Vandelay Chemicals lifted output ... Vandelay was
    fined ...", a news story's full name at first mention and its short form after.

    ``names`` are the document's names in reading order. A brand is mapped only when the
    document writes exactly one longer name for it and never writes it alone before that
    name ("Acme ... Acme Cloud" may be a product of Acme); whatever other documents write.
    A brand may have several words ("Acme Roast" after "Acme Roast Coffee Co").
    The name after "of" in "the University of Wexley" (``of_name_tail``) is a brand of
    it too. Keys and values of the result are ``subject_key`` values.
    """
    longer: dict[str, dict[str, str]] = {}
    alone_first: set[str] = set()
    alone: set[str] = set()
    for name in names:
        key, tail, brands = name_brands(name)
        if not key:
            continue
        if tail is not None:  # "the University of Wexley ... Wexley"
            longer.setdefault(tail, {}).setdefault(key, name)
            continue
        alone.add(key)
        if key not in longer:
            alone_first.add(key)
        for brand in brands:
            longer.setdefault(brand, {}).setdefault(key, name)
    return {
        brand: next(iter(full))
        for brand, full in longer.items()
        if len(full) == 1 and brand in alone and brand not in alone_first
    }


@lru_cache(maxsize=1 << 18)
def name_brands(name: str) -> tuple[str, str | None, tuple[str, ...]]:
    """What ``document_short_names`` reads of one name: its ``subject_key``, the name after
    "of" it ends in (``of_name_tail``), and the brands it is a longer name of: every run of
    its first words ("acme" and "acme roast" of "Acme Roast Coffee Co"), none for a name of
    one word, one after "of" or a hyphenated adjective (``is_modifier``).
    Remembered: a corpus writes the same few names in thousands of documents."""
    key = subject_key(name)
    tail = of_name_tail(key)
    words = key.split()
    if tail is not None or len(words) < 2 or is_modifier(name):
        return key, tail, ()
    return key, None, tuple(" ".join(words[:end]) for end in range(1, len(words)))


def is_fragment(name: str) -> bool:
    """A name that is only a designator or a business word ("Labs", "Holdings", "Health")
    is what is left of a longer name whose first word was dropped ("Orion Labs" opening a
    sentence): as a subject it would merge every "... Labs" of the corpus."""
    words = subject_key(name).split()
    return len(words) == 1 and (words[0] in _DESIGNATORS or words[0] in BUSINESS_WORDS)


def is_demonym(name: str) -> bool:
    """A name that is only an adjective of nationality or region ("European", "Nordic"),
    as in "14 European countries": it modifies a noun and is no subject of a figure
    (``data/demonyms.txt``). Longer names ("European Commission") are names."""
    words = subject_key(name).split()
    return len(words) == 1 and words[0] in DEMONYMS


# A compound of a name and a lower-case word ("London-based", "Frankfurt-listed", "Hong
# Kong-registered", "Fourth-quarter") is an adjective: it modifies a noun and names nobody.
_MODIFIER = re.compile(r"(?:[A-Z][\w.&'’]*[ ])*[A-Z][\w.&'’]*(?:-[A-Za-z0-9]+)*-[a-z]+")


def is_modifier(name: str) -> bool:
    """A name that is only a hyphenated adjective ("London-based", "Frankfurt-listed",
    "Fourth-quarter"): the name finder sees a capital, but the last word after the hyphen
    is lower-case, so the compound describes a noun ("the London-based app") and is no
    subject of a figure. Names whose parts are all capitalised ("Rolls-Royce") or end in a
    version ("GPT-4o") are names. A name ending in a word prefixed with a hyphen
    ("Pinecrest Dairy Co-operative", "Harlow Re-insurance") is a name; the prefixed word
    alone ("Multi-asset funds", "Co-founder") is no subject either way."""
    name = name.strip()
    return bool(_MODIFIER.fullmatch(name)) and not _PREFIXED_WORD.search(name)


# A capitalised prefix and the word it is joined to ("Co-operative", "Re-insurance"): one
# word, which a name of several words may end in, not a place and an adjective.
_PREFIXED_WORD = re.compile(r"[ ](?:Co|Re|Pre|Non|Sub|Semi|Multi|Inter|Anti|Self)-[a-z]+$")


# An abbreviation or ticker set in parentheses right after a name ("Northgate Insurance
# (NGI)", "Marlowe (MRLW)"): capitals, digits and a dot or ampersand, two to eight.
ABBREVIATION = re.compile(r"[A-Z][A-Z0-9.&-]{1,7}")


def relation_subject(a: str, b: str) -> str:
    """One subject for a deal between two parties, whichever order names them."""
    first, second = sorted((a, b), key=subject_key)
    return f"{first}{RELATION_JOIN}{second}"


def relation_parties(subject: str) -> tuple[str, ...]:
    return tuple(subject.split(RELATION_JOIN))


def group_key(subject: str, short: Mapping[str, str] | None = None) -> str:
    """Grouping key for a subject or a relation subject; ``short`` maps short names to
    their full names (see ``short_names``)."""
    keys = (subject_key(p) for p in relation_parties(subject))
    if short:
        keys = (short.get(k, k) for k in keys)
    return "|".join(sorted(keys))


@dataclass(frozen=True)
class AliasTable:
    """Canonical names and their spellings: ``canonical("IBM")`` is "International Business
    Machines".

    Load one with :meth:`load` (CSV with ``canonical,alias`` columns, or YAML mapping a
    canonical name to a list of aliases); :meth:`default` is the small table shipped in
    ``factcheck/data/aliases.csv``; tables combine with ``|`` (the right side wins).
    """

    names: Mapping[str, str] = field(default_factory=dict)  # key -> canonical
    spellings: tuple[tuple[str, str], ...] = ()  # (spelling, canonical), for matchers

    def canonical(self, name: str) -> str:
        """The canonical form of a name, or the name without its possessive."""
        bare = _POSSESSIVE.sub("", name.strip())
        return self.names.get(subject_key(bare), bare)

    def __or__(self, other: AliasTable) -> AliasTable:
        return AliasTable({**self.names, **other.names}, self.spellings + other.spellings)

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> AliasTable:
        names: dict[str, str] = {}
        spellings: list[tuple[str, str]] = []
        for canonical, alias in pairs:
            # the plain spelling too: documents are read with accents folded (``letters``)
            for spelling in (canonical, alias, fold(canonical), fold(alias)):
                names[subject_key(spelling)] = canonical
                spellings.append((spelling, canonical))
        return cls(names, tuple(dict.fromkeys(spellings)))

    @classmethod
    def default(cls) -> AliasTable:
        text = resources.files("factcheck.data").joinpath("aliases.csv").read_text("utf-8")
        return cls.from_pairs(_csv_pairs(text, "factcheck/data/aliases.csv"))

    @classmethod
    def load(cls, path: str | Path) -> AliasTable:
        """Read a user's alias table; errors name the file and the row."""
        path = Path(path)
        try:
            text = path.read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise AliasTableError(str(path), f"cannot read: {exc}") from exc
        if path.suffix.lower() in (".yaml", ".yml"):
            return cls.from_pairs(_yaml_pairs(text, str(path)))
        return cls.from_pairs(_csv_pairs(text, str(path)))


def _csv_pairs(text: str, name: str) -> Iterator[tuple[str, str]]:
    reader = csv.DictReader(io.StringIO(text))
    fields = {f.strip().lower() for f in reader.fieldnames or ()}
    if not {"canonical", "alias"} <= fields:
        raise AliasTableError(name, "needs the columns 'canonical' and 'alias'", 1)
    for number, row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        if not row["canonical"] or not row["alias"]:
            raise AliasTableError(name, "empty 'canonical' or 'alias'", number)
        yield row["canonical"], row["alias"]


def _yaml_pairs(text: str, name: str) -> Iterator[tuple[str, str]]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise AliasTableError(name, f"not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise AliasTableError(name, "must map each canonical name to a list of aliases")
    for canonical, aliases in data.items():
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, list):
            raise AliasTableError(name, f"aliases of {canonical!r} must be a list")
        for alias in aliases:
            yield str(canonical), str(alias)


def _load_words(name: str) -> frozenset[str]:
    text = resources.files("factcheck.data").joinpath(name).read_text("utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def _load_not_names() -> frozenset[str]:
    return _load_words("not_names.txt")


NOT_NAMES = _load_not_names()
BUSINESS_WORDS = _load_words("business_words.txt")
# roles a person holds in an organisation ("chief executive", "managing director"), and
# the same as one alternation, longest first, for the patterns that look for a role
PERSON_ROLES = _load_words("person_roles.txt")
PERSON_ROLE_PATTERN = "|".join(re.escape(r) for r in sorted(PERSON_ROLES, key=len, reverse=True))
OF_NAME_HEADS = _load_words("of_name_heads.txt")
DEMONYMS = _load_words("demonyms.txt")

def _literal_trie(words: list[str]) -> str:
    """An alternation of the literal ``words`` factored by common prefix: ``re`` tries a
    flat alternation's words one by one at each capitalised word, the trie fails on the
    first letter that fits none. It matches the same strings (longer words first)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(trie) + ")"


# A name word starts upper-case ("Globex", "Zephyr-Image-2.5", "Apex.ai", "O'Brien") or is
# camel-case with a lower-case head ("xAI", "iPhone"); possessive 's is left outside. A
# Nordic company form of two letters and a slash ("A/S", "K/S") is one word.
_WORD = (
    r"(?:[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)"
    r"(?:[-.&][A-Za-z0-9]+|(?<=\b[A-Z])/[A-Z]\b|['’](?!s\b)[A-Za-z]+)*"
)
# A short version number continues a name ("Claude 3.5 Sonnet", "Windows 11", "Llama 2");
# four digits are a year, not a version ("Build 2026" stops at "Build").
_VERSION = r"\d{1,3}(?:\.\d+)*[a-z]?(?![\d.,]?\d)"
# ...unless a unit or scale follows: "Acme 45 percent" is a figure, not "Acme 45"
_NOT_A_VERSION = r"[ ]?(?:%|percent|per\b|billion|million|trillion|bn\b|[mbkMBK]\b)"
# ...and an ordinal is no version: "puts Harbor College 15th" ranks Harbor College
_ORDINAL_AHEAD = r"(?!\d+(?:st|nd|rd|th)\b)"
# ...and a currency code before a number is no name word, nor a currency's letters glued to
# its symbol: "fined Acme Water NOK 4.2 million" and "fined Acme Pulp C$1.9 million" name
# "Acme Water" and "Acme Pulp", and "NOK 142 a share" no one
# (found on each match, not tried at every word: ``_without_currency``)
_CURRENCY_CODE_WORD = re.compile(
    r"(?<![\w])(?:" + _literal_trie(sorted(CURRENCY_CODES)) + r")(?=[ ]?\d)"
)
_GLUED_LETTERS = re.compile(r"(?:^|[ ])[A-Z]{1,3}$")
_NAME = re.compile(
    rf"(?<![\w$€£¥])(?:{_WORD})(?:[ ](?:&[ ])?(?:{_WORD})|"
    rf"[ ]{_ORDINAL_AHEAD}{_VERSION}(?!{_NOT_A_VERSION}))*"
)
_WORDS = re.compile(r"\S+")


# Three words or more in capitals are a heading set in capitals ("AQUILO BANKS ITS SERIES
# B." opening a newsletter item), not a name: names in capitals are one or two words ("IBM",
# "SIX Swiss Exchange")
_SHOUTED = re.compile(r"[A-Z0-9&'’./-]+(?:[ ]+[A-Z0-9&'’./-]+){2,}")
# A generic word and a letter or number is a label, not a name: "Series C" (a funding
# round), "Phase 3" (a trial), "Class A" (shares), "Tier 1" (capital).
_LABEL = re.compile(
    r"(?:Series|Phase|Class|Tier|Round|Stage|Level|Type|Grade|Category|Chapter|Article|"
    r"Section|Title|Schedule|Form)[ ](?:[A-Z]|[0-9]{1,2}|[IVX]+)[a-z]?"
)

# (The lookbehinds of this and ``_CAPITALISED`` come after the capital, not before it: ``re``
# finds a first character at C speed only when the pattern opens with one. Same matches.)
_MID_SENTENCE_CAPITAL = re.compile(r"[A-Z](?<=[a-z0-9,;)] [A-Z])[A-Za-z0-9&.-]*[A-Za-z0-9]")


# What follows a name more often than a common noun: a possessive, or a verb of reporting
# or dealing ("Acme agreed", "Initech's"), of running a business ("Acme Rail employs",
# "Acme Air carried") or of being fined or bought ("Acme Water was fined"). Plural-looking
# words ("Analysts said") are not rescued this way.
_ACTS = (
    r"(?<![^s]s)(?:['’]s\b|\s+(?:has\s+|had\s+|have\s+|will\s+|also\s+)?(?:said|says|agreed|agrees|"
    r"announced|announces|reported|reports|posted|acquired|acquires|bought|buys|raised|raises|"
    r"invested|invests|signed|signs|paid|pays|sold|sells|launched|launches|unveiled|"
    r"unveils|confirmed|confirms|disclosed|discloses|plans|expects|was valued|is valued|"
    r"completed|completes|won|wins|lost|loses|hired|filed|files|"
    r"employs|operates|carried|flew|"
    r"was (?:founded|established|acquired|bought|released|launched|listed|fined|penalised|"
    r"penalized|sold|purchased|taken over|ordered))\b)"
)
ACTS_LIKE_A_NAME = re.compile(_ACTS)
_CAPITALISED = r"[A-Z](?<![\w'’.-][A-Z])[a-z]+[A-Za-z]*"


# "Voltaris agreed", "Telvana's", "Voltaris Motors": a word used as a name anywhere; and
# the first word of a name of several words that acts as one ("Osprey Nutrients reported",
# "Pell & Varga's"), whose last word may look plural
_USED_AS_A_NAME = re.compile(
    rf"{_CAPITALISED}(?={_ACTS}|[ \t]+(?:"
    + _literal_trie(sorted(w.capitalize() for w in BUSINESS_WORDS))
    + r")\b"
    + r"|(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’.-]*){1,3}"
    + _ACTS.removeprefix(r"(?<![^s]s)")
    + ")"
)


def corpus_names(texts: Iterable[str], *, never_lower: bool = True) -> frozenset[str]:
    """Words a corpus uses as names: capitalised mid-sentence ("... said Acme", "... of
    Globex"), or anywhere before a possessive or a verb of reporting or dealing ("Voltaris
    agreed", "Telvana's") or before a business word ("Voltaris Motors"). A plain capitalised
    word opening a sentence ("Telvana ranked first") is taken as a name only if it is one of
    these, or begins a name of several words that does ("Osprey Nutrients reported").

    With ``never_lower`` (a corpus, not one sentence), so is a word that begins a run of
    capitalised words and that the corpus never writes in lower case ("Kestrel Cove
    opened", "Brenda Tolley said"): a common noun opening a sentence ("Chipmaker Orlisk
    said") is written in lower case elsewhere in news, a name's first word never is. A few
    regex passes, far cheaper than the pipeline, so they can run before it."""
    found: set[str] = set()
    lower: set[str] = set()
    leading: set[str] = set()
    for text in texts:
        text = fold(text)  # as the extractor reads it (``factcheck.letters``)
        found.update(m.group().casefold() for m in _MID_SENTENCE_CAPITAL.finditer(text))
        found.update(m.group().casefold() for m in _USED_AS_A_NAME.finditer(text))
        if never_lower:
            lower.update(_LOWER_WORD.findall(text))
            leading.update(_LEADING_CAPITAL.findall(text))
    first_words = {w.casefold() for w in leading if not w.endswith(("ing", "ed"))} - lower
    # a participle capitalised in a title ("Chief Operating Officer Jo Park") that the
    # corpus also writes in lower case ("the operating margin") is no name: "Operating
    # income rose" opens with a common word
    titled = {w for w in found if w.endswith(("ing", "ed")) and w in lower}
    # a role or a kind before a name ("Chipmaker Orlisk said") describes, whatever follows
    return frozenset((found | first_words) - titled - NOT_NAMES - _DESCRIBING_WORDS)


def _describing_words() -> frozenset[str]:
    """The heads of people's roles and of kinds of organisation (``person_roles.txt``,
    ``organisation_kinds.txt``): "Councillor Jo Park", "Housebuilder Acme Homes" open with
    a description, not with a name's first word. Only a role's last word: "Financial" of
    "chief financial officer" may begin a name ("Financial Times")."""
    roles = {role.split()[-1] for role in PERSON_ROLES}
    kinds = {line.split(":", 1)[0].strip() for line in _load_words("organisation_kinds.txt")}
    return frozenset(roles | kinds)


_DESCRIBING_WORDS = _describing_words()


# Words in lower case, and capitalised words followed by another capitalised word: what
# ``corpus_names`` compares to tell a name's first word from a common noun (a participle,
# "Neighbouring", "Adjusted", is never a name's first word here)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_LEADING_CAPITAL = re.compile(r"\b([A-Z][a-z]+)[ ](?=[A-Z])")


# "University of", "Port of the": a head of ``of_name_heads.txt`` joined by "of" to the
# capitalised name after it
_OF_THEN_NAME = re.compile(r"[ ]of[ ](?:the[ ])?(?=[A-Z])")


def of_name_tail(key: str) -> str | None:
    """The name after "of" in a name that opens with a head of ``data/of_name_heads.txt``
    ("university of ashmere" -> "ashmere", "port of the north sea" -> "north sea"): the
    part a news story writes alone once it has named the whole. None for other keys.
    ``key`` is a ``subject_key`` value."""
    words = key.split()
    if len(words) < 3 or words[1] != "of" or words[0] not in OF_NAME_HEADS:
        return None
    tail = words[3:] if words[2] == "the" else words[2:]
    return " ".join(tail) or None


def _joined_by_of(text: str, end: int) -> re.Match[str] | None:
    """The name after "of" that a name ending in a head of ``of_name_heads.txt`` at
    ``end`` goes on into ("University of Wexley"), else None."""
    gap = _OF_THEN_NAME.match(text, end)
    if gap is None:
        return None
    head = text[max(0, end - 16) : end].rsplit(" ", 1)[-1].casefold()
    return _NAME.match(text, gap.end()) if head in OF_NAME_HEADS else None


# A lower-case particle inside a name, then its capitalised rest: "Totopos del Valle",
# "Banco de la Nación", "Rio de Janeiro", "Hotel van der Valk" (never "and" in any language:
# "Acme y Globex" are two)
_PARTICLE_THEN_NAME = re.compile(
    r"[ ](?:de|del|della|delle|degli|dei|di|da|do|dos|das|du|des|van|von|der|den|ter|zu)"
    r"(?:[ ](?:la|las|los|le|les|der|den|het))?[ ](?=[A-Z])"
)


def name_goes_on(text: str, end: int) -> bool:
    """Does a name go on past ``end``, by "&", "of" or a particle ("Pellow & Grange", "Bank
    of England", "Banco de la Nación")? Then its first word is the name's, whatever it is."""
    return text.startswith((" &", " of "), end) or _PARTICLE_THEN_NAME.match(text, end) is not None


def _joined_by_particle(text: str, end: int) -> re.Match[str] | None:
    """The rest of a name that goes on at ``end`` through a lower-case particle ("Totopos
    del Valle"), else None."""
    gap = _PARTICLE_THEN_NAME.match(text, end)
    return _NAME.match(text, gap.end()) if gap is not None else None


_SYMBOL_AHEAD = re.compile(r"[$€£¥]")
# A last word of a currency's letters glued to a number, then a scale: "fined Imvula Connect
# R45 million" names "Imvula Connect" (the rand's "R"), as "Acme Pulp C$1.9 million" does
_GLUED_SUM = re.compile(r"(?:^|[ ])[A-Z][a-z]?\d[\d.,]*$")
_SCALE_AHEAD = re.compile(_NOT_A_VERSION)


def _without_currency(text: str, start: int, end: int) -> int:
    """The end of a name found in ``text[start:end]`` before a currency: a code before a
    number ("Acme Water NOK 4.2 million", "SEK4.2 million", "NOK 110" read as a version),
    letters glued to a currency symbol ("Acme Pulp C$1.9 million") or a currency's letter
    glued to a number before a scale ("Imvula Connect R45 million")."""
    code = _CURRENCY_CODE_WORD.search(text, start, end + 2)  # its number may follow the name
    if code is not None and code.start() < end:
        end = code.start()
    elif _SYMBOL_AHEAD.match(text, end):
        glued = _GLUED_LETTERS.search(text[start:end])
        if glued is not None:
            end = start + glued.start()
    elif _SCALE_AHEAD.match(text, end):
        glued = _GLUED_SUM.search(text[start:end])
        if glued is not None:
            end = start + glued.start()
    while end > start and text[end - 1] == " ":
        end -= 1
    return end


# A role written before a person's name ("Chief Executive Jo Park", "analyst Hugo Vance";
# ``data/person_roles.txt``), in any case, with a capitalised word after it
_ROLE_OPENING = re.compile(
    r"(?i:"
    + _literal_trie(sorted(PERSON_ROLES))
    + r")[ ]+(?=[A-Z])"
)


def find_names(text: str, *, known: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of candidate names in ``text`` (one sentence or a document).

    Leading words that are never names ("The", "However", "In") are trimmed; a span
    reduced to nothing, or to a number, is dropped. ``known`` holds case-folded words
    seen capitalised mid-sentence, which keeps a sentence-initial real name. A name whose
    last word heads a name with "of" (``data/of_name_heads.txt``) goes on through "of"
    into the name after it: "the University of Wexley" is one name, not two.
    """
    joined_until = -1
    for match in _NAME.finditer(text):
        start, end = match.span()
        if start < joined_until:
            continue  # the name after "of", already part of the name before it
        tail = _joined_by_of(text, end) or _joined_by_particle(text, end)
        if tail is not None:
            end = joined_until = tail.end()
        for word in _WORDS.finditer(match.group()):
            token = word.group().casefold()
            if (token in NOT_NAMES or token.isdigit()) and token not in known:
                # "At 31 March the yard ...", "By June 30 Acme ...": a day's number is no name
                start = match.start() + word.end() + 1
            else:
                break
        end = _without_currency(text, start, end)
        role = _ROLE_OPENING.match(text, start)
        if role is not None:
            # "Chief Executive Jo Park", "Analyst Hugo Vance": the person, not the title;
            # "Chief executive Jo Park" opens with "Chief" alone, which names no one
            start = role.end()
        if start >= end:
            continue
        name = text[start:end]
        if (
            name.replace(".", "").isdigit()
            or name.casefold() in NOT_NAMES
            or _LABEL.fullmatch(name)
            or _SHOUTED.fullmatch(name)
        ):
            continue
        yield start, end
