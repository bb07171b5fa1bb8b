"""Who pays, who is bought, fined or invested in: argument roles of money figures.

The money attribute rule and its readings (``_money_rule``), and the parties of a sum:
the target of a takeover and what a price buys (``_acquired``, ``_bought_for``,
``_paid_for``), valuations and funding rounds (``_deal_valued``, ``round_named``,
``_round_label``), the fined party (``_fined_party``), the two parties of a deal
(``_relation``), fees that may rise with add-ons and caps. It is separate because these
rules read verbs of buying, paying, valuing and fining, which only money figures have.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from importlib import resources

from factcheck.context.attributes import AttributeRule, _find_cue
from factcheck.context.clauses import (
    _APPROX,
    _APPROX_OR_FLOOR,
    _CLAUSE_OPENER,
    _DESCRIPTION_HEAD,
    _PRONOUN_START,
    _WORD,
    Entity,
    _alternation,
    _boundary_edges,
    _words,
    _words_window,
)
from factcheck.context.periods import _EARLIER_WORD, _earlier_event
from factcheck.context.subjects import (
    _OWN_CLAUSE,
    _PREDICATE_AFTER,
    _after_preposition,
    _all_asides,
)
from factcheck.model import Bound, Granularity, Kind, Mention, Period
from factcheck.referents import DEAL_NOUNS
from factcheck.subjects import relation_subject, subject_key

_PREP_OBJECT = re.compile(r"\s(?:with|in|into|from|to|for|by|of|backing)\s+$", re.IGNORECASE)
_RELATION_WITH = re.compile(
    r"(?:\b(?:deal|agreement|partnership|pact|contract|tie-up|alliance|investment|stake)s?"
    r"\s+(?:\w+\s+){0,2}?(?:with|in|into)|\b(?:partner(?:s|ed|ing)?\s+with|"
    r"team(?:s|ed)?\s+up\s+with|merg(?:e|es|ed|ing)\s+with|sign(?:s|ed)?\s+with))\s+$",
    re.IGNORECASE,
)
# "paid £1.35 billion for the broadcast rights to X": the owner of the rights is a party
_RIGHTS_OF = re.compile(r"\brights\s+(?:to|for|of)\s+(?:the\s+)?$", re.IGNORECASE)
# "agreed to license Globex's drug ... in a deal worth $1B": the owner of what is licensed,
# named before the figure, is the other party (what is licensed itself is not)
_LICENSED = re.compile(r"\blicens(?:e|es|ed|ing)\s+$", re.IGNORECASE)
# "has licensed its back catalogue to streaming service Globex in a deal worth": the party
# after "to" (a description of it in lower case allowed) is the deal's other party
# (``data/giving_verbs.txt``); at most six words for what is given, bounded to 100 characters.
_GIVEN_TO = re.compile(
    r"\b(?:"
    + "|".join(sorted(map(re.escape, _words("giving_verbs.txt")), key=len, reverse=True))
    + r")\s+(?:[^\s,;:()]+\s+){1,6}?to\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}$",
    re.IGNORECASE,
)
# "will pay Globex $150 million": a name right before the figure is its indirect object
_DITRANSITIVE = re.compile(
    r"\b(?:pay|pays|paid|paying|give|gives|gave|offer(?:s|ed)?|lend|lends|lent|owe[sd]?|"
    r"grant(?:s|ed)?|award(?:s|ed)?)\s+$",
    re.IGNORECASE,
)
_GAP_PREPOSITION = re.compile(
    r"\s*(?:in|for|of|outside|from|at|on|into|across|within|inside|over|under|near|beyond|"
    r"among|between|throughout)\b",
    re.IGNORECASE,
)
_THE_DEAL = re.compile(
    r"\b[Tt]he\s+(?:deal|agreement|partnership|pact|contract|tie-up|alliance|transaction)\b"
)


# Things bought that are not companies (spectrum, licences, rights, land), from a data
# table: "paid €415m for its 120MHz block" and "walked away with 120MHz of the band for
# €530m" are the price of that thing for the buyer, so two articles that write either way
# meet on `price paid (120 MHz)`. A verb of getting, what is got (no name), then "for" and
# the figure; or "paid" the figure "for" what is got.
_BOUGHT_NOUNS = _words("bought_things.txt")
_GOT_THEN_FOR = re.compile(
    r"\b(?:won|wins|secured|secures|took|takes|bought|buys|acquired|acquires|purchased|"
    r"obtained|landed|claimed|picked\s+up|snapped\s+up|walked\s+away\s+with)\s+"
    r"(?P<what>[^,;:()]{1,60}?)\s+for\s+(?:(?:about|around|roughly|some|nearly|almost|"
    r"just\s+under|just\s+over)\s+)?$",
    re.IGNORECASE,
)
_PAID_BEFORE = re.compile(
    r"\b(?:paid|pays|paying|pay)\s+(?:(?:about|around|roughly|some|nearly|almost|"
    r"just\s+under|just\s+over)\s+)?$",
    re.IGNORECASE,
)
_FOR_WHAT = re.compile(r"\s+for\s+(?P<what>[^,;:()]{1,60}?)(?=\s*(?:[,;:.()]|$)|\s+(?:in|at|on|"
                       r"from|to|with|under|after|before|when|while|and|which|as)\b)")


_PRICE_NOUNS = _alternation("price_nouns.txt")
# "the price tag of £410m for the X business": the noun, "of", the sum, then "for" what
_PRICE_NOUN_OF = re.compile(r"\b" + _PRICE_NOUNS + r"\s+of\s+" + _APPROX + "$", re.IGNORECASE)
_FOR_WHAT_THEN = re.compile(
    r"\s+for\s+(?P<what>[^,;:()]{1,60}?)(?=\s*(?:[,;:.()]|$)|\s+(?:is|was|were|are|has|had|"
    r"will|would|came|comes|in|at|on|from|to|with|after|and|which|as)\b)"
)
# "X's bill for the spectrum came to €1.46 billion": the noun, "for" what, a verb of amounting
_PRICE_NOUN_FOR = re.compile(
    r"\b" + _PRICE_NOUNS + r"\s+for\s+(?P<what>[^,;:()]{1,50}?)\s+(?:came\s+to|comes\s+to|"
    r"amounted\s+to|amounts\s+to|was|is|totalled|totaled|totals|stood\s+at|reached|of)\s+"
    + _APPROX + "$",
    re.IGNORECASE,
)


# A common noun before a noun of price names a kind of cost ("the wage bill", "a legal
# bill"), not the price of what is bought; determiners and possessives do not
_KIND_OF_BILL = re.compile(
    r"(?<![\w'’])(?!(?:the|its|their|a|an|his|her|our|this|that|total|final|overall|"
    r"combined|whole|eventual|agreed)\b)(?-i:[a-z][\w-]*)\s+$"
)


def _price_noun_object(sentence: str, mention: Mention) -> tuple[int, int] | None:
    """Where what a sum buys is written when a noun of price frames the sum: "the price tag
    of £410m for the X business" (after the sum) or "X's bill for the spectrum came to
    €1.46 billion" (before it); the nouns are ``data/price_nouns.txt``. None otherwise."""
    before = _PRICE_NOUN_FOR.search(sentence, max(0, mention.start - 110), mention.start)
    if before is not None:
        if _KIND_OF_BILL.search(sentence, max(0, before.start() - 30), before.start()):
            return None  # "the wage bill for X came to": a kind of cost, no price paid
        return before.start("what"), before.end("what")
    noun = _PRICE_NOUN_OF.search(sentence, max(0, mention.start - 30), mention.start)
    if noun is None or _KIND_OF_BILL.search(sentence, max(0, noun.start() - 30), noun.start()):
        return None
    after = _FOR_WHAT_THEN.match(sentence, mention.end, min(len(sentence), mention.end + 80))
    return (after.start("what"), after.end("what")) if after is not None else None


def _priced_name(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The name a noun of price prices: "the price tag of £410m for the Quillfield business"
    is Quillfield's price (a name, with a noun of its whole after it, ``whole_nouns.txt``).
    None when what is bought is no name, or a part of one ("for Globex's chip unit")."""
    span = _price_noun_object(sentence, mention)
    if span is None:
        return None
    start, end = span
    for entity in entities:
        if not start <= entity.start < end:
            continue
        if not re.fullmatch(r"(?:the\s+)?", sentence[start : entity.start]):
            return None  # "for the remaining stake in X": not X's whole
        if _WHOLE_AFTER.match(sentence, entity.end) or _OBJECT_ENDS.match(sentence, entity.end):
            return entity.name  # "for the X business looks rich", "for X is steep"
        return None
    return None


def _bought_thing(
    sentence: str, mention: Mention, entities: Sequence[Entity], others: Sequence[Mention]
) -> str | None:
    """What a sum is the price of, when it is not a company: a quantity written in the
    object ("120MHz", keyed by value and unit so that "120MHz of the band" meets "its
    120MHz block"), else a noun of ``bought_things.txt``. None when no verb of paying or
    getting frames the sum, or when the object names an entity (a takeover, found
    elsewhere), so that "for $X" alone never makes a price."""
    window = max(0, mention.start - 90)
    got = _GOT_THEN_FOR.search(sentence, window, mention.start)
    if got is not None:
        start, end = got.start("what"), got.end("what")
    else:
        priced = _price_noun_object(sentence, mention)  # "its bill for the spectrum came to"
        if priced is not None:
            start, end = priced
        else:
            if not _PAID_BEFORE.search(sentence, max(0, mention.start - 30), mention.start):
                return None
            after = _FOR_WHAT.match(sentence, mention.end, min(len(sentence), mention.end + 80))
            if after is None:
                return None
            start, end = after.start("what"), after.end("what")
    if any(start <= e.start < end for e in entities):
        return None  # "paid $2bn for Globex": a takeover, which the acquisition rules read
    quantities = [
        m for m in others
        if m.kind is Kind.QUANTITY and start <= m.start < end and m.unit
    ]
    if quantities:
        first = quantities[0]
        amount = getattr(first.value, "value", None)
        if amount is None or getattr(first.value, "high_value", None) is not None:
            return None  # a range of megahertz is no one thing
        return f"{amount.normalize():f} {first.unit}"
    words = re.findall(r"[a-z][a-z-]*", sentence[start:end].lower())
    nouns = [w for w in words if w in _BOUGHT_NOUNS]
    return nouns[-1] if nouns else None


# A stake bought and the sum paid for it, told any way round: "agreed to buy a 76% stake in
# X for $185 million", "will pay $158 million for 76 per cent of X", "to hand the family
# $284 million for its 40% block", "its $421 million purchase of a 40% stake in X", "the
# $321 million Andina is paying for its 49% interest". The object starts with the stake's
# size (a determiner and a word of kind before it at most), so that "bought Globex, which
# holds a 40% stake in Initech, for $2bn" is no price of a stake.
_STAKE_START = (
    r"(?:(?:a|an|the|its|their|his|her)\s+)?"
    # a holder's possessive: "the Zanella family's 60% block", "the family's 60 per cent"
    r"(?:(?:[A-Z][\w.-]*\s+){0,3}(?:family|founders?|owners?|[A-Z][\w.-]*)['’]s?\s+)?"
    r"(?:(?:further|additional|direct|controlling|majority|minority|combined)\s+)?"
)
_STAKE_PREFIX = re.compile(_STAKE_START, re.IGNORECASE)
_STAKE_AFTER_SIZE = re.compile(
    r"\s+(?:(?:equity|ownership|voting|controlling|majority|minority)\s+)?"
    r"(?:stake|holding|interest|shareholding|block)\b|\s+of\s+(?:the\s+)?(?:[A-Z]|its\b|their\b)"
)
_BUYS_THEN_FOR = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|"
    r"purchased|purchasing|take|takes|took|taking)\s+(?P<what>" + _STAKE_START
    + r"[^;:()]{1,160}?)\s+for\s+" + _APPROX + "$",
    re.IGNORECASE,
)
# "pay", and an indirect object at most ("hand the Lozano family"), right before the sum
_PAYS_THEN = re.compile(
    r"\b(?:pay|pays|paid|paying|hand|hands|handed|handing)\s+(?:[^\d,;:()]{1,40}?\s+)?"
    + _APPROX + "$",
    re.IGNORECASE,
)
_THEN_FOR_STAKE = re.compile(r"\s+(?:in\s+cash\s+)?for\s+(?P<what>" + _STAKE_START + r")")
# "its $421 million purchase of a 40% stake in X"
_THEN_PURCHASE_OF = re.compile(
    r"\s+(?:purchase|acquisition)\s+of\s+(?P<what>" + _STAKE_START + r")", re.IGNORECASE
)
# "the $321 million Andina is paying for its 49% interest"
_THEN_NAME_PAYS_FOR = re.compile(
    r"\s+(?:[A-Z][\w&.'’-]*\s+){1,4}(?:is\s+|was\s+|has\s+|had\s+|will\s+|agreed\s+to\s+)?"
    r"(?:paying|paid|pay|pays)\s+for\s+(?P<what>" + _STAKE_START + r")"
)


def _stake_price(sentence: str, mention: Mention, others: Sequence[Mention]) -> str | None:
    """The stake a sum is the price of, as "76% stake": a percentage of a company changing
    hands for money, however the clause is turned (see ``_BUYS_THEN_FOR`` and the patterns
    after it). The buyer is the figure's subject, as for other things paid for (a
    spectrum block, ``_bought_thing``), and the size keeps stakes of other sizes apart.
    None when no such stake is what the sum pays for."""
    if not any(o.kind is Kind.PERCENT for o in others):
        return None  # most sums: no percentage in the sentence, no stake to look for
    starts = []  # where the stake's size would start, for each way of telling it
    window = max(0, mention.start - 200)
    while (bought := _BUYS_THEN_FOR.search(sentence, window, mention.start)) is not None:
        prefix = _STAKE_PREFIX.match(bought.group("what"))  # always matches: all optional
        starts.append(bought.start("what") + (prefix.end() if prefix else 0))
        window = bought.start() + 1  # a later verb may be the one: "bought X and is buying"
    if _PAYS_THEN.search(sentence, max(0, mention.start - 60), mention.start):
        starts += [m.end("what") for m in [_THEN_FOR_STAKE.match(sentence, mention.end)] if m]
    for after in (_THEN_PURCHASE_OF, _THEN_NAME_PAYS_FOR):
        starts += [m.end("what") for m in [after.match(sentence, mention.end)] if m]
    for size in others:
        if (
            size.kind is Kind.PERCENT
            and size.start in starts
            and (
                _STAKE_AFTER_SIZE.match(sentence, size.end)
                # a holder's percentage is a stake, whatever noun follows or none
                or _POSSESSIVE_BEFORE.search(sentence, max(0, size.start - 3), size.start)
            )
            and (number := re.match(r"\d+(?:\.\d+)?", size.text))
        ):
            return f"{number.group()}% stake"
    return None


_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+$")


# A sum put by to pay for something later ("has set aside €40m to cover the penalty",
# "earmarked $12 million for the settlement", "a provision of £25m"): the cue words after
# it name what it may pay for, whose amount it is not (it may include costs, or be topped
# up). A verb of setting aside, or "provision", within a few words before the sum.
_SET_ASIDE_BEFORE = re.compile(
    r"\b(?:set|sets|setting|put|puts|putting)\s+aside\s+(?:(?:a\s+)?total\s+of\s+|about\s+|"
    r"around\s+|some\s+|nearly\s+|almost\s+)?$|"
    r"\b(?:earmarked|earmarks|reserved|provisioned)\s+(?:(?:a\s+)?total\s+of\s+)?$|"
    r"\bprovisions?\s+(?:of|for)\s+(?:(?:a\s+)?total\s+of\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)


def _set_aside(sentence: str, mention: Mention) -> bool:
    """Is the sum one set aside or provided for ("has set aside a total of €40m to cover
    the penalty and legal costs")? Such a provision is not the fine, settlement or bill it
    covers, and a cue word after it ("penalty") must not make it one."""
    return (
        _SET_ASIDE_BEFORE.search(sentence, max(0, mention.start - 40), mention.start) is not None
        or _PROVISION_AFTER.match(sentence, mention.end) is not None
        or _SET_ASIDE_AFTER.match(sentence, mention.end) is not None
    )


# "slightly below the £15 million it set aside in its half-year results": the sum, then
# who set it aside
_SET_ASIDE_AFTER = re.compile(
    r"\s+(?:(?:it|they|the\s+[a-z]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+)?"
    r"(?:had\s+|has\s+|have\s+)?(?:set\s+aside|put\s+aside|provisioned|earmarked|"
    r"reserved|provided\s+for)\b"
    # "SEK 25 million of the price is being held in escrow ... to cover it"
    r"|[^.;:]{0,40}?\b(?:held|placed|kept|put|paid)\s+(?:in|into)\s+(?:an?\s+)?escrow\b"
)
# "covered by a £2m provision booked in its accounts": the sum named a provision
_PROVISION_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?provisions?\b", re.IGNORECASE)


# A figure set against a forecast is the outcome, not the forecast: "profit of £486m beat
# forecasts", "revenue came in ahead of analysts' expectations", "missed consensus"
_MEASURED_AGAINST = re.compile(
    r"\b(?:beat|beats|beating|topped|tops|topping|exceeded|exceeds|exceeding|missed|misses|"
    r"missing|(?:came|comes|was|were|is|are)\s+(?:in\s+)?(?:well\s+|just\s+)?"
    r"(?:ahead\s+of|above|below|short\s+of|in\s+line\s+with))\s+"
    r"(?:(?:the|its|their|analysts['’]?|market|city|wall\s+street['’]?s?|average|company)\s+)*"
    r"(?:forecasts?|expectations|estimates|consensus|guidance)\b",
    re.IGNORECASE,
)


def _projection(
    sentence: str,
    mention: Mention,
    rules: Sequence[AttributeRule],
    left_edge: int,
    right_edge: int,
) -> bool:
    """A projection cue near the figure (6 words before, 4 after), not counting one in a
    comparison with a forecast ("£486m beat forecasts": the outcome, which is a fact). The
    comparison is blanked out in a bounded window, so long sentences stay linear."""
    if _find_cue(sentence, mention, rules, left_edge, right_edge, 6) is None:
        return False
    lo, hi = max(left_edge, mention.start - 200), min(right_edge, mention.end + 200)
    if not _MEASURED_AGAINST.search(sentence, mention.end, hi):
        return True
    window = _MEASURED_AGAINST.sub(lambda m: " " * len(m.group()), sentence[lo:hi])
    shifted = dataclasses.replace(mention, start=mention.start - lo, end=mention.end - lo)
    return _find_cue(window, shifted, rules, 0, hi - lo, 6) is not None


# The seller's side of a sale: "Valmar banked €30m up front for Ana Rossi", "the club
# received £30 million for its captain". The figure is the price of the name after "for".
_RECEIVED_BEFORE = re.compile(
    r"\b(?:banked|banks|received|receives|collected|collects|pocketed|pockets|netted|nets|"
    r"recouped|recoups|got|gets)\s+(?:(?:a|an|the|about|around|roughly|nearly|almost|some|"
    r"more\s+than|over|just)\s+)*$",
    re.IGNORECASE,
)
_FIXED_WORDS = r"(?:up\s+front|upfront|up-front|guaranteed|fixed|initial)"
_FOR_AFTER = re.compile(
    r"\s+(?:" + _FIXED_WORDS + r"\s+|in\s+cash\s+)?for\s+(?:(?:the\s+|its\s+|their\s+)?"
    r"(?-i:[a-z][\w-]*)\s+){0,2}",
    re.IGNORECASE,
)
# The part of a price that does not depend on anything: "€30m up front", "a guaranteed fee
# of", "an initial €30 million".
_FIXED_AFTER = re.compile(r"\s+" + _FIXED_WORDS + r"\b", re.IGNORECASE)
_FIXED_BEFORE = re.compile(
    r"\b" + _FIXED_WORDS + r"\s+(?:(?:fee|payment|sum|price)\s+of\s+)?$", re.IGNORECASE
)


# A sum paid or spent for the purpose of a takeover, right after the figure: "is spending
# roughly $4.1 billion to bring Globex in-house", "paid $2 billion to acquire Globex". Money
# raised or borrowed "to buy" is the financing, not the price, so only verbs of paying count.
_PAYING_BEFORE = re.compile(
    r"\b(?:pay|pays|paid|paying|spend|spends|spent|spending|shell(?:s|ed|ing)?\s+out|"
    r"fork(?:s|ed|ing)?\s+out)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|"
    r"over|just|an\s+estimated)\s+)*$",
    re.IGNORECASE,
)
_TO_TAKE_OVER = re.compile(
    r"\s+(?:in\s+cash\s+)?to\s+(?:(?P<buy>buy|acquire|purchase|take\s+over|snap\s+up)|"
    r"(?P<bring>bring))\s+",
    re.IGNORECASE,
)
_IN_HOUSE = re.compile(r"[^,;:.]{0,80}?\b(?:in-house|in\s+house|under\s+(?:its|one)\s+roof)\b")


def _named_after(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    verb_before: re.Pattern[str],
    words_after: re.Pattern[str],
) -> tuple[Entity, re.Match[str]] | None:
    """The name a sum is paid or received for: a verb of ``verb_before`` in the 40
    characters before the figure, the words of ``words_after`` right after it, then a
    name that is whole (not "Globex's chip unit"). The name and the words after, or None."""
    if not verb_before.search(sentence, max(0, mention.start - 40), mention.start):
        return None
    after = words_after.match(sentence, mention.end)
    if after is None:
        return None
    named = [e for e in entities if e.start == after.end()]
    if not named or _PART_OF_NAME.match(sentence, named[0].end):
        return None
    return named[0], after


def _spent_to_buy(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """What a sum paid or spent to take it over buys: the name right after "to buy",
    "to acquire", or "to bring ... in-house". None for a part of it ("to buy Globex's chip
    unit") or when no name follows."""
    found = _named_after(sentence, mention, entities, _PAYING_BEFORE, _TO_TAKE_OVER)
    if found is None:
        return None
    named, purpose = found
    if purpose.group("bring") and not _IN_HOUSE.match(sentence, named.end):
        return None  # "to bring Globex's games to consoles"
    return named.name


# The price after an appositive on what is bought: "agreed to acquire Quillgate, a privately
# held startup, for $1.2 billion" (the appositive's commas end the takeover verb's clause,
# so the cue window alone never reaches the verb); bounded to 120 characters before the sum.
_APPOSED_OBJECT_FOR = re.compile(
    r",\s+(?:the|a|an)\s+[^,;:()]{1,80}?,\s+for\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_TAKEOVER_OF_BEFORE = re.compile(
    r"\b(?:acquir(?:e|es|ed|ing)|acquisition\s+of|buy|buys|buying|bought|purchas(?:e|es|ed|ing)|"
    r"purchase\s+of|takeover\s+of|(?:take|takes|took|taking|taken)\s+over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _bought_past_appositive(
    sentence: str, mention: Mention, entities: Sequence[Entity]
) -> str | None:
    """The name a takeover verb takes as its object when an appositive stands between that
    name and "for" and the sum: "to acquire X, a privately held startup, for $1.2 billion"
    is X's price (as "to acquire X for $1.2 billion" is). None unless the name is right
    after the verb and right before the appositive."""
    gap = _APPOSED_OBJECT_FOR.search(sentence, max(0, mention.start - 120), mention.start)
    if gap is None:
        return None
    for entity in entities:
        if entity.end == gap.start() and _TAKEOVER_OF_BEFORE.search(
            sentence, max(0, entity.start - 40), entity.start
        ):
            return entity.name
    return None


# An opening price and the takeover it prices: "At $940 million, the Quillgate purchase is
# the largest deal of the year", "At £2bn, Globex's takeover of ..." is not (a buyer's).
_OPENING_AT = re.compile(
    r"\W*At\s+(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_COMMA_THE = re.compile(r",\s+(?:the\s+)?")
_TAKEOVER_NOUN_AFTER = re.compile(
    r"\s+" + DEAL_NOUNS + r"\b(?!\s+of\b)", re.IGNORECASE
)


def _priced_opening(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The name an opening "At $N," prices when the clause's subject is that name's
    takeover: "At $940 million, the Quillgate purchase is ..." is Quillgate's price. A
    takeover "of" something else ("the Globex takeover of Initech") names its buyer, so
    nothing. None otherwise."""
    if not _OPENING_AT.fullmatch(sentence, 0, mention.start):
        return None
    comma = _COMMA_THE.match(sentence, mention.end)
    if comma is None:
        return None
    for k, entity in enumerate(entities):
        if entity.start != comma.end():
            continue
        if _TAKEOVER_NOUN_AFTER.match(sentence, entity.end):
            return entity.name
        for bought in entities[k + 1 :]:  # "At $1.15 billion, Acme's bid for Globex is ..."
            if _POSSESSED_BID_FOR.fullmatch(sentence, entity.end, bought.start):
                return bought.name
    return None


# A buyer's bid for a name, between the two: "Acme's bid for", "Acme's takeover of the"
_POSSESSED_BID_FOR = re.compile(
    r"['’]s?\s+(?:(?:agreed|proposed|planned|all-cash|cash|hostile|rival|revised|sweetened)\s+)?"
    r"(?:bid|offer|" + DEAL_NOUNS + r")\s+(?:for|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)


# A participle that says what a takeover values the bought company at: "agreed to acquire
# Globex for $34.50 a share in cash, valuing the company at about $3.4 billion".
_VALUING_AT = re.compile(
    r",\s*(?:valuing|which\s+values|that\s+values)\s+[^,;:()]{1,100}?\s+at\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+over|more\s+than)\s+)?$",
    re.IGNORECASE,
)


def _takeover_valuing(
    sentence: str, mention: Mention, entities: Sequence[Entity], rules: Sequence[AttributeRule]
) -> AttributeRule | None:
    """The acquisition rule, when the figure is what a takeover in the clause before values
    the company it buys at: the price of that company, not a valuation of the buyer."""
    valuing = _VALUING_AT.search(sentence, max(0, mention.start - 160), mention.start)
    if valuing is None or ";" in sentence[: valuing.start()]:
        return None
    acquisition = next((r for r in rules if r.object_subject and not r.weak), None)
    if acquisition is None:
        return None
    cues = list(_TAKEOVER.finditer(sentence, 0, valuing.start()))
    if not cues:
        return None
    cue = cues[-1]
    at_cue = dataclasses.replace(mention, start=cue.end(), end=cue.end())
    if _acquired(sentence[: valuing.start()], at_cue, entities, _TAKEOVER_RULE, None) is None:
        return None  # "bought a stake in Globex, valuing it at": no company bought
    return acquisition


# "a transaction that puts an enterprise value of $2.7 billion on the business", "at an
# enterprise value of about $900m": the value of the whole business, debt included
_ENTERPRISE_VALUE = re.compile(
    r"\benterprise\s+value\s+(?:of|at)\s+(?:(?:about|around|roughly|nearly|almost|some|"
    r"just\s+(?:over|under)|more\s+than)\s+)?$",
    re.IGNORECASE,
)


# A takeover's price written as what it pays for the equity ("values the miner's equity at
# about C$1.46 billion", "an equity value of $412 million") or as the enterprise value, debt
# included ("an enterprise value of just over C$1.7 billion", "$2.3 billion including
# debt"), right before or after the figure
_EQUITY_BEFORE = re.compile(
    r"\bequity(?:\s+value)?\s+(?:of|at)\s+(?:(?:about|around|roughly|nearly|almost|some|"
    r"just\s+(?:over|under)|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_BASIS_AFTER = re.compile(
    # "the roughly €2.1 billion deal, including debt": the deal's noun may stand between
    r"(?:\s+(?:deal|takeover|offer|transaction|acquisition|purchase|buyout))?"
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:(?P<equity>equity\s+value)|(?:in\s+)?enterprise\s+value|"
    r"(?:including|incl\.)\s+(?:[a-z]+\s+){0,2}?(?:debt|borrowings)"
    # "will pay about €780 million for Dentamar's equity", "paying SEK 3.79 billion for the
    # shares", "for the whole share capital"
    r"|for\s+(?:the\s+|its\s+|their\s+|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?\s+)"
    r"(?:(?:entire|whole|remaining|issued)\s+)?(?P<paid_for>equity|share\s+capital|shares))\b",
    re.IGNORECASE,
)


def written_basis(sentence: str, start: int, end: int) -> str | None:
    """Whether the figure at ``sentence[start:end]`` is written as an equity value
    ("equity") or as an enterprise value, debt included ("enterprise"), or neither (None).
    One takeover's two sums are both its price, and either may be restated as the plain
    price; but an equity value never contradicts an enterprise value (the reconciler
    keeps them apart)."""
    before = sentence[max(0, start - 60) : start]
    if _EQUITY_BEFORE.search(before):
        return "equity"
    if _ENTERPRISE_VALUE.search(before):
        return "enterprise"
    after = _BASIS_AFTER.match(sentence, end)
    if after is None:
        # "Including net debt, the deal values Ironvale at about £845 million": an opening
        # that says what the sentence's one sum includes
        opening = _INCLUDING_DEBT_OPENING.match(sentence)
        if opening is not None and not _ANOTHER_SUM.search(sentence, opening.end(), start):
            return "enterprise"
        return None
    return "equity" if after.group("equity") or after.group("paid_for") else "enterprise"


_INCLUDING_DEBT_OPENING = re.compile(
    r"\W*(?:including|counting|with|once)\s+(?:its\s+|the\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:debt|borrowings)(?:\s+(?:it\s+will\s+)?(?:assumed?|taken\s+on))?\s*,",
    re.IGNORECASE,
)
# a figure of money between the opening and the sum: the opening may be that one's
_ANOTHER_SUM = re.compile(r"[$€£¥]\s?\d|\d\s?(?:million|billion|bn|m)\b", re.IGNORECASE)


def _enterprise_value_paid(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    left_edge: int,
    right_edge: int,
) -> AttributeRule | None:
    """The acquisition rule, for the enterprise value a takeover in the same clause puts on
    what it buys: that is the price, debt included ("Globex will be taken over by Acme in a
    transaction that puts an enterprise value of $2.7 billion on the business")."""
    if not _ENTERPRISE_VALUE.search(sentence, max(0, mention.start - 60), mention.start):
        return None
    return _takeover(sentence, mention, entities, rules, left_edge, right_edge)


def _received_for(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The name a seller was paid for, when the figure follows a verb of receiving and
    precedes "for" and a name: that name's price, as "sold X for" would be."""
    found = _named_after(sentence, mention, entities, _RECEIVED_BEFORE, _FOR_AFTER)
    return found[0].name if found is not None else None


def _fixed_part(sentence: str, mention: Mention) -> bool:
    """The figure is said to be the fixed part of a price ("€30m up front", "a guaranteed
    fee of €40 million"): what a single total with add-ons elsewhere does not contradict."""
    return bool(
        _FIXED_AFTER.match(sentence, mention.end)
        or _FIXED_BEFORE.search(sentence, max(0, mention.start - 30), mention.start)
    )


# A sum per unit of time or per item that the money extractor left without its "per"
# ("£270 million a season"): a rate, never compared with totals.
_RATE_AFTER = re.compile(
    r"\s+(?:a|an|each|every|per)\s+(?:season|game|match|week|day|month|year|quarter|night|"
    r"episode|film|title|seat|ticket|unit|head|person|user|subscriber|customer|employee)\b",
    re.IGNORECASE,
)


# A total that counts conditional payments ("€75 million with add-ons", "up to $1.4
# billion including milestones") is not the fixed sum: the two never meet.
_ADD_ONS = re.compile(
    r"\b(?:add-ons?|bonus(?:es)?|incentives?|milestones?|variables?|performance-related|"
    r"earn-outs?|earnouts?|contingent)\b",
    re.IGNORECASE,
)


# Add-ons a sum leaves out ("€72m, not counting potential bonuses", "£40m plus
# add-ons", "excluding performance-related payments"): the sum is the fixed part
_ADD_ONS_LEFT_OUT = re.compile(
    r"\b(?:not\s+(?:counting|including)|excluding|excludes|before|without|plus|"
    r"on\s+top\s+of)\s+(?:[\w-]+\s+){0,2}?" + _ADD_ONS.pattern,
    re.IGNORECASE,
)


# A later sentence that says the fee may grow with add-ons ("Vandelay said the fee could
# rise by up to €9m in add-ons", "The price may increase to $2bn with earn-outs"): the
# fee the article gave before is the fixed part (bounded: 100 characters to the add-ons)
_FEE_RISES = re.compile(
    r"\bthe\s+(?:fee|price|transfer\s+fee|sum)\s+(?:could|may|might|would|will|can|is\s+set\s+to)\s+"
    r"(?:rise|increase|climb|grow|go\s+up)\b[^.;]{0,100}?" + _ADD_ONS.pattern,
    re.IGNORECASE,
)


def fee_rises_with_add_ons(sentence: str) -> bool:
    """Whether ``sentence`` says the fee told before may grow with add-ons ("the fee could
    rise by up to €9m in add-ons"): the pipeline then reads the undated price of the
    sentences just before as the fixed part (``price (before add-ons)``), which another
    article's fee before add-ons is compared with."""
    return bool(_FEE_RISES.search(sentence))


def _is_cap(mention: Mention) -> bool:
    """ "up to $1.4 billion", "as much as $1.4 billion": already the sum with everything
    conditional, so "including milestones" after it changes nothing."""
    bound = getattr(mention.value, "bound", None)
    return bound is Bound.AT_MOST or bool(_CAP.match(mention.text))


_CAP = re.compile(r"(?:up to|as much as|as high as|no more than)\b", re.IGNORECASE)


# A verb of fining, its object (a name) and the sum: "fined Acme Foods £960,000"
_FINED_NAME_THEN_SUM = re.compile(
    r"\b(?:fined|fines|fining|penalised|penalized)\s+"
    # a description before the name: "has fined gym operator Ironvale £6.8 million"
    r"(?:(?!(?:by|for|in|on|at|of|to|from|with|over|after|and|or|as|last|this)\b)"
    r"[a-z][\w-]*\s+){0,3}(?:[A-Z][\w.&'’-]*\s+){1,5}"
    r"(?:(?:about|around|roughly|nearly|some|almost|more\s+than)\s+)?$"
)


def _money_rule(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    left_edge: int,
    right_edge: int,
) -> AttributeRule | None:
    """The attribute rule of a money figure: the nearest cue, where a cue that names what
    is bought ("signed", "took") counts only when something is named after it: in "a pact
    ..., signed in January, is worth $4B" the pact gives the attribute, not "signed"."""
    if _FINED_NAME_THEN_SUM.search(sentence, max(left_edge, mention.start - 80), mention.start):
        # "The regulator fined Acme £960,000 over a discharge into the river": the fine,
        # whatever cue the words after it hold ("into" of an investment)
        fine = next((r for r in rules if r.name == "fine"), None)
        if fine is not None:
            return fine
    if _MOVED_TO_FOR.search(sentence, left_edge, mention.start):
        # "Mehra went to the Coastal Chargers for Rs 12.25 crore": the price of the mover
        moved = next((r for r in rules if r.object_subject and not r.weak), None)
        if moved is not None:
            return moved
    rule = _find_cue(sentence, mention, rules, left_edge, right_edge)
    if rule is not None and (
        _ROUND_VALUED_AT.search(sentence, left_edge, mention.start)
        or (
            _VALUED_AT_BEFORE.search(sentence, max(left_edge, mention.start - 40), mention.start)
            and _AT_A_ROUND_AFTER.match(sentence, mention.end)
        )
    ):
        # "a Series C that valued it at $1.4 billion", "valued at $1.4 billion in its Series C
        # round": the company's value at the round, not the round's size
        return next((r for r in rules if _is_valuation(r)), rule)
    if (
        rule is not None
        and rule.object_subject
        and _acquired(sentence, mention, entities, rule, "") is None
    ):
        others = [r for r in rules if r.name != rule.name]
        rule = _find_cue(sentence, mention, others, left_edge, right_edge)
    if (rule is None or rule.weak) and _PAID_FOR.match(sentence, mention.end):
        # "agreed to pay £1.35 billion over five years for the broadcast rights to X"
        rule = _deal_rule(rules) or rule
    if (
        rule is not None
        and not rule.object_subject
        and (
            _DEAL_VALUES.search(sentence, left_edge, mention.start)
            or _OFFER_OF_VALUES.search(sentence, max(0, mention.start - 220), mention.start)
        )
    ):
        # "the offer values the airline at 46 billion kronor": a price, not a valuation
        rule = next((r for r in rules if r.object_subject and not r.weak), rule)
    elif rule is not None and (rule.relational or (rule.weak and not rule.object_subject)):
        rule = _takeover(sentence, mention, entities, rules, left_edge, right_edge) or rule
    if rule is not None and rule.weak and not rule.relational:
        rule = _what_is_worth(sentence, mention, entities, rules, rule, left_edge)
    if rule is not None and rule.part_of:
        whole = next((r for r in rules if r.name == rule.part_of), None)
        # a partnership named anywhere in the sentence makes the figure its value
        if whole is not None and any(
            r.name == whole.name and not r.weak and r.pattern.search(sentence) for r in rules
        ):
            rule = whole
    return rule


# A verb of taking money in, right before the figure: "Zantrel generated $742 million",
# "the drug brought in $842 million in the third quarter" are sales...
_TAKINGS_BEFORE = re.compile(
    r"\b(?:generated|generates|generating|brought\s+in|brings\s+in|bringing\s+in|took\s+in|"
    r"takes\s+in|pulled\s+in|pulls\s+in|raked\s+in|rakes\s+in)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just\s+over|"
    r"just\s+under|less\s+than|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
# ...unless the words after it say what else was generated ("$1 billion of free cash
# flow", "$40 million in savings"); a time after it ("in the third quarter", "in 2025",
# "last year") or sales themselves ("in sales") leave it sales.
_TAKINGS_OF_ELSE = re.compile(
    r"\s+(?:in|of)\s+(?!(?:the\s+)?(?:first|second|third|fourth|three|six|nine|twelve|"
    r"latest|last|past|same|quarter|year|half|period|month|months|fiscal|financial|"
    r"sales|revenue|revenues|turnover)\b)(?:[\w-]+\s+){0,2}?[a-z]",
    re.IGNORECASE,
)


def _takings(
    sentence: str, mention: Mention, entities: Sequence[Entity], rules: Sequence[AttributeRule]
) -> AttributeRule | None:
    """The revenue rule for a sum a verb of taking money in puts right before it
    ("generated $742 million", "brought in $842 million"), when nothing after it names
    another thing generated; None otherwise."""
    verb = _TAKINGS_BEFORE.search(sentence, max(0, mention.start - 40), mention.start)
    if verb is None or _TAKINGS_OF_ELSE.match(sentence, mention.end):
        return None
    if not _names_the_taker(sentence, entities, verb.start()):
        return None  # "Automotive chips, Solvane's core business, brought in $6.1 billion"
    return next(
        (r for r in rules if r.segments and not r.weak and r.pattern.search("revenue")), None
    )


# Between the taker's name and its verb: an aside set off by commas, and an adverb
# ("Zantrel already brought in", "Orbit alone generated", "Acme reportedly took in")
_TAKER_GAP = re.compile(
    r"\s*(?:,[^,;:()]*,\s*)?(?:(?:already|also|still|alone|again|reportedly|(?-i:[a-z]+ly))\s+)?"
)


def _names_the_taker(sentence: str, entities: Sequence[Entity], verb: int) -> bool:
    """The verb's subject is a name (after an aside, if one is set off before the verb), a
    pronoun or a description of a company, not a part of a business in common nouns."""
    named = [e for e in entities if e.end <= verb]
    if named and _TAKER_GAP.fullmatch(sentence, named[-1].end, verb):
        return True
    head = sentence[:verb]
    return bool(_PRONOUN_START.match(head)) and len(_WORD.findall(head)) <= 6


# "agreed to buy outpatient operator Initech Clinics from private equity firm Vandelay
# Capital for £640 million": the price after "for", however long the object before it;
# "is handing Vandelay £720mn for Initech": a sum paid for a name after it
_FOR_BEFORE = re.compile(
    r"\bfor\s+(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated)\s+)?"
    # "for an initial £16m", "for a guaranteed €30m": the fixed part of the price
    r"(?:(?:an?\s+)?" + _FIXED_WORDS + r"\s+)?$",
    re.I,
)
_HANDING_BEFORE = re.compile(
    r"\b(?:pay|pays|paid|paying|hand|hands|handed|handing|hand(?:s|ed|ing)?\s+over)\s+"
    r"(?:[A-Z][\w.&'’-]*\s+){0,4}(?:(?:about|around|roughly|some|nearly|almost)\s+)?$"
)
# "paid Y £12.5m up front for X": the fixed part paid for X
_FOR_NAME_AFTER = re.compile(
    r"\s+(?:" + _FIXED_WORDS + r"\s+)?for\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$", re.I
)


def _bought_for(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    left_edge: int,
) -> AttributeRule | None:
    """The acquisition rule for a price the cue window missed: a takeover verb of the
    figure's clause, with what it buys named after it, then "for" right before the figure
    ("agreed to buy X from Y for £640 million"); or a verb of paying with the figure then
    "for" and a name ("handing Y £720mn for X"). None otherwise."""
    acquisition = next((r for r in rules if r.object_subject and not r.weak), None)
    openers = [m.end() for m in _CLAUSE_OPENER.finditer(sentence, left_edge, mention.start)]
    start = openers[-1] if openers else left_edge
    if (
        acquisition is None
        or _earlier_event(sentence, mention, left_edge)
        or _EARLIER_WORD.search(sentence, start, mention.start)
    ):
        return None  # "had already paid $40 million for X": an earlier event
    if _FOR_BEFORE.search(sentence, start, mention.start):
        cues = list(_BUYING_VERB_RULE.pattern.finditer(sentence, start, mention.start))
        if (
            cues
            and len(_WORD.findall(sentence, cues[-1].end(), mention.start)) <= 25
            and _acquired(sentence, mention, entities, _BUYING_VERB_RULE, None) is not None
        ):
            return acquisition
        return None
    if _paid_for(sentence, mention, entities, start) is not None:
        return acquisition
    return None


_BUYING_VERBS = _alternation("buying_verbs.txt")
# A verb of buying with no object after it, then its price: "brought in from Leeds this
# summer for", "snapped up last year for a fee of" (a seller after "from" and a time, at
# most six words each, no punctuation)
_GAPPED_BUY = re.compile(
    r"\b" + _BUYING_VERBS + r"(?:\s+from\s+(?:[\w.&'’-]+\s+){1,6}?)?"
    r"(?:\s*(?:this|last|in|earlier|during)\s+(?:[\w-]+\s+){1,2}?)?"
    r"\s*for\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:fee|price|sum)\s+of\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
# The name a clause with that gap is on: "Ana Rossi, the forward Valmar", "Globex, which
# Acme", "Rossi, whom the club": an appositive description or a relative pronoun, then the
# buyer (a name or a description, at most five words)
_GAP_ANTECEDENT = re.compile(
    r",\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3}?(?:(?:that|whom|which)\s+)?|"
    r"(?:whom|which|that)\s+)(?:the\s+)?(?:[\w.&'’-]+\s+){1,5}?(?:\w+ly\s+)?(?:had\s+|has\s+)?$"
)


def _bought_gap(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """What a sum is the price of when the verb of buying before it has no object, in a
    clause on a name: "Ana Rossi, the forward Valmar brought in from Leeds this summer for
    €72m" is Rossi's price, as "Globex, which Acme snapped up for $2bn" is Globex's. The
    verbs are ``data/buying_verbs.txt``. None unless the name and the gap are there."""
    gap = _GAPPED_BUY.search(sentence, max(0, mention.start - 120), mention.start)
    if gap is None:
        return None
    for entity in reversed(entities):
        if entity.end > gap.start():
            continue
        if gap.start() - entity.end > 80:
            return None
        if _GAP_ANTECEDENT.fullmatch(sentence, entity.end, gap.start()):
            return entity.name
    return None


def _paid_for(
    sentence: str, mention: Mention, entities: Sequence[Entity], start: int = 0
) -> str | None:
    """The name a sum is paid for: "is handing Vandelay £720mn for Initech" and "paid
    €79m to Globex for Ana Rossi" are Initech's and Rossi's price, as is the sum of a
    relative clause ("the €79m they sent to Globex for Ana Rossi"); a part of it ("for
    Globex's chip unit") is no name we compare."""
    after = mention.end
    if not _HANDING_BEFORE.search(sentence, max(start, mention.start - 80), mention.start):
        paid = _SUM_THEN_PAID.match(sentence, mention.end, mention.end + 80)
        if paid is None:
            return None
        after = paid.end()  # "the €79m they sent to Globex": the seller, then "for"
    else:
        seller = _TO_SELLER.match(sentence, mention.end, mention.end + 60)
        after = seller.end() if seller else after
    for entity in entities:
        if entity.start >= after and _FOR_NAME_AFTER.fullmatch(sentence, after, entity.start):
            if _OBJECT_ENDS.match(sentence, entity.end):
                return entity.name
            whole = _POSSESSED_WHOLE.match(sentence, entity.end)
            if whole is not None and _OBJECT_ENDS.match(sentence, whole.end()):
                return entity.name  # "for Pennock's shares", "for Globex's business": all of it
            break  # "for the Harlow estate" is the whole, "for Harlow's spa unit" a part
    return _paid_for_whole(sentence, mention, entities)


# The seller a sum is paid to, between it and "for": "paid €79m to Globex FC for"
_TO_SELLER = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?=\s)")
# A sum that a relative clause pays, up to its seller: "the €79m they sent to Globex", "the
# $2bn Acme paid"
_SUM_THEN_PAID = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:they|it|he|she|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
    # "had paid", "has agreed to hand over", "is paying": the verb, its tense and its frame
    r"\s+(?:(?:had|has|have)\s+)?(?:(?:agreed|is|was|are|were|will|would)\s+(?:to\s+)?)?"
    r"(?:paid|pay|paying|sent|spent|spending|(?:hand|handed|handing)\s+over)"
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})?(?=\s)"
)


# After a price, before "for": its conversion in parentheses and what it counts in
# ("€820m (about £685m) including debt for", "$2bn in cash and shares for")
_PRICE_TAIL = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,?\s+(?:including|excluding|plus|in|before)\s+"
    r"(?:(?:net|its|the|all|assumed)\s+)?(?:debt|cash|shares|stock|liabilities|borrowings)"
    r"(?:\s+and\s+(?:debt|cash|shares|stock))?,?)?"
)
# "for the 74-property", "for its": modifiers of the name, digits allowed (at most three)
_FOR_MODIFIED_NAME = re.compile(
    r"\s+(?:" + _FIXED_WORDS + r"\s+)?for\s+(?:the\s+)?(?:(?-i:[a-z0-9][\w-]*)\s+){0,3}$", re.I
)
_WHOLE_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(map(re.escape, _words("whole_nouns.txt")))) + r")\b"
)


# A name's whole, possessed: "Globex's shares", "Globex's entire share capital", "its
# business" (``data/whole_nouns.txt``); "Globex's remaining shares" is a stake, not this.
_POSSESSED_WHOLE = re.compile(
    r"['’]s?(?:\s+(?:entire|whole|issued|ordinary))*" + _WHOLE_AFTER.pattern
)


def _paid_for_whole(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The name a sum is paid for when more stands between them: "is paying €820m (about
    £685m) including debt for the 74-property Harlow estate" is Harlow's price. A noun
    after the name must name its whole (``data/whole_nouns.txt``: "estate", "business"),
    never a part ("for Harlow's spa unit"). None otherwise."""
    tail = _PRICE_TAIL.match(sentence, mention.end)
    after = tail.end() if tail else mention.end
    for entity in entities:
        if entity.start < after or entity.start - after > 60:
            continue
        if not _FOR_MODIFIED_NAME.fullmatch(sentence, after, entity.start):
            continue
        whole = _WHOLE_AFTER.match(sentence, entity.end)
        end = whole.end() if whole else entity.end
        return entity.name if _OBJECT_ENDS.match(sentence, end) else None
    return None


# A name that ends the object of "for" (not "for Globex's chip unit", "for Globex licences")
_OBJECT_ENDS = re.compile(
    r"\s*(?:[,.;:()]|$)|\s+(?:once|in|on|from|last|this|after|before|when|and|to|at|as|which|"
    r"who|with|under|over|earlier|ago|plus|including|if|but|"
    # the main verb after a relative clause's object ("the €79m they sent for X nearly
    # doubles", "the $2bn Acme paid for Globex is")
    r"is|was|has|had|will|would|remains|nearly|almost)\b"
)


# A move to a new owner, right before its price: "went to the Coastal Chargers for", "was
# sold to Castellon for", "moved to Valmar for a fee of". What moved is the name before
# the verb (a player, a company), not the buyer named after "to".
_MOVED_TO_FOR = re.compile(
    r"(?:\b(?:went|goes|gone|moved|moves|switched|switches|(?:was|were|is|are|been|being)\s+"
    r"sold)|,\s*sold)\s+to\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*\s+for\s+"
    r"(?:a\s+(?:fee|price|sum)\s+of\s+)?$"
)


# "valued at $1.4 billion in its Series C round": a value, then the round that set it
_VALUED_AT_BEFORE = re.compile(
    r"\bvalu(?:ed|ing|es)\s+(?:[\w'’-]+\s+){0,3}?at\s+(?:(?:about|around|roughly|nearly|"
    r"almost|some|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_AT_A_ROUND_AFTER = re.compile(
    r"\s+(?:in|at|after|with|by)\s+(?:its|the|a|their|that)\s+(?:[\w$.-]+\s+){0,2}?"
    r"(?:series\s+[a-h]\d?|round|funding|fundraising|financing|raise)\b",
    re.IGNORECASE,
)
# A round that values the company, right before the figure: "a Series C that valued it
# at", "the round, which values Acme at", "a funding round valuing the company at", "Series
# C, led by Tamsin Ventures, valued Voltaic at".
_ROUND_VALUED_AT = re.compile(
    r"\b(?:round|series\s+[a-h]\d?|funding|financing|raise)(?:,?\s+(?:which|that)|"
    # an aside between: "Series C, led by Tamsin Ventures, valued Voltaic at"
    r",[^,;:()]{1,60},)?\s+"
    r"(?:\w+\s+)?(?:values|valued|valuing)\s+(?:[\w.&'’-]+\s+){0,3}?at\s+(?:about\s+|around\s+|"
    r"roughly\s+|nearly\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)


def _is_valuation(rule: AttributeRule) -> bool:
    """The strong rule of a company's valuation (in the shipped table, "valuation")."""
    return not rule.weak and not rule.relational and bool(rule.pattern.search("valuation"))


# What a sum is paid for, after the figure and a duration: "£1.35 billion over five years
# for the UK broadcast rights to ...": rights bought from their owner are a deal with it.
_PAID_FOR = re.compile(
    r"\s+(?:(?:over|across|for)\s+(?:the\s+next\s+)?\S+\s+(?:years?|seasons?|months?)\s+)?"
    r"for\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?P<what>rights\s+(?:to|for))\b",
    re.IGNORECASE,
)
# The verbs and nouns of taking a company over (the narrow sense of the acquisition cues,
# which also count transfers: "signed", "move", "took").
_TAKEOVER = re.compile(
    r"\b(?:acquir(?:e|es|ed|ing)|acquisitions?|buy|buys|buying|bought|buyout|takeover|"
    r"take\s+over|taken\s+over|takes\s+over|taking\s+over|purchas(?:e|es|ed|ing)|"
    # "to take Acme & Sons private": a buyout of the name between
    r"(?:take|takes|taking|took|taken)(?=\s+(?:[\w&.'’-]+\s+){1,5}?private\b))\b",
    re.IGNORECASE,
)
_DEAL_VALUES = re.compile(
    r"\b(?:deal|offer|bid|takeover|acquisition|transaction|merger|purchase)"
    r"(?:,?\s+(?:which|that))?\s+(?:\w+\s+)?(?:values|valued|valuing)\b",
    re.IGNORECASE,
)
# A takeover noun with the price it offers a share, then the valuing verb: "The offer of 265
# pence per share values X at £412 million" (the price per share is a figure of its own, so
# the clause of the total starts after it; bounded to 40 characters). A price a share is
# offered for shares, so this is a takeover whatever the sentence before says.
_OFFER_OF_VALUES = re.compile(
    r"\b(?:offer|bid|deal|takeover)\s+of\s+[^,;:()]{1,30}?\s(?:a|per)\s+share\s+"
    # a predicate of its own first: "represents a 33% premium to ..., and values"
    r"(?:[^;:()]{1,120}?,?\s+and\s+)?"
    r"(?P<verb>values|valued|valuing)"
    # the thing valued may carry an aside: "values the business, including its debt, at"
    r"\s+[^;:()]{1,60}?\s+at\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?$",
    re.IGNORECASE,
)
# Money going into a company without buying it: "invested", "a stake in", "will put $4
# billion into X". A deal of this kind values X; it does not price it.
_INVESTING = re.compile(
    r"\b(?:invest(?:s|ed|ing|ment|ments|or|ors)?|(?:minority\s+)?stake\s+in|"
    r"(?:put|puts|putting|pour(?:s|ed|ing)?|pump(?:s|ed|ing)?|plough(?:s|ed|ing)?)\s+"
    r"[^.;]{0,50}?\binto)\b",
    re.IGNORECASE,
)


# "a Series B that put a $1.2 billion price tag on the company": what a sum prices, after
# "price tag on" (a name, or "the company" and the like for the clause's subject)
_PRICE_TAG_ON = re.compile(
    r"\s+price[\s-]+tag\s+on\s+(?:(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?"
    + _DESCRIPTION_HEAD
    + r"\b(?![\w'’-])|(?=[A-Z]))"
)
# "put a price tag of $2 billion on Acme": the noun of price before the sum, "on" after it
_PRICE_TAG_OF = re.compile(r"\bprice[\s-]+tag\s+of\s+$", re.IGNORECASE)
_TAG_ON = re.compile(
    r"\s+on\s+(?:(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?"
    + _DESCRIPTION_HEAD
    + r"\b(?![\w'’-])|(?=[A-Z]))"
)
_OPENING_PHRASE_END = re.compile(r"[^,;:()]{0,40}?,\s+")
_ROUND_WORDS = re.compile(
    r"\b(?:round|series\s+[a-h]\d?|funding|financing|raise|raised|raising|investors?)\b",
    re.IGNORECASE,
)


def _price_tag_on(
    sentence: str, mention: Mention, entities: Sequence[Entity], subject: str | None
) -> tuple[str, str | None] | None:
    """What "put a $N price tag on X" is: a round of funding prices a company's worth, so
    with a word of a round in the sentence it is X's "valuation" (its round's, when the
    round is named); a takeover prices what is bought, X's "acquisition_price". X is the
    name after "on", or ``subject`` for "on the company". None with neither kind of deal,
    or when no price tag follows the figure."""
    tag = _PRICE_TAG_ON.match(sentence, mention.end)
    if tag is None and _PRICE_TAG_OF.search(sentence, max(0, mention.start - 30), mention.start):
        tag = _TAG_ON.match(sentence, mention.end)  # "put a price tag of $2bn on X"
    if tag is None:
        return None
    named = [e for e in entities if e.start == tag.end()]
    priced = named[0].name if named else subject
    opening = _OPENING_PHRASE_END.match(sentence, tag.end())
    if priced is None and opening and not any(e.start < mention.start for e in entities):
        # "Fresh from a Series B that put ... on the company, Ferrocell expects": the
        # description in an opening phrase is the name right after its comma
        priced = next((e.name for e in entities if e.start == opening.end()), None)
    if _TAKEOVER.search(sentence):
        return "acquisition_price", priced
    if _ROUND_WORDS.search(sentence):
        return "valuation", priced
    return None


def deal_kind(sentence: str) -> str | None:
    """What kind of deal a sentence tells of, for "The deal values X at $Y" in the sentence
    after it: "takeover" when a takeover word is there, "investment" when money goes in
    without buying the company ("will put $4 billion into X"), None otherwise."""
    if _TAKEOVER.search(sentence):
        return "takeover"
    return "investment" if _INVESTING.search(sentence) else None


def _investment_values(
    sentence: str, mention: Mention, left_edge: int, deal_before: str | None
) -> bool:
    """ "The deal values Hooli at $31bn" after "Umbrella Cloud will put $4bn into Hooli":
    a deal that invests in a company sets its valuation, while one that takes it over sets
    its price. The kind is the figure's own sentence's, else the sentence before's."""
    if not _DEAL_VALUES.search(sentence, max(left_edge, mention.start - 80), mention.start):
        return False
    return (deal_kind(sentence) or deal_before) == "investment"


# "The offer values Pennant Dairy at $900 million": the name between the valuing verb and
# "at" is what the deal prices
_VALUED_AT = re.compile(r"\s+at\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?$", re.I)


def _deal_valued(
    sentence: str, mention: Mention, entities: Sequence[Entity], deal_before: str | None
) -> str | None:
    """What "the deal/offer values X at $Y" prices: X, the one name between the verb and
    "at" right before the figure, when the deal is known to be a takeover (a takeover word
    in the sentence, or in the sentence before: "the deal" alone may be an investment).
    None otherwise."""
    deal = _DEAL_VALUES.search(sentence, max(0, mention.start - 100), mention.start)
    verb_end = deal.end() if deal is not None else 0
    if deal is None:
        # "the offer of 265 pence per share values X at": past the price offered
        deal = _OFFER_OF_VALUES.search(sentence, max(0, mention.start - 220), mention.start)
        verb_end = deal.end("verb") if deal is not None else 0
        deal_before = "takeover" if deal is not None else deal_before
    if deal is None or (deal_kind(sentence) or deal_before) != "takeover":
        return None
    named = [
        e for e in entities
        if e.start >= verb_end and e.end <= mention.start
        and _VALUED_AT.fullmatch(sentence, e.end, mention.start)
    ]
    if not named and _VALUED_DESCRIPTION.match(sentence, verb_end, mention.start):
        # "in a deal that values the station group's equity at": what the takeover buys
        return _acquired(sentence, mention, entities, _BUYING_VERB_RULE, None)
    return named[0].name if len(named) == 1 else None


# "values the company at", "values the station group's equity at": a definite description
# of what is bought, or of its whole worth, instead of its name (bounded: at most three
# modifiers); "the buyer's shares" is the other party
_VALUED_DESCRIPTION = re.compile(
    r"\s+the\s+(?:[a-z][\w-]*\s+){0,3}?(?!(?:buyer|acquirer|bidder|purchaser)\b)"
    + _DESCRIPTION_HEAD
    + r"(?:['’]s?\s+(?:equity|shares|stock|business|operations))?"
    + _VALUED_AT.pattern
)


# The company money goes into, right after the investing words: "invested $300m in X"
_INVESTED_IN = re.compile(r"\b(?:in|into)\s+(?:the\s+)?$", re.IGNORECASE)


def _investment_valued(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """Whose valuation "the deal values X at $Y" is, after an investment: X when named
    there; else, for "the startup" or "it", the name the sentence invests "in"/"into"
    before the figure. None when unsure: never the investor."""
    deal = _DEAL_VALUES.search(sentence, max(0, mention.start - 100), mention.start)
    if deal is not None:
        named = [
            e for e in entities
            if e.start >= deal.end() and e.end <= mention.start
            and _VALUED_AT.fullmatch(sentence, e.end, mention.start)
        ]
        if named:
            return named[0].name
    invested = [
        e for e in entities
        if e.end <= mention.start
        and _INVESTED_IN.search(sentence, max(0, e.start - 12), e.start)
        and _INVESTING.search(sentence, max(0, e.start - 80), e.start)
    ]
    if invested:
        return invested[-1].name
    return None


_TAKEOVER_RULE = AttributeRule("takeover", _TAKEOVER, relational=False, object_subject=True)
_PRIVATE = re.compile(r"\bprivate\b")
# The takeover cues, less a buyer's description ("buyout firm Oaken Partners"), and the
# verbs of signing a player, whose object a long description may put far from the fee ("to
# sign striker X from Portuguese side Y for an initial £16m")
_BUYING_VERB_RULE = AttributeRule(
    "takeover",
    re.compile(
        r"(?:" + _TAKEOVER.pattern + r"|\b(?:sign|signs|signed|signing)\b"
        # and the verbs of data/buying_verbs.txt ("brought in X from Y for", "snapped up X for")
        r"|\b" + _BUYING_VERBS + r"\b)"
        r"(?!\s+(?:firm|group|fund|house|shop|investor|specialist)s?\b)",
        re.IGNORECASE,
    ),
    relational=False,
    object_subject=True,
)
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+(?:\w+ly\s+)?$", re.I)


def _takeover(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    left_edge: int,
    right_edge: int,
) -> AttributeRule | None:
    """ "Acme agreed to buy Globex in a deal worth $5 billion", "Globex agreed to be taken
    over by Acme in a deal valued at $5.1 billion": a deal that takes a company over is its
    acquisition price, whatever word names the deal. None unless a takeover verb in the
    figure's clause names what is bought."""
    # in the figure's own clause: not "Acme bought Globex, and analysts valued it at $2B"
    start = max([left_edge, *(m.end() for m in _OWN_CLAUSE.finditer(sentence, 0, mention.start))])
    cues = list(_TAKEOVER.finditer(sentence, start, right_edge))
    if not cues:
        return None
    cue = min(cues, key=lambda m: min(abs(m.start() - mention.start), abs(m.end() - mention.end)))
    if cue.end() <= mention.start and not sentence[cue.end() : mention.start].strip():
        return None  # "agreed to buy $30 billion of computing capacity": a purchase
    acquisition = next((r for r in rules if r.object_subject and not r.weak), None)
    if acquisition is None:
        return None
    # what is bought, by the takeover cue nearest the figure
    bought = _acquired(sentence, mention, entities, _TAKEOVER_RULE, None)
    return acquisition if bought is not None else None


# A takeover verb whose object is a definite description of a kind of organisation:
# "agreed to buy the club", "is taking over the chain" (at most two modifiers)
_THE_KIND_AFTER = re.compile(
    r"\s+(?:of\s+)?the\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?" + _DESCRIPTION_HEAD + r"\b(?!['’])"
)
# The figure's own takeover noun, right after it: "£350m takeover", "£350m cash purchase"
_OWN_TAKEOVER_NOUN = re.compile(r"\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?" + _TAKEOVER.pattern, re.I)
# Between the buyer's name and the takeover verb or noun: "agreed to", "has agreed to",
# "will"; "'s £350m" ("X's £350m takeover of the club")
_BUYER_GAP = re.compile(r"\s+(?:(?-i:[a-z]+)\s+){0,3}|['’]s?\s+(?:[^\s,;:()]+\s+){0,3}")


def _described_takeover(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    left_edge: int,
    right_edge: int,
    previous_subject: str | None,
) -> str | None:
    """What "X agreed to buy the club in a deal worth £410m" buys: the description refers
    to the one other name of the sentence ("The search for a new owner of Y ended when X
    agreed to buy the club"), else to the subject of the sentence before; never to the
    buyer, the name right before the verb. None when unsure, so the sum stays a deal."""
    start = max([left_edge, *(m.end() for m in _OWN_CLAUSE.finditer(sentence, 0, mention.start))])
    cue = None
    for match in _TAKEOVER.finditer(sentence, start, mention.start):
        cue = match
    if cue is None or not _THE_KIND_AFTER.match(sentence, cue.end()):
        # the figure's own noun: "X's £350m takeover of the club"
        own = _OWN_TAKEOVER_NOUN.match(sentence, mention.end)
        cue = _TAKEOVER.search(sentence, own.start(), own.end()) if own else None
    if cue is None or not _THE_KIND_AFTER.match(sentence, cue.end()):
        return None
    buyers = [
        e
        for e in entities
        if e.end <= cue.start() and _BUYER_GAP.fullmatch(sentence, e.end, cue.start())
    ]
    if len(buyers) != 1:
        return None
    buyer = buyers[0].name
    others = {
        e.name
        for e in entities
        if subject_key(e.name) != subject_key(buyer)
        and e.end <= right_edge
        and not _after_preposition(sentence, e)  # "owner of X" is X, "outside Leeds" no name
    }
    if len(others) == 1:
        return others.pop()
    if not others and previous_subject and subject_key(previous_subject) != subject_key(buyer):
        return previous_subject
    return None


# "its five-year deal for the rights to X, worth $1.8 billion": a linking word after a
# comma describes the noun phrase before the comma; when that phrase is headed by a deal,
# the figure is the deal's value.
_DEAL_HEAD = re.compile(
    r"\b(?:deal|agreement|contract|pact|partnership|tie-up|alliance|order|orders)\b", re.I
)


def _what_is_worth(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rules: Sequence[AttributeRule],
    rule: AttributeRule,
    left_edge: int,
) -> AttributeRule | None:
    """A linking word ("worth", "valued at") makes a valuation only when what is worth the
    figure is the company: after a verb ("Acme is now worth"), or set off after its name
    or description alone ("Acme, valued at $5 billion,", "The startup, worth ...").
    After a comma that closes another noun phrase the figure is that phrase's: a deal's
    value ("its five-year deal for the rights, worth $1.8 billion"), or nothing we compare
    ("an order for 60 aircraft with Globex, worth $7.5 billion")."""
    cue = None
    for match in rule.pattern.finditer(sentence, left_edge, mention.start):
        cue = match
    if cue is None:
        return rule
    comma = re.search(r",\s*(?:now\s+|currently\s+|then\s+)?$", sentence[: cue.start()])
    if comma is None:
        return rule  # "Acme is worth", "Acme was valued at"
    start = sentence.rfind(",", 0, comma.start()) + 1  # the phrase since the last comma
    head = sentence[start : comma.start()].strip()
    if _PRONOUN_START.match(head) and not _DEAL_HEAD.search(head):
        return rule  # "The startup, valued at ..."
    for entity in entities:
        if entity.end == comma.start() and re.fullmatch(
            r"\W*(?:[Tt]he\s+)?", sentence[start : entity.start]
        ):
            return rule  # "Acme Corp, valued at ..."
    if _DEAL_HEAD.search(head):
        return next(
            (r for r in rules if r.relational and not r.cumulative and r.pattern.search(head)),
            None,
        )
    return None


def _deal_rule(rules: Sequence[AttributeRule]) -> AttributeRule | None:
    """The rule of a deal's value: the first relational rule that a plain "deal" cues."""
    return next(
        (r for r in rules if r.relational and not r.cumulative and r.pattern.search("deal")),
        None,
    )


# A price per share paid or offered for a company: "agreed to pay C$16.40 a share in cash
# for X", "is offering $48 a share for X"
_PAYING_PER_SHARE = re.compile(
    r"\b(?:pay|pays|paying|paid|offer|offers|offering|offered)\s+(?:(?:about|around|roughly|"
    r"nearly|some|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE,
)
_SHARE_PRICE_FOR = re.compile(r"\s+(?:in\s+(?:cash|stock|shares)\s+)?for\s+(?:each\s+of\s+)?")


# "its offer for", "a takeover bid for": the name after it is what the offer buys
_OFFER_FOR = re.compile(
    r"\b(?:offer|bid|proposal|approach)\s+for\s+(?:(?:the\s+)?(?:rest|remainder)\s+of\s+)?$",
    re.IGNORECASE,
)
# the figure compounded before the offer: "its €48.50-per-share offer for"
_OFFER_AFTER = re.compile(
    r"(?:[ \t]+(?:cash|all-cash|takeover|tender|buyout|revised|improved|raised))*"
    r"[ \t]+(?:offer|bid|proposal)[ \t]+for[ \t]+"
    r"(?:(?:the[ \t]+)?(?:rest|remainder)[ \t]+of[ \t]+)?",
    re.IGNORECASE,
)


def _offer_for(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The company an offer is "for", when the figure is the offer's price a share: "raised
    its takeover offer for Maison Corvel, the Paris leather-goods house, to €48.50 per
    share" and "its €48.50-per-share offer for Maison Corvel" are Corvel's, not the
    bidder's. Named after "offer for" before the figure, in its sentence, or right after the
    figure and its offer."""
    after = _OFFER_AFTER.match(sentence, mention.end)
    if after is not None:
        named = [e for e in entities if e.start == after.end()]
        return named[0].name if named else None
    for entity in reversed([e for e in entities if e.end <= mention.start]):
        if _OFFER_FOR.search(sentence, max(0, entity.start - 40), entity.start):
            return entity.name
    return None


def _share_price_of(
    sentence: str, mention: Mention, entities: Sequence[Entity], rules: Sequence[AttributeRule]
) -> str | None:
    """ "Acme agreed to buy Globex for $9.2 billion, or $48 a share": a price per share in
    an acquisition is a price of the target's shares, not of the buyer's; and so is one
    paid "for" a company ("agreed to pay C$16.40 a share in cash for Globex")."""
    found = _named_after(sentence, mention, entities, _PAYING_PER_SHARE, _SHARE_PRICE_FOR)
    if found is not None:
        return found[0].name
    offered = _offer_for(sentence, mention, entities)
    if offered is not None:
        return offered
    for rule in rules:
        if rule.object_subject and rule.pattern.search(sentence):
            bought = _acquired(sentence, mention, entities, rule, None)
            if bought is not None:
                return bought
    return None


# A raise by something that is no company: "the auction raised £4.8 billion", "its third
# fund raised $500 million". Only the organisation itself, a pronoun, a round or a name
# raises a funding round.
_RAISE_VERB = re.compile(r"\b(?:raised|raises|raise|raising)\b", re.IGNORECASE)
_RAISER = re.compile(
    r"(?:\b(?:it|they|we|which|who|that|round|rounds|financing|funding)|\b"
    + _DESCRIPTION_HEAD
    + r"s?|[A-Z][\w.&'’-]*)\s+(?:(?:has|have|had|also|just|now|recently|previously|already|"
    r"successfully|will|would|to)\s+)*$",
)
# Whoever "led", "co-led" or "joined" a round is an investor, not the company raising it.
_LED_BEFORE = re.compile(
    r"\b(?:led|co-led|leads|joined|backed|participated\s+in)\s+(?:an?|the|its|their)\s+$",
    re.IGNORECASE,
)


def _raised_by_no_company(sentence: str, mention: Mention, clause: tuple[int, int]) -> bool:
    """True when the verb of raising before the figure has a common noun for its subject
    that names no organisation ("the auction", "its third fund")."""
    verbs = list(_RAISE_VERB.finditer(sentence, clause[0], mention.start))
    if not verbs:
        return False
    before = sentence[max(0, verbs[-1].start() - 160) : verbs[-1].start()]
    aside = _ASIDE_BEFORE.search(before)
    if aside is not None:  # "Acme, the London-based app, has raised": Acme raised
        before = before[: aside.start()] + " " + aside.group("aux")
    before = before[-60:]
    return bool(re.search(r"[a-z]\s+$", before)) and not _RAISER.search(before)


# An aside set off by commas right before a verb ("Acme, the London-based app, has
# raised"): the verb's subject is the name before it. An aside that opens as a description
# or a relative clause may hold a list ("Acme, a maker of pumps, valves and pipes, has").
_ASIDE_BEFORE = re.compile(
    r",(?:\s+(?:an?|the|which|who|whose|one\s+of)\b(?:[^;:()]|\([^;:()]{1,40}\)){1,150}|"
    r"[^,;:()]{1,150}),\s+(?P<aux>(?:(?:has|have|had|also|just|now|recently|previously|"
    r"already|successfully|will|would)\s+)*)$"
)


_ROUND_LABEL = re.compile(
    r"\b(series\s+[a-h]\d?|pre-seed|seed|angel|bridge|mezzanine)\b(?!-)", re.IGNORECASE
)


def round_named(sentence: str) -> str | None:
    """The one funding round a sentence names ("series b"), for a valuation in the sentence
    after it that refers back to that round (``describe``'s ``round_before``)."""
    labels = {re.sub(r"\s+", " ", m.group(1).lower()) for m in _ROUND_LABEL.finditer(sentence)}
    return labels.pop() if len(labels) == 1 else None


# A sentence that opens with the round the sentence before named, valuing a company named
# or described right before the figure: "The new money values Acme at", "The round, led by
# Globex, values the company at", "The investment valued it at about"
_VALUED_PARTY = r"(?:it|the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|(?:[A-Z][\w&'’.-]*\s+){1,4})\s*"
_ROUND_VALUES = re.compile(
    r"\W*(?:The|This|That|Its)\s+(?:new\s+|latest\s+|fresh\s+)?(?:round|money|funding|raise|"
    r"investment|financing|fundraising|cash\s+injection)\b(?:,[^,;:()]{1,80},)?\s+(?:"
    r"(?:values|valued|valuing|puts\s+a\s+value\s+on)\s+" + _VALUED_PARTY + r"at"
    # "The round gives the startup a post-money valuation of"
    r"|(?:gives|gave|giving)\s+" + _VALUED_PARTY
    + r"an?\s+(?:post-money\s+)?valuation\s+of)"
    r"\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than)\s+)?"
)


# A sum's conversion in parentheses right after it ("38 billion won (about $26 million)"),
# and where the clause it interrupts ends
_CONVERSION_AFTER = re.compile(r"\s*\([^()]{1,40}\)")
_CLAUSE_EDGE = re.compile(r"[,;:]|\.(?:\s|$)")


def _round_label(
    sentence: str, mention: Mention, clause: tuple[int, int], attribute: str
) -> str:
    """A named funding round is its own attribute: a company's $85 million Series B and
    its $220 million Series C are both "funding rounds" and both true. An unnamed round
    is compared only with other unnamed ones. So is the valuation a named round set ("a
    Series C that valued it at $1.4 billion": "valuation (series c)"), a value of its
    time; and a value before the new money ("a pre-money valuation of $2.68 billion") is
    not the value with it ("valuation (pre-money)")."""
    if attribute not in ("funding_round", "valuation"):
        return attribute
    if attribute == "valuation":
        before, _ = _words_window(sentence, clause[0], mention.start, 4, forward=False)
        comma = sentence.find(",", mention.end, clause[1])
        after, _ = _words_window(
            sentence, mention.end, comma if comma >= 0 else clause[1], 5, forward=True
        )
        if _PRE_MONEY.search(before) or _PRE_MONEY.search(after):
            return f"{attribute} (pre-money)"
    if attribute == "funding_round" and (
        _TOTAL_RAISED.match(sentence, mention.end, clause[1])
        or _TOTAL_RAISED_BEFORE.search(sentence, max(0, mention.start - 60), mention.start)
    ):
        # "has raised $115 million in total", "brings X's total funding to £53m": every
        # round, not the one named
        return attribute
    start, end = clause
    converted = _CONVERSION_AFTER.match(sentence, mention.end)
    if converted is not None and converted.end() >= end:
        # "has raised 38 billion won (about $26 million) in a Series B round": the clause
        # goes on past the sum's conversion
        edge = _CLAUSE_EDGE.search(sentence, converted.end())
        end = edge.start() if edge is not None else len(sentence)
    labels = {
        re.sub(r"\s+", " ", m.group(1).lower())
        for m in _ROUND_LABEL.finditer(sentence, start, end)
        if not _COMPARED_ROUND.search(sentence, mention.end, m.start())
    }
    if not labels and attribute == "valuation":
        when = _VALUED_AT_ROUND.match(sentence, mention.end)
        if when is not None:  # "was valued at $12 billion when it closed its Series C"
            labels = {re.sub(r"\s+", " ", when.group("label").lower())}
    label = f"{attribute} ({labels.pop()})" if len(labels) == 1 else attribute
    if attribute == "funding_round":
        tranche = _TRANCHE_BEFORE.search(
            sentence, max(0, mention.start - 40), mention.start
        ) or _TRANCHE_AFTER.match(sentence, mention.end)
        if tranche is not None:  # "a first close of CHF 30 million in its Series B"
            return f"{label} ({tranche.group('which').lower()} close)"
    return label


# A part of a round closed before the rest: "completed a first close of CHF 30 million in
# its Series B", "$12 million, the round's second tranche". The final close is the round.
_TRANCHE = r"(?P<which>first|second|third|initial|interim)\s+(?:close|closing|tranche)"
_TRANCHE_BEFORE = re.compile(
    r"\b" + _TRANCHE + r"\s+(?:of\s+)?(?:(?:about|around|roughly|some|nearly|almost|more\s+than)"
    r"\s+)?$",
    re.IGNORECASE,
)
_TRANCHE_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:in|as|at)\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?" + _TRANCHE,
    re.IGNORECASE,
)


# A sum told as one besides the fine: "In addition to the penalty, Acme must pay", "on top
# of the fine"
_BESIDES_THE_FINE = re.compile(
    r"\b(?:in\s+addition\s+to|on\s+top\s+of|as\s+well\s+as|besides|alongside)\s+"
    r"(?:the|a|an|its|their)\s+(?:[\w£$€.,-]+\s+){0,3}?(?:fine|fines|penalty|penalties)\b",
    re.IGNORECASE,
)


# A round named after the figure as the base of a comparison: "values it at $1.9 billion,
# roughly triple its valuation at the Series C", "up from $400m in its Series B"
_COMPARED_ROUND = re.compile(
    r",[^;:]*\b(?:than|from|compared|double|triple|times|previous|earlier|last)\b", re.IGNORECASE
)


# A value set when a named round closed, told right after the figure: "was valued at $12
# billion when it closed its $1.2 billion Series C" (the round's own sum may come between)
_VALUED_AT_ROUND = re.compile(
    # "valued at $390 million after money when it raised a $50 million Series B"
    r"(?:\s+(?:after|post)[\s-]money)?,?\s+(?:when|as|after)\s+(?:it|they|the\s+[a-z-]+)\s+(?:closed|raised|completed|"
    r"secured|landed|announced|took\s+in)\s+(?:its|their|a|an|the)\s+"
    r"(?:[$€£¥][\d.,]+\s*(?:[a-z]+\s+)?)?(?P<label>series\s+[a-h]\d?)\b(?!-)",
    re.IGNORECASE,
)


# "a $95 million Series C for surgical-robotics developer Helixa Surgical": the round is
# of the company named after "for" (after a lower-case description of it)
_ROUND_FOR = re.compile(
    r"\s+(?:(?:series\s+[a-h]\d?|seed|pre-seed|funding|financing|venture|equity)\s+)*"
    r"(?:round|raise|series\s+[a-h]\d?|seed|funding|financing)\s+for\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}$",
    re.IGNORECASE,
)


def _round_for(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """The company a round is "for", named after the figure and the round's name."""
    for entity in entities:
        if entity.start > mention.end and _ROUND_FOR.fullmatch(
            sentence, mention.end, entity.start
        ):
            return entity.name
    return None


_NAMED_ROUND = re.compile(r"^(?:funding_round|valuation) \((?!pre-money\))[^()]+\)$")


def _round_period(attribute: str | None, period: Period | None) -> Period | None:
    """A named round happens once: the month or day it closed ("raised $145m in September
    in a Series C that valued it at $1.4bn") dates that one event, as the day dates a
    purchase, and scopes nothing. A year or quarter is kept."""
    if (
        period is not None
        and attribute is not None
        and _NAMED_ROUND.match(attribute)
        and period.date.granularity in (Granularity.MONTH, Granularity.DAY)
    ):
        return None
    return period


# A sum of every round a company raised ("$115 million in total", "$40 million to date"),
# which a round named nearby ("its Series B closed in March and it has raised ...") is a
# part of
_TOTAL_RAISED_BEFORE = re.compile(
    r"\b(?:total|overall|cumulative)\s+(?:funding|financing|investment|raised)\s+"
    r"(?:to\s+date\s+|so\s+far\s+)?(?:to|of|at|stands\s+at|is|was)\s+"
    r"(?:(?:about|some|nearly|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_TOTAL_RAISED = re.compile(
    r"\s+(?:in\s+total|in\s+all|to\s+date|altogether|so\s+far|in\s+total\s+funding|"
    r"(?:in\s+)?(?:total|overall|cumulative)\s+(?:funding|financing|investment))\b",
    re.IGNORECASE,
)


# A company's value before a round's money comes in (post-money, the usual sense, is the
# value with it)
_PRE_MONEY = re.compile(
    r"\bpre-?money\b|\bbefore\s+(?:the\s+)?(?:new\s+)?(?:money|investment|funding|cash|capital)\b",
    re.IGNORECASE,
)


# Between a results cue and the name it is of: "sales of its heart-failure drug Zantrel",
# "revenue from Acme's flagship game Orbit", "sales of Orbit": "of"/"from", a possessive
# or "the", and a lower-case description (bounded: at most four words)
_OF_NAMED = re.compile(
    r"\s+(?:of|from)\s+(?:(?:its|their|the|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?)\s+)?"
    # the description's words, no preposition: "sales of its consoles in Europe" are not
    # Europe's
    r"(?:(?!(?:in|at|to|for|from|by|with|on|across|outside|inside|of|and|or|via|through)\b)"
    r"(?-i:[a-z][\w-]*)\s+){0,4}?$"
)
# Between the name and its figure: a verb phrase in lower case, no punctuation ("rose to",
# "climbed to a record", "reached")
_NAMED_THEN_VERB = re.compile(r"\s+(?:(?-i:[a-z][\w-]*)\s+){1,4}")


def _sales_of_named(
    sentence: str, mention: Mention, entities: Sequence[Entity], rule: AttributeRule,
    left_edge: int,
) -> str | None:
    """The product or company a results figure is of when the cue names it: "Acme said
    sales of its heart drug Zantrel rose to $1.8 billion" is Zantrel's, as "Zantrel brought
    in $1.5 billion for Acme" is: a product's sales are one subject however the sentence
    names the product and its owner. None unless the cue, "of"/"from", the name and a verb
    phrase lead to the figure."""
    for cue in rule.pattern.finditer(sentence, left_edge, mention.start):
        for entity in entities:
            if entity.start <= cue.end() or entity.end > mention.start:
                continue
            if entity.start - cue.end() > 80:
                break
            if (
                _OF_NAMED.fullmatch(sentence, cue.end(), entity.start)
                and _PREDICATE_AFTER.match(sentence, entity.end)
                and not sentence.startswith("'", entity.end)
                and _NAMED_THEN_VERB.fullmatch(sentence, entity.end, mention.start)
            ):
                return entity.name
    return None


def _penalising_verbs() -> re.Pattern[str]:
    """The verbs of ``data/penalising_verbs.txt`` with the word each puts between the
    party and the penalty, as one pattern: the verb before the party (a description of it
    in lower case may stand between), the word after it as a named group per form."""
    text = resources.files("factcheck.data").joinpath("penalising_verbs.txt").read_text("utf-8")
    lines = [w.split() for w in text.splitlines() if w.strip() and w[0] != "#"]
    with_word = sorted({v[0] for v in lines if len(v) > 1 and v[1] == "with"})
    bare = sorted({v[0] for v in lines if len(v) == 1})
    return re.compile(
        r"\b(?:(?P<with>" + "|".join(with_word) + r")|(?P<bare>" + "|".join(bare) + r"))\s+"
        r"(?:(?:the|its|their|rival|fellow)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}?$",
        re.IGNORECASE,
    )


_PENALISING = _penalising_verbs()
# "fined" with the party as its object and the sum right after it: "fined Yeonhwa Cosmetics
# Co., Ltd. 4.82 billion won", "has fined Meridian Trust Bank plc N2.4 billion"
_FINED_BEFORE = re.compile(
    # never the passive's agent: "was fined by the Gaming Standards Board"
    r"\b(?:fined|fines|fining)\s+(?:(?:the|its|rival)\s+)?(?:(?!by\b)(?-i:[a-z][\w-]*)\s+){0,3}?$",
    re.IGNORECASE,
)
_FINE_RIGHT_AFTER = re.compile(
    r"(?:[\s,.]*(?:Co|Ltd|Inc|plc|Corp|SA|AG)\.?)*\s+(?:a\s+total\s+of\s+)?"
)
# the party, then a duty to pay: "Kestrel must pay a penalty of £4.62 million"
_MUST_PAY_A_PENALTY = re.compile(
    r"\s+(?:must|will|would|has\s+to|have\s+to|had\s+to|was\s+ordered\s+to|is\s+to)\s+pay\s+"
    r"(?:a|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:fine|penalty|penalties)\s+of\s+"
    # the passive, the party right before: "Pune-based Sahyadri Tyres Ltd was fined Rs 142.3
    # crore" (whatever name opens the sentence)
    r"|\s+(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being)\s+(?:also\s+)?"
    r"(?:fined|penalised|penalized)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than)"
    r"\s+)?"
)
# between the party and the figure: "with a record", "a", "with an"; at most two words
_PENALTY_WITH = re.compile(r"\s+with\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,2}?$")
_PENALTY_BARE = re.compile(r"\s+(?:an?\s+|the\s+)(?:[a-z][\w-]*\s+){0,2}?$")
# after the figure: "a £6.5m fine on Acme", "a €30m penalty against the lender Acme"
_PENALTY_ON = re.compile(
    # "a £6.5m fine on Acme", "the £5.9m penalty handed to Acme" (never "paid to": the payee)
    r"\s+(?:[a-z][\w-]*\s+){1,3}?(?:on|against|(?<=handed\s)to|(?<=issued\s)to|"
    r"(?<=given\s)to)\s+(?:(?:the|its|their)\s+)?"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,3}?$"
    # "The $6.8 million penalty that the Standards Commission handed Acme", "the £14.2
    # million penalty the Commission levied against Acme": a relative clause on the penalty
    # whose subject is the regulator, then its verb and the party
    r"|\s+(?:[a-z][\w-]*\s+){1,2}?(?:(?:that|which)\s+)?(?:the\s+)?(?:[\w.&'’-]+\s+){1,6}?"
    r"(?:(?:has|had|have)\s+)?(?:levied|imposed|handed|issued|gave|slapped)\s+"
    r"(?:(?:on|against|to)\s+)?(?:(?:the|its|their)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}?$"
)
# "the $41 million settlement Acme reached with the department", "the $3m fine Acme paid":
# the name that reaches the settlement or pays the fine, right after the penalty noun
_PENALTY_THEN_PARTY = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:settlement|penalty|fine|payment)\s+(?:that\s+)?(?:the\s+)?$"
)
_PARTY_SETTLES = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:(?:agreed|is|was)\s+(?:to\s+)?)?"
    r"(?:reached|agreed|struck|signed|paid|accepted|reach|pay|accept)\b"
)


# "ordered Acme to pay a $1.8 million fine": the party ordered is the one that pays
_ORDERED_BEFORE = re.compile(r"\b(?:ordered|orders|ordering|told|required|requires)\s+$")
_TO_PAY_THEN = re.compile(
    # "ordered X jointly to pay the technician €62,000", "to pay a corporate fine of €240,000"
    r"\s+(?:[a-z]+ly\s+)?to\s+pay\s+(?:(?:the|its|their)\s+[a-z]+\s+|(?:[A-Z][\w'’.&-]*\s+){1,4})?"
    r"(?:(?:a|an|the)\s+)?(?:(?:[a-z]+\s+)?(?:total|combined|fine|penalty)\s+of\s+)?"
    + _APPROX_OR_FLOOR
)


def _fined_party(sentence: str, mention: Mention, entities: Sequence[Entity]) -> str | None:
    """Who pays a fine, however the sentence writes it: "The regulator has hit Acme with a
    £6.5m penalty" and "handed Acme a £2m fine" (a verb of ``data/penalising_verbs.txt``
    with the party as its object), "imposed a £6.5m fine on Acme", "the £5.9m penalty
    handed to Acme", and "ordered Acme to pay a $1.8 million fine". The regulator that
    opens such a sentence is never the fined party.
    None when no such form is there."""
    for entity in entities:
        if (
            entity.end <= mention.start
            and _ORDERED_BEFORE.search(sentence, max(0, entity.start - 24), entity.start)
            and _TO_PAY_THEN.fullmatch(sentence, entity.end, mention.start)
        ):
            return entity.name  # "The board ordered Acme to pay a $1.8 million fine"
        if entity.end <= mention.start and (
            (
                _FINED_BEFORE.search(sentence, max(0, entity.start - 40), entity.start)
                and _FINE_RIGHT_AFTER.fullmatch(sentence, entity.end, mention.start)
            )
            or _MUST_PAY_A_PENALTY.fullmatch(sentence, entity.end, mention.start)
        ):
            # "The commission fined Yeonhwa Cosmetics Co., Ltd. 4.82 billion won", "Ofcom
            # said that Kestrel must pay a penalty of £4.62 million"
            return entity.name
        if entity.end <= mention.start and mention.start - entity.end <= 40:
            verb = _PENALISING.search(sentence, max(0, entity.start - 60), entity.start)
            if verb is None:
                continue
            between = _PENALTY_WITH if verb.group("with") else _PENALTY_BARE
            if between.fullmatch(sentence, entity.end, mention.start):
                return entity.name
        elif entity.start >= mention.end and (
            (
                entity.start - mention.end <= 90
                and _PENALTY_ON.fullmatch(sentence, mention.end, entity.start)
            )
            or (
                _PENALTY_THEN_PARTY.fullmatch(sentence, mention.end, entity.start)
                and _PARTY_SETTLES.match(sentence, entity.end)
            )
        ):
            return entity.name
    return None


_OBJECT_END = re.compile(
    # "bought a 58-mile line toward Tomahawk": a name after these is no thing bought
    r"\b(?:toward|towards|near|along|via|across|outside|into|through|"
    r"from|to|for|in|at|by|with|after|before|on|who|which|that|was|is|were|are|has|"
    r"had|will|would|remains?|drew|draws)\b|[,;:()]"
    # a full stop, but not an abbreviation's ("Acme Holdings Inc. for $412 million")
    r"|\.(?!\s+[a-z])"
    # "and", except inside a description before the name: "to buy German brake and steering
    # specialist Globex Components" (common nouns, then a name; "X and its unit Y" ends)
    r"|\band\b(?!\s+(?!(?:its|the|a|an|their|his|her|other|rival|another)\b)[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,3}\s+[A-Z])"
)


# "from buyout firm Oaken Partners": a cue that describes a buyer or seller, not a purchase
_BUYER_NOUN = re.compile(
    r"\s+(?:firm|group|fund|house|shop|specialist|investor|manager|giant)s?\b", re.IGNORECASE
)
_PART_OF_NAME = re.compile(r"['’]s?\s+[a-z]")
_INTRANSITIVE = re.compile(r"^(?:joined|move|moved|transfer)$", re.IGNORECASE)


# A takeover told with what it buys right after: "cleared its takeover of Skyport Duty
# Free", "agreed to buy Dublin-based rival X" (up to three words of description between)
_TAKEOVER_OF_NAME = re.compile(
    r"\b(?:" + DEAL_NOUNS + r"\s+of|to\s+(?:buy|acquire)|"
    r"bought|acquired)\s+(?:(?:the|its|[\w-]+-based|rival|smaller|[a-z]+)\s+){0,3}$"
)


def takeover_target(sentence: str, entities: Sequence[Entity]) -> str | None:
    """The one name ``sentence`` says is bought ("the European Commission cleared its
    takeover of Skyport Duty Free"), for "The deal values the Dublin-based retailer at"
    in the sentence after; None when it names none or two."""
    bought = {
        e.name
        for e in entities
        if _TAKEOVER_OF_NAME.search(sentence, max(0, e.start - 80), e.start) is not None
    }
    return bought.pop() if len(bought) == 1 else None


# "The deal values the Dublin-based retailer at €2.4 billion", "The offer values the Denver
# chain at an enterprise value of": a deal valuing a description of what it buys
_VALUES_DESCRIBED = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:deal|offer|takeover|transaction|bid|acquisition)\s+"
    r"(?:values|valued|will\s+value|would\s+value)\s+(?P<what>the\s+(?:[\w-]+\s+){0,3}?)"
    r"at\s+(?:(?:an?\s+)?(?:enterprise|equity)\s+value\s+of\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|just\s+over|just\s+under)\s+)?"
)


def valued_description(sentence: str) -> tuple[int, int] | None:
    """Where "The deal values the <description> at" starts and where the sum after it
    starts, when ``sentence`` opens a deal's valuation of what it buys by a description
    (no name between "values" and "at"); None otherwise."""
    found = _VALUES_DESCRIBED.search(sentence)
    if found is None:
        return None
    words = found.group("what").split()[1:]
    if not words or any(w[0].isupper() and not w.endswith("-based") for w in words):
        return None  # "values the Skyport business at": a name, which the rules read
    return found.start(), found.end()


def _acquired(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    rule: AttributeRule,
    sentence_subject: str | None,
) -> str | None:
    """What an acquisition price buys: the last name in the phrase after the cue nearest
    the figure ("agreed to acquire Globex Corp for", "the signing of forward Ana Rossi
    from", "a €75m move for Rossi"); for "joined", and a bare "move", the sentence's
    subject is what moved."""
    moved = _MOVED_TO_FOR.search(sentence, 0, mention.start)
    if moved is not None:
        # "Irish bowler Kieran Doyle went to the Riders for ...": the name right before the
        # verb (or before an aside before it, or the relative pronoun whose antecedent it
        # is: "all-rounder X, who went to the Riders for"); "Acme's chip unit was sold to
        # ..." names none
        for entity in reversed(entities):
            if entity.end <= moved.start() and re.fullmatch(
                r"\s*(?:,[^,;:()]*,\s*|,\s*(?:who|which)\s+)?", sentence[entity.end : moved.start()]
            ):
                return entity.name
        return None
    # cues of the figure's own clause: in "X paid $410m for Y in 2024, while Z bought W",
    # "bought" is W's
    left, right = _boundary_edges(sentence, mention)
    cues = [
        c
        for c in rule.pattern.finditer(sentence, left, right)
        if not _BUYER_NOUN.match(sentence, c.end())
    ]
    # a cue in an appositive after the figure names the deal, not what it buys ("... at
    # $1.35 billion, the insurer's largest purchase in a decade"): the verb's is the object
    verbs = [
        c for c in cues if c.start() < mention.start or "," not in sentence[mention.end : c.start()]
    ]
    cues = verbs or cues
    # a verb inside an appositive's relative clause that the figure is outside of tells of
    # that noun's own deal ("sold a stake to Globex, the group that bought Initech last
    # year, in a deal worth £64 million": not Initech's price)
    cues = [c for c in cues if not _in_relative_appositive(sentence, c.start(), mention)]
    if not cues:
        return None
    cue = min(cues, key=lambda m: min(abs(m.start() - mention.start), abs(m.end() - mention.end)))
    if cue.group().lower() == "joined":
        return sentence_subject  # "Lenz joined Castellon": the club is not what moved
    if _PASSIVE_BEFORE.search(sentence, max(0, cue.start() - 24), cue.start()) and re.match(
        r"\s+by\b", sentence[cue.end() : cue.end() + 4]
    ):
        # "Globex agreed to be taken over by Acme": what is bought is named before
        asides = _all_asides(sentence)
        named = [
            e
            for e in entities
            if e.end <= cue.start()
            and not _after_preposition(sentence, e)
            and not any(a <= e.start < b for a, b in asides)
        ]
        return named[-1].name if named else None
    tail_start = cue.end()
    tail = sentence[tail_start : tail_start + 80]
    lead = r"^\s+(?:(?:of|for)\s+)?" if _INTRANSITIVE.match(cue.group()) else r"^\s+(?:of\s+)?"
    tail = re.sub(lead, lambda m: " " * len(m.group()), tail)  # "move for Rossi", "sale of X"
    stop = _OBJECT_END.search(tail, 1)
    span_end = tail_start + (stop.start() if stop else len(tail))
    inside = [e for e in entities if tail_start <= e.start and e.end <= span_end]
    if inside:
        if _PART_OF_NAME.match(sentence, inside[-1].end, span_end):
            return None  # "to buy Globex's chip unit": a part of Globex, not Globex
        return inside[-1].name
    if _INTRANSITIVE.match(cue.group()):
        return sentence_subject
    return None


# An appositive holding a relative clause, set off by commas: ", the US group that bought
# Initech earlier this year,"
_RELATIVE_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an)\s+[^,;:()]{0,60}?\b(?:that|which|who)\b[^,;:()]{1,120},"
)


def _in_relative_appositive(sentence: str, at: int, mention: Mention) -> bool:
    """Is ``at`` inside an appositive's relative clause that ``mention`` is outside of?
    Searched within 200 characters before ``at``."""
    window = (max(0, at - 200), min(len(sentence), at + 200))
    for found in _RELATIVE_APPOSITIVE.finditer(sentence, *window):
        start, end = found.span()
        if start < at < end:
            return not start < mention.start < end
    return False


_BETWEEN_NAME = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_AND_NAME = re.compile(r"\s+and\s+(?:the\s+)?")


def _between_parties(sentence: str, entities: Sequence[Entity]) -> list[str]:
    """The two names of "between A and B" ("the agreement between Acme and Globex is worth
    $500 million"): a deal's parties, wherever the figure stands in the sentence. Empty
    unless both are names."""
    for first in entities:
        if not _BETWEEN_NAME.search(sentence, max(0, first.start - 14), first.start):
            continue
        joint = _AND_NAME.match(sentence, first.end)
        second = next((e for e in entities if joint and e.start == joint.end()), None)
        if second is not None:
            return [first.name, second.name]
    return []


def _relation(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    sentence_subject: str | None,
    left_edge: int,
    right_edge: int,
    previous_subject: str | None = None,
) -> str | None:
    """Two parties of a deal-like figure, in order of how directly they attach to it;
    None unless two distinct parties are found. "The deal" refers back to the deal of the
    previous sentence, so that sentence's subject is a party too (after this one's)."""
    candidates: list[str] = []
    window_start = max(left_edge, mention.start - 60)
    window_end = min(right_edge, mention.end + 80)
    for entity in entities:
        if entity.end <= mention.start and entity.end >= window_start:
            gap = sentence[entity.end : mention.start]
            # possessive, agent or indirect object right before the figure: "Acme's $1B",
            # "Initech invested $10B", "will pay Globex $150 million"; not the object of a
            # preposition ("markets outside Europe in a deal worth $1B")
            if (
                re.fullmatch(r"(?:['’]s|\s+\S+(?:\s+\S+){0,3})\s*", gap)
                and not re.search(r"[,;:(]", gap)
                and not _GAP_PREPOSITION.match(gap)
            ) or (not gap.strip() and _DITRANSITIVE.search(sentence, 0, entity.start)):
                candidates.append(entity.name)
        elif entity.start >= mention.end and entity.start <= window_end:
            gap = sentence[mention.end : entity.start]
            # a modifier ("$15B Globex deal") or an object ("deal with Globex")
            if not re.search(r"[,;:(]", gap) and (not gap.strip() or _PREP_OBJECT.search(gap)):
                candidates.append(entity.name)
    owners = []
    for entity in entities:
        before = sentence[max(0, entity.start - 60) : entity.start]
        if _RIGHTS_OF.search(before):
            owners.append(entity.name)  # "for the rights to X": after the buyer
        elif _RELATION_WITH.search(before) or (
            # the party the verb gives to, at most 60 characters before the figure ("to
            # Globex in a three-year deal worth"): a preposition there starts no new clause
            entity.end <= mention.start <= entity.end + 60
            and not re.search(r"[,;:()]", sentence[entity.end : mention.start])
            and _GIVEN_TO.search(sentence, max(0, entity.start - 100), entity.start)
        ) or (
            left_edge <= entity.start < mention.start
            and _LICENSED.search(sentence, 0, entity.start)
            and re.match(r"['’]", sentence[entity.end : entity.end + 1])
        ):
            candidates.append(entity.name)
    candidates.extend(_between_parties(sentence, entities))  # "the deal between A and B"
    if sentence_subject is not None:
        candidates.append(sentence_subject)
    candidates.extend(owners)
    if previous_subject is not None and _THE_DEAL.search(sentence, left_edge, right_edge):
        candidates.append(previous_subject)  # "the deal is worth $1.4 billion": the last one
    parties: list[str] = []
    for name in candidates:
        if all(subject_key(name) != subject_key(p) for p in parties):
            parties.append(name)
        if len(parties) == 2:
            return relation_subject(parties[0], parties[1])
    return None  # a deal with one known party could be any of its deals: abstain


# A takeover's premium: "a premium of 34% to X's closing price", "a 43 per cent premium over
# X's closing price", "represents a premium of about 24% to the stock's undisturbed price".
# The figure right after "premium of", or right before "premium"; then what it is a premium
# to, up to the clause's end.
_PREMIUM_BEFORE = re.compile(r"\bpremium\s+of\s+$", re.IGNORECASE)
_PREMIUM_AFTER = re.compile(r"\s+premium\b", re.IGNORECASE)
_PREMIUM_BASE = re.compile(
    r"\s*(?:premium\s+)?(?:to|over|on)\s+(?:the\s+)?(?P<base>[^,;:()]{1,90})", re.IGNORECASE
)
# The target named by its shares: "C$38.50 in cash for each Glacier Crest share"
_FOR_EACH_SHARE = re.compile(r"\bfor\s+each\s+$", re.IGNORECASE)
_SHARES_AFTER = re.compile(r"\s+shares?\b")


def takeover_premium(
    sentence: str, mention: Mention, entities: Sequence[Entity]
) -> tuple[str, str | None] | None:
    """The attribute and the company of a takeover premium, or None when the percentage is
    no premium. The premium is the target's: the company whose price it is taken over
    ("to X's closing price"), or whose shares the offer is "for each" of; else unsaid. A
    premium to an average price ("over the 30-day average") is measured on another base
    than one to a closing price, and never meets it."""
    before = sentence[max(0, mention.start - 12) : mention.start]
    premium_after = _PREMIUM_AFTER.match(sentence, mention.end)
    if _PREMIUM_BEFORE.search(before):
        base = _PREMIUM_BASE.match(sentence, mention.end)
    elif premium_after is not None:
        base = _PREMIUM_BASE.match(sentence, premium_after.end())
    else:
        return None
    attribute = "premium"
    subject: str | None = None
    if base is not None:
        if "average" in base.group("base").lower():
            attribute = "premium (to average price)"
        start = base.start("base")
        named = [
            e for e in entities if e.start == start and sentence[e.end : e.end + 2] in ("'s", "’s")
        ]
        if named:
            subject = named[0].name
    if subject is None:
        for entity in entities:
            if (
                entity.end <= mention.start
                and _FOR_EACH_SHARE.search(sentence, max(0, entity.start - 12), entity.start)
                and _SHARES_AFTER.match(sentence, entity.end)
            ):
                subject = entity.name
    return attribute, subject
