"""``describe``: one figure's full context, read by calling every concern in turn.

``describe`` assembles a ``Context`` (subject, attribute, period, item, clause) from the
rules of ``clauses``, ``attributes``, ``periods``, ``subjects``, ``roles``, ``events`` and
``ranks``, in the order those rules were always asked. ``figure_is_unqualified`` (the
cues that ``describe`` reads as "no fact", for ``factcheck.backoff``) sits beside it
because it mirrors ``describe``'s own checks. It is separate because it depends on every
other module and none depends on it: it is the top of the package's imports.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from factcheck.context.attributes import (
    _CHANGED_BEFORE,
    _CHANGES,
    _HEADCOUNT_ATTRIBUTE,
    _HEADCOUNT_OF,
    _MEASURED_OF,
    _UP_AFTER_LEVEL,
    MARGIN_RULE,
    AttributeRule,
    _base_count,
    _clause_opening_cue,
    _count_attribute,
    _dated_whole,
    _dedicated_to,
    _find_cue,
    _head_rule,
    _headcount,
    _level_count,
    _measured,
    _measured_noun,
    _opens_with_attribute,
    _per_share,
    _per_time,
    _same_counted,
    _same_counted_noun,
    _share_attribute,
    _share_price_noun,
    _through_change_or_span,
    _with_segment,
    _without,
    change_base,
    changed_result,
    default_attribute_rules,
    division_of,
    is_change,
    is_margin,
    is_result,
    margin_of,
    third_party_figures,
)
from factcheck.context.clauses import (
    _APPROX,
    _APPROX_OR_FLOOR,
    _POSSESSIVE_BOARD,
    _TIME_UNITS,
    Context,
    Entity,
    _clause_edges,
    _through_conversion,
    _words,
    _words_window,
    without_dateline,
)
from factcheck.context.events import (
    _COMPLETED_PURCHASE,
    _COMPLETING_CUE,
    _PRICED_OFFERING,
    FLOOR_AREA,
    HEIGHT,
    _dated_event_noun,
    _deal_completed,
    _event,
    _event_noun_before_date,
    _facility_capacity,
    _facility_cost,
    _facility_opened,
    _founded_object,
    _listing,
    _planned_event,
    _stake_bought,
    announced_purchase,
    building_height,
    completed_purchase_of,
    facility_area,
)
from factcheck.context.periods import (
    _earlier_by,
    _earlier_event,
    _fined_on_dateline,
    _half_of_year,
    _is_baseline,
    _listed_part,
    _month_end,
    _period,
    _when_last,
    _with_span,
)
from factcheck.context.ranks import (
    _RANK_BASE,
    _YEAR_NAMED_BOARD,
    _board_named,
    _board_of_segment,
    _board_placing,
    _edition_named_before,
    _names_a_board,
    _opening_edition,
    _owned_board,
    _participle_holder,
    _rank_context,
    _rank_holder_backoff,
    _ranked_by,
    _relative_item,
    _sentence_board,
    year_in_board,
)
from factcheck.context.roles import (
    _ADD_ONS,
    _ADD_ONS_LEFT_OUT,
    _BESIDES_THE_FINE,
    _BUYING_VERB_RULE,
    _LED_BEFORE,
    _PRIVATE,
    _RATE_AFTER,
    _ROUND_VALUES,
    _TAKEOVER_RULE,
    _acquired,
    _bought_for,
    _bought_gap,
    _bought_past_appositive,
    _bought_thing,
    _deal_valued,
    _described_takeover,
    _enterprise_value_paid,
    _fined_party,
    _fixed_part,
    _investment_valued,
    _investment_values,
    _is_cap,
    _is_valuation,
    _money_rule,
    _paid_for,
    _price_tag_on,
    _priced_name,
    _priced_opening,
    _projection,
    _raised_by_no_company,
    _received_for,
    _relation,
    _round_for,
    _round_label,
    _round_period,
    _sales_of_named,
    _set_aside,
    _share_price_of,
    _spent_to_buy,
    _stake_price,
    _takeover_valuing,
    _takings,
    takeover_premium,
)
from factcheck.context.subjects import (
    _described_item,
    _of_a_class,
    _on_owned_part,
    _on_related_party,
    _owner,
    _sentence_subject,
    _shared_by_listed,
    usable_entities,
)
from factcheck.model import Amount, Kind, Mention, Period
from factcheck.subjects import relation_subject, subject_key

# A count's noun, then the part of a country the things counted are in: "23 homes in the
# county", "9 plants in the north of England". A country or a name ("214 stores in the United
# States", "241 shops across 31 US states") is most often the whole estate, and so is a
# region spread "across" ("runs 19 centres across the region"): both are left be.
_COUNTED_IN_PLACE = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\s+in\s+(?P<place>the\s+(?:county|region|"
    r"state|province|city|capital|territory|area|(?:north|south|east|west|midlands)"
    r"(?:\s+of\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?)\b)"
)
# ... or a part named with its kind: "23 branches in Oyo State", "in Hubei Province", "61
# cafés in the city of Ottawa"
_COUNTED_IN_NAMED_PART = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\s+in\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
    r"\s+(?:State|Province|County|Prefecture|Oblast|Region)\b|"
    r"(?:the\s+)?(?:city|province|state|county|region|prefecture|canton|district|"
    r"municipality)\s+of\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)"
)


# A place named before the figure ("operating in Yorkshire, with 23 homes in the county"):
# "the county" then refers back to it, a part of the estate; with none, "the region" is
# the company's own ("supplies 2.4 million customers in the region")
_NAMED_PLACE_BEFORE = re.compile(r"\b(?:in|across|throughout)\s+[A-Z][a-z]+")


def _counted_in_a_place(sentence: str, mention: Mention, right_edge: int) -> str | None:
    """The part of a country a count's things are in, written right after its noun ("with
    23 homes in the county") when the sentence names that place before, or named with its
    kind ("23 branches in Oyo State"), lower-cased; else None. Such a count is the part of
    the estate in that place: it never meets the whole estate's count, only another count
    in the same place."""
    named = _COUNTED_IN_NAMED_PART.match(sentence, mention.end, max(right_edge, mention.end))
    if named is not None:
        return " ".join(named.group("place").lower().split())
    found = _COUNTED_IN_PLACE.match(sentence, mention.end, max(right_edge, mention.end))
    if found is None or not _NAMED_PLACE_BEFORE.search(sentence, 0, mention.start):
        return None
    return " ".join(found.group("place").lower().split())


# A share price, then the company's value at it: "closed down 2.1% at 402p, valuing the
# landlord at roughly £2.1bn" is its market value, not a valuation in a deal or a round
_CLOSED_AT_VALUING = re.compile(
    r"\b(?:closed|ended|finished|shut|traded|trading)\b[^;]{0,40}?\bat\s+\S+,\s+"
    r"(?:valuing|which\s+values|that\s+values|giving\s+it\s+a\s+value\s+of)\b",
    re.IGNORECASE,
)
# What a company owns, valued: "The portfolio was valued at £4.82bn at the year-end"
_ASSET_VALUED = re.compile(
    r"\b(?P<noun>portfolio|properties|property|estate|assets|landbank|stake|holdings?)\s+"
    r"(?:was|were|is|are|has\s+been|had\s+been)\s+valued\s+at\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))\s+)?$",
    re.IGNORECASE,
)


def describe(
    sentence: str,
    mention: Mention,
    entities: Sequence[Entity],
    dates: Sequence[Mention],
    others: Sequence[Mention],
    previous_subject: str | None,
    rules: Mapping[str, tuple[AttributeRule, ...]] | None = None,
    editions: Sequence[tuple[str, Period]] = (),
    facilities: Sequence[str] = (),
    deal_before: str | None = None,
    round_before: str | None = None,
) -> Context:
    """Subject, attribute and period of ``mention`` within ``sentence``.

    ``others`` are the other figures of the sentence: a cue word or a date on the far side
    of another figure belongs to that figure, not to this one. ``editions`` are the boards
    the sentence before names with their edition (see ``board_editions``): a rank whose own
    sentence gives its board no edition takes the one given there. ``facilities`` are the
    power plants the sentence before names (see ``named_facilities``): "The 1.4-gigawatt
    project" opening this sentence is that plant. ``deal_before`` is the kind of deal the
    sentence before tells of (see ``deal_kind``): "The deal values X at $Y" after an
    investment in X is X's valuation, after a takeover X's price. ``round_before`` is the
    one funding round the sentence before names (see ``round_named``): "The new money
    values the company at $Y" after a Series B is the company's valuation at that round.
    """
    rules = rules if rules is not None else default_attribute_rules()
    original = sentence
    sentence, entities = without_dateline(sentence, entities)
    entities = usable_entities(sentence, entities)
    left_edge, right_edge = _clause_edges(sentence, mention, others)
    left_edge, right_edge = _through_conversion(sentence, mention, others, left_edge, right_edge)
    left_edge = _through_change_or_span(sentence, mention, others, left_edge)
    sentence_subject = _sentence_subject(sentence, entities, mention, previous_subject)
    clause = (left_edge, right_edge)
    if mention.kind is Kind.RANK:
        if _RANK_BASE.search(sentence, max(0, mention.start - 30), mention.start):
            return Context(None, None, None, None, clause)  # "rose to 27th from 31st": 31st
        found = _rank_context(sentence, mention, entities, left_edge, dates, others)
        item = found.item or _relative_item(sentence, mention, entities)
        if item is not None and _names_a_board(item):
            item = None  # "The X Index placed the city 14th": the index is no item
        board, what, period = found.subject, found.attribute, found.period
        if board is None or (
            _POSSESSIVE_BOARD.search(mention.unit or "")
            and subject_key(board) == subject_key(mention.unit or "")
        ):
            # "On Apex's 2025 rich list ..., X came in at No. 22", "ranked third in Q
            # Data's quarterly count of ...": the owner's board ("on Apex's weekend chart"
            # stays the board it names)
            owned = _owned_board(sentence, entities, dates)
            if owned is not None:
                board, what = owned[0], "rank"
                period = owned[1] or period
        if board is None:
            board = _ranked_by(sentence, mention, entities)  # "ranked fourth by Q Data"
            what = "rank" if board is not None else what
        if board is None:
            board = _sentence_board(sentence, mention)  # "In the latest X rankings, ..."
            what = "rank" if board is not None else what
        if board is None:
            board = _board_placing(sentence, mention)  # "The X Index placed Y 22nd"
            what = "rank" if board is not None else what
        if board is not None and _YEAR_NAMED_BOARD.search(sentence):
            # "this year's X": the edition the article's year names beats any other date of
            # the sentence ("X's 2031 bonds rose after it climbed to 24th in this year's Y")
            named, edition = _edition_named_before(board, editions)
            if edition is not None:
                board, period = named, edition
        if period is None:
            period = _opening_edition(sentence, dates)  # "In the 2024 edition, ... came ninth"
        if period is None and board is not None:
            period = year_in_board(board)  # "In X's 2025 Dealer Group Satisfaction Index"
        if period is None and board is not None:
            board, period = _edition_named_before(board, editions)
        if item is None and board is not None:
            # "The club came in"; "The X Index placed the city 14th": the index is the
            # sentence's subject, the city what the sentences before were about
            referent = sentence_subject
            if referent is not None and _names_a_board(referent):
                referent = previous_subject
            item = _described_item(sentence, mention, referent, previous_subject)
        if item is None and board is not None:
            item = _rank_holder_backoff(sentence, mention, entities, sentence_subject)
        if item is None:
            item = _participle_holder(sentence, mention, sentence_subject)  # ", finishing third"
        if board is not None:
            board = _board_of_segment(sentence, _board_named(board), mention)
        return Context(board, what, period, item, clause)
    if mention.kind is Kind.DATE:
        if any(r.name == "founded" for r in rules.get("date", ())):
            founded = _founded_object(sentence, mention, entities)  # "started X in 2009"
            if founded is not None:
                return Context(founded, "date founded", None, None, clause)
        who, event = _stake_bought(sentence, mention, entities, clause, previous_subject)
        if event is None and any(r.name == "acquired" for r in rules.get("date", ())):
            done = _deal_completed(
                sentence, mention, entities, rules.get("date heads", ())
            ) or completed_purchase_of(sentence, mention, entities)
            who, event = (done, _COMPLETED_PURCHASE) if done else (who, event)
        if event is None:
            who, event = _event(
                sentence, mention, entities, rules.get("date", ()), clause, previous_subject
            )
        if who is None and any(r.name == "opened" for r in rules.get("date", ())):
            who, event = _facility_opened(sentence, mention, entities) or (who, event)
        if who is None:
            who, event = _listing(
                sentence, mention, entities, rules.get("date", ()), clause, previous_subject
            ) or (who, event)
        if who is None:
            who, event = _dated_event_noun(
                sentence, mention, entities, rules.get("date heads", ()), previous_subject,
                sentence_subject,
            ) or (who, event)
        if who is None:
            who, event = _event_noun_before_date(
                sentence, mention, entities, rules.get("date heads", ()), previous_subject,
                sentence_subject,
            ) or (who, event)
        if event == "date acquired" and announced_purchase(sentence, mention.start, clause[0]):
            who, event = None, None  # "announced the acquisition of X on Monday": a plan
        if event == "date acquired" and _COMPLETING_CUE.search(
            sentence, max(clause[0], mention.start - 120), mention.start
        ):
            event = _COMPLETED_PURCHASE  # "completed its takeover of X on 3 July"
        if event == "date listed" and _PRICED_OFFERING.search(sentence, 0, mention.start):
            who, event = None, None  # "priced its IPO at $24 on Wednesday": not the first day
        if event is not None and _planned_event(sentence, mention, clause):
            event = f"{event} (planned)"  # "will reopen on 14 June": never the day it happened
        return Context(who, event, None, None, clause)
    attribute: str | None = None
    rule: AttributeRule | None = None
    received: str | None = None
    premium_of: str | None = None  # the target a takeover premium is on
    bought_for = False  # the price of what a takeover verb far before the figure buys
    invested = False  # "the deal values X at" after an investment: X's valuation
    facility: str | None = None
    held_in: str | None = None  # the holder and the company of a stake, as one subject
    if mention.kind is Kind.MONEY:
        money_rules = rules.get("money", ())
        share_price = _share_price_noun(sentence, mention, left_edge)
        if (not mention.per or mention.per in _TIME_UNITS) and share_price is None:
            rule = _head_rule(sentence, mention, rules.get("money heads", ()), right_edge)
            if rule is None:
                rule = _money_rule(sentence, mention, entities, money_rules, left_edge, right_edge)
            if (
                rule is not None
                and rule.object_subject
                and _investment_values(sentence, mention, left_edge, deal_before)
            ):
                rule = next((r for r in money_rules if _is_valuation(r)), rule)
                invested = True
            if rule is None:
                rule = _clause_opening_cue(sentence, mention, money_rules, left_edge)
            if rule is None:
                rule = _takings(sentence, mention, entities, money_rules)
            if rule is None:
                rule = _bought_for(sentence, mention, entities, money_rules, left_edge)
                bought_for = rule is not None
            if (rule is None or rule.name != "fine") and _FINED_RIGHT_BEFORE.search(
                sentence, max(0, mention.start - 150), mention.start
            ):
                # "fined the Mallorca group €6.4 million over hidden resort fees": a fine,
                # whatever the cause after it names
                rule = next((r for r in money_rules if r.name == "fine"), rule)
            if rule is not None and rule.name == "damages" and _AGREED_TO_PAY.search(
                sentence, max(0, mention.start - 60), mention.start
            ):
                # "agreed to pay $29 million in damages": a settlement, the fine family's;
                # damages a court orders or awards stay damages
                rule = next((r for r in money_rules if r.name == "fine"), rule)
            if rule is not None and rule.name == "valuation" and _VALUES_THE_DEAL.search(
                sentence, max(0, mention.start - 60), mention.start
            ):
                # "valuing the whole transaction at about $1.32 billion": the deal's price,
                # not the company's valuation in a round
                rule = next((r for r in money_rules if r.name == "acquisition_price"), rule)
            if rule is None and _IN_FINES_AFTER.match(sentence, mention.end):
                # "was ordered to pay RM1.53 million in fines": the sum's own noun after it
                rule = next((r for r in money_rules if r.name == "fine"), None)
            if rule is not None and rule.relational and not rule.cumulative:
                described = _described_takeover(
                    sentence, mention, entities, left_edge, right_edge, previous_subject
                )
                if described is not None:  # "agreed to buy the club in a deal worth"
                    rule = next((r for r in money_rules if r.object_subject and not r.weak), rule)
            else:
                described = None
            received = _received_for(sentence, mention, entities)
            if described is not None and rule is not None and rule.object_subject:
                received = described
            if received is None and (rule is None or rule.weak):
                received = _bought_gap(sentence, mention, entities)  # "X, the forward Y signed for"
            if received is not None and (rule is None or rule.weak):
                rule = next((r for r in money_rules if r.object_subject and not r.weak), rule)
            spent_on = _spent_to_buy(sentence, mention, entities)
            if spent_on is None:
                spent_on = _bought_past_appositive(sentence, mention, entities)
            if spent_on is None:
                spent_on = _priced_opening(sentence, mention, entities)  # "At $N, the X purchase"
            if spent_on is None:
                spent_on = _priced_name(sentence, mention, entities)  # "the price tag ... for X"
            if spent_on is not None:
                received = spent_on  # "is spending $4.1 billion to buy Globex": Globex's price
                rule = next((r for r in money_rules if r.object_subject and not r.weak), rule)
            elif rule is None or rule.weak or _is_valuation(rule):
                rule = _takeover_valuing(sentence, mention, entities, money_rules) or rule
                if rule is None:
                    rule = _enterprise_value_paid(
                        sentence, mention, entities, money_rules, left_edge, right_edge
                    )
        if (
            rule is not None
            and rule.name == "revenue"
            and _LOST_BEFORE.search(sentence, max(left_edge, mention.start - 30), mention.start)
        ):
            rule = None  # "0.9 times sales for a business that lost ¥29.6 billion": a loss
        if share_price is not None:
            attribute = share_price or None  # "its 2021 listing price of $17": one share's
        elif (
            mention.per == "share"
            or (rule is not None and rule.name == "price_per_share")
            or _EACH_SHARE_AT.search(sentence, max(0, mention.start - 60), mention.start)
        ):
            rule = None
            attribute = _per_share(sentence, mention, rules.get("per_share", ()), clause)
            if attribute == "price per share" and _LISTING_BEFORE.search(
                sentence, max(0, mention.start - 80), mention.start
            ):
                attribute = "price per share (listing)"  # "The 2007 flotation, at 180p a share"
        elif mention.per in _TIME_UNITS and rule is not None and not rule.weak:
            attribute = f"{rule.name} per {mention.per}"  # "a sponsorship worth £2m a year"
        elif mention.per in ("day", "week"):
            # "averaged $33,900 a day", "quote rates for VLCCs at about $56,000 a day": a
            # day rate of a thing no cue names, a level of its market at the time
            attribute = None
        elif mention.per:
            attribute = f"price per {mention.per}"
        elif (stake := _stake_price(sentence, mention, others)) is not None:
            rule, attribute = None, f"price paid ({stake})"  # "bought 76% of X for $185m"
        elif rule is None and _cash_with_shares(sentence, mention):
            attribute = "consideration (cash)"  # "will pay R6.1 billion in cash and issue"
        elif rule is None and (thing := _bought_thing(sentence, mention, entities, others)):
            attribute = f"price paid ({thing})"  # "paid €415m for its 120MHz block"
        elif _RATE_AFTER.match(sentence, mention.end):
            rule = None  # "£270 million a season": a rate, not the deal's total
        elif (
            rule is not None
            and rule.cumulative
            and _raised_by_no_company(sentence, mention, clause)
        ):
            rule = None  # "the auction raised £4.8 billion", "its third fund raised $500m"
        elif rule is not None:
            if rule.name == "valuation" and _CLOSED_AT_VALUING.search(sentence, 0, mention.start):
                # "closed down 2.1% at 402p, valuing the landlord at roughly £2.1bn"
                rule = next((r for r in money_rules if r.name == "market_value"), rule)
            attribute = _round_label(sentence, mention, clause, rule.name)
            asset = _ASSET_VALUED.search(sentence, max(0, mention.start - 80), mention.start)
            if rule.name == "valuation" and asset is not None:
                # "The portfolio was valued at £4.82bn": its assets', not the company's value
                attribute = f"{attribute} ({asset.group('noun').lower()})"
            if rule.segments:
                attribute = _with_segment(sentence, mention, rule, clause, attribute)
                division = division_of(sentence, mention)
                if division is not None and "(" not in attribute:
                    attribute = f"{attribute} ({division})"  # a division's, not the group's
    elif mention.kind is Kind.PERCENT:
        premium = takeover_premium(sentence, mention, entities)
        if premium is not None:
            attribute, premium_of = premium  # "a premium of 34% to X's closing price"
        else:
            attribute = margin_of(sentence, mention, left_edge, right_edge)
            if attribute is not None and _find_cue(
                sentence, mention, rules.get("projection", ()), 0, right_edge, 14
            ):
                attribute = None  # "expects ... an adjusted EBIT margin of 10% to 10.5%"
            elif attribute is None:
                attribute = _share_attribute(sentence, mention, left_edge, right_edge)
        if attribute is None:
            changed = changed_result(
                sentence,
                mention,
                rules.get("money changes", ()),
                others,
                left_edge,
                right_edge,
                clause,
            )
            if changed is not None:
                rule, attribute = changed  # "Revenue rose 7.4% to": the growth of revenue
        if attribute is None:
            # "passenger numbers rose 4.2% to 2.84 million", "sold 98,000 bikes, up 12%"
            attribute = _changed_count(sentence, mention, others, rules, left_edge)
        if attribute is None and (holding := _stake_held_in(sentence, mention, entities)):
            attribute, held_in = _STAKE, relation_subject(*holding)  # "owns 19.9% of Kvitsand"
    elif mention.kind is Kind.COUNT:
        attribute = _counted(sentence, mention, others, rules, left_edge)
    elif mention.kind is Kind.QUANTITY and (
        building := facility_area(sentence, mention, entities)
    ):
        attribute, facility = FLOOR_AREA, building  # "its 410,000-square-foot plant in X"
    elif mention.kind is Kind.QUANTITY and (tall := building_height(sentence, mention, entities)):
        attribute, facility = HEIGHT, tall  # "Halcyon Tower, the 214-metre skyscraper"
    elif mention.kind is Kind.QUANTITY:
        rule = _find_cue(sentence, mention, rules.get("quantity", ()), left_edge, right_edge)
        if rule is not None:
            attribute = _measured(sentence, mention, rule, clause)
            if attribute is not None:  # "lost 182 megalitres of water a day": a rate
                of = _MEASURED_OF.match(sentence, mention.end)
                attribute = _per_time(sentence, of.end() if of else mention.end, attribute)
        if attribute is not None and _ADDED_BEFORE.search(
            sentence, max(0, mention.start - 30), mention.start
        ):
            attribute = f"{attribute} (added)"  # "to add 8 million metres of capacity"
        if attribute is not None and attribute.startswith("capacity"):
            customer = _dedicated_to(sentence, mention, entities)
            if customer is not None:
                attribute = f"capacity (for {customer})"  # "dedicate 300MW ... to X"
        facility = _facility_capacity(sentence, mention, entities, facilities)
        if attribute is None and rule is None and facility is not None:
            attribute = "capacity"  # "the 1.4-gigawatt project": the plant's capacity
        elif attribute is None and rule is None:
            attribute = _measured_noun(sentence, mention, right_edge)  # "litres of milk"
    if attribute == _HEADCOUNT_ATTRIBUTE and (
        site := _SITES_WORKFORCE.search(sentence, max(0, mention.start - 80), mention.start)
    ):
        attribute = f"{attribute} ({site.group('site')})"  # "the Nomi site's workforce"
    elif attribute == _HEADCOUNT_ATTRIBUTE and (at := _AT_ITS_SITE.match(sentence, mention.end)):
        attribute = f"{attribute} (at {at.group('site').lower()})"  # "at its head office"
    if attribute is not None and _AT_ITS_START.search(
        sentence, max(left_edge, mention.start - 70), mention.start
    ):
        attribute = None  # "launched in May 2024 with 12 bakeries": a level at its start
    if attribute is not None and mention.kind is Kind.COUNT and _SPAN_COUNTED.match(attribute):
        attribute = None  # "for the six months to September", "over two years": a span
    if (
        attribute is not None
        and mention.kind is Kind.COUNT
        and _FUTURE_BEFORE.search(sentence, max(left_edge, mention.start - 50), mention.start)
        and _MILESTONE_AFTER.match(sentence, mention.end)
    ):
        attribute = f"{attribute} (planned)"  # "will employ about 260 people when staffed"
    if attribute is not None and mention.kind is Kind.COUNT and _THERE_AFTER.match(
        sentence, mention.end
    ):
        attribute = None  # "will employ 180 people there": at a site named before, no total
    if attribute is not None and (
        _CLASS_AFTER.match(sentence, mention.end)
        or _IF_CLAUSE_BEFORE.search(sentence, max(left_edge, mention.start - 70), mention.start)
        or _OUT_OF_AFTER.match(sentence, mention.end)
        or _DEALS_MARKET_VALUE.search(sentence, max(0, mention.start - 60), mention.start)
        or _TOTAL_BROUGHT_TO.search(sentence, max(left_edge, mention.start - 110), mention.start)
    ):
        # "the US$40 million-plus rounds raised by some Lagos companies" (a class), "if those
        # claims exceed 300 billion won" (a condition), "1,900 people at its resorts in the
        # Algarve, out of roughly 4,100" (a part), "the market value of the deal at 2.53
        # trillion won" (an all-share deal's worth on one day), "bringing the total
        # penalties in the case to €3.9 million" (several parties' sums)
        attribute = None
    if attribute is not None and _of_the_combination(sentence, mention, attribute):
        attribute = f"{attribute} (combined)"  # "the enlarged group had 1,452 shops"
    if attribute is not None and (
        _of_a_class(sentence, mention, left_edge)
        or _is_baseline(sentence, mention, left_edge, change_base(sentence, mention, right_edge))
        or _projection(sentence, mention, rules.get("projection", ()), left_edge, right_edge)
        or _listed_part(sentence, mention)
        or _SHARE_RESTATED_BEFORE.search(sentence, max(0, mention.start - 90), mention.start)
        or _TOGETHER_BEFORE.search(sentence, max(left_edge, mention.start - 50), mention.start)
        or _TOGETHER_BEFORE.match(sentence, 0, mention.start)
        or _HOLDERS_OF.search(sentence, max(0, mention.start - 40), mention.start)
    ):
        attribute = None  # "up from $980 million", "expects revenue of $25 billion": no fact
    if (
        sentence_subject is None
        and attribute is not None
        and _opens_with_attribute(sentence, mention, entities, rule, attribute)
        and not third_party_figures(sentence)
    ):
        sentence_subject = previous_subject  # "Revenue in the quarter rose to $6.1 billion."
    round_values = (
        attribute == "valuation"
        and round_before is not None
        and _ROUND_VALUES.fullmatch(sentence, 0, mention.start) is not None
    )
    if round_values:
        # "The new money values the company at $360 million" after a Series B: its value
        # at that round, and "the company" or "it" is the previous sentence's subject
        attribute = f"valuation ({round_before})"
        if sentence_subject is None:
            sentence_subject = previous_subject
    subject: str | None
    if rule is not None and rule.object_subject:
        subject = _acquired(
            sentence, mention, entities, _BUYING_VERB_RULE if bought_for else rule, sentence_subject
        )
        if subject is None and mention.kind is Kind.MONEY:
            subject = _paid_for(sentence, mention, entities, left_edge)
        if subject is None and rule is not _TAKEOVER_RULE and _PRIVATE.search(sentence):
            # "its £1.18 billion agreement to take Acme & Sons private": the takeover verbs'
            subject = _acquired(sentence, mention, entities, _TAKEOVER_RULE, None)
        if subject is None and mention.kind is Kind.MONEY:
            subject = _deal_valued(sentence, mention, entities, deal_before)  # "The offer values X"
        if received is not None:
            subject = received  # "Valmar banked €30m for Ana Rossi": Rossi's price
    elif rule is not None and rule.relational:
        subject = _relation(
            sentence, mention, entities, sentence_subject, left_edge, right_edge, previous_subject
        )
    else:
        subject = _owner(sentence, mention, entities, sentence_subject, left_edge)
    if rule is not None and rule.segments and not rule.relational and mention.kind is Kind.MONEY:
        subject = _sales_of_named(sentence, mention, entities, rule, left_edge) or subject
    if rule is not None and rule.name in _PENALTIES:
        subject = _fined_party(sentence, mention, entities) or subject  # "hit X with a fine"
        if _FINE_ON_DESCRIPTION.match(sentence, mention.end) and (
            subject is None or subject == sentence_subject
        ):
            # "The CNMC imposed a fine of €6.3 million on the company", "the N4.2 billion
            # penalty the central bank imposed on the lender": never the regulator that
            # imposes it; the article's company, when it is about one (pipeline)
            subject = None
        fined_it = _FINED_A_PRONOUN.search(sentence, max(0, mention.start - 40), mention.start)
        if fined_it is not None and any(
            e.name == subject and 0 <= fined_it.start() - e.end <= 2 for e in entities
        ):
            # "in December, the Fair Trade Commission fined it NT$84 million": the one
            # referred back to, never the regulator before the verb ("X has lost 2.1% since
            # the commission fined it" is X's: the sentence's subject is no regulator)
            subject = previous_subject if previous_subject != subject else None
    if subject is None and rule is not None and rule.object_subject and mention.kind is Kind.MONEY:
        # "X's £350m takeover of the club": what the description refers to
        subject = _described_takeover(
            sentence, mention, entities, left_edge, right_edge, previous_subject
        )
    if subject is not None and (one_of := _ONE_OF_ITS_LARGEST.search(sentence)) and (
        one_of.group("whole") == subject
    ):
        # "One of Australia's largest aged-care operators has been ordered to pay": one
        # member of the whole, unnamed, never the whole (a country, a city, a group)
        subject = None
    if held_in is not None and attribute == _STAKE:
        subject = held_in  # the holder's stake in the company: one subject for the pair
    if invested and attribute is not None:
        subject = _investment_valued(sentence, mention, entities)
    if attribute is not None and attribute.startswith("premium"):
        subject = premium_of  # the target's, or unsaid: never the bidder's
    if attribute in ("capacity", FLOOR_AREA, HEIGHT) and facility is not None:
        subject = facility
    elif attribute == "price per share":
        subject = _share_price_of(sentence, mention, entities, rules.get("money", ())) or subject
    elif (
        rule is not None
        and rule.cumulative
        and _LED_BEFORE.search(sentence, left_edge, mention.start)
    ):
        subject = None  # "Halden Ventures led a $120 million Series B": whose round is unsaid
    if rule is not None and rule.cumulative and attribute and attribute.startswith("funding_round"):
        subject = _round_for(sentence, mention, entities) or subject
    tagged = (
        _price_tag_on(sentence, mention, entities, sentence_subject)
        if mention.kind is Kind.MONEY
        else None
    )
    if tagged is not None:  # "a Series B that put a $1.2 billion price tag on the company"
        rule = next((r for r in rules.get("money", ()) if r.name == tagged[0]), rule)
        attribute, subject = _round_label(sentence, mention, clause, tagged[0]), tagged[1]
    if mention.kind is Kind.MONEY:
        cost_of = _facility_cost(sentence, mention, entities, facilities)
        if cost_of is not None and not (
            _is_baseline(sentence, mention, left_edge, right_edge)
            or _find_cue(sentence, mention, rules.get("projection", ()), left_edge, right_edge, 6)
        ):
            subject, attribute = cost_of, "cost"  # "the £4.5bn project": the plant's cost
    # a margin is read with no rule of its own, but a date glued to its cue scopes it too
    cue = MARGIN_RULE if rule is None and is_margin(mention.kind, attribute) else rule
    period = _period(sentence, mention, dates, others, cue, left_edge)
    if period is None and mention.kind is Kind.PERCENT and attribute is not None:
        period = _dated_whole(sentence, mention, dates)  # "17.8% of the 2024 box office"
    period = _month_end(sentence, mention, attribute, _round_period(attribute, period), dates)
    if attribute is not None and attribute.startswith("premium"):
        period = None  # "to X's closing price on Friday": the date is the base price's
    if period is None and rule is not None and rule.name == "fine":
        period = _fined_on_dateline(original, dates)
    if period is None and _earlier_by(sentence, mention, left_edge) is not None:
        attribute = None  # "A year earlier, revenue was $2.68 billion": of an unwritten time
    if period is None and attribute != _STAKE and _earlier_event(sentence, mention, left_edge):
        attribute = None  # "had signed Rossi for €2 million": an earlier event
    if period is None and _when_last(sentence, mention):
        attribute = None  # "When Acme last raised money, it was valued at $2bn": not now
    if attribute is not None and mention.kind is Kind.MONEY and _PORTION_AFTER.match(
        sentence, mention.end
    ):
        attribute = None  # "the R30 million portion of ICASA's fine": a part of it
    if (
        attribute is not None
        and mention.kind is Kind.MONEY
        and attribute.split(" (")[0] in _PRICES
        and (
            _OF_DEBT_AFTER.match(sentence, mention.end)
            or _DEBT_WAS_BEFORE.search(sentence, max(0, mention.start - 70), mention.start)
        )
    ):
        # "will also take on US$88 million of Kestrel Valley's debt", "Dentamar's own net
        # debt before the deal was €366 million": the debt, not the price
        attribute = None
    if (
        attribute is not None
        and attribute.split(" (")[0] in _PRICES
        and _SHARES_WORTH_BEFORE.search(sentence, max(0, mention.start - 90), mention.start)
    ):
        # "the 2.89 million shares issued to Nimbra's investors were worth about $439
        # million": the stock part of a price on one day, not the price nor a valuation
        attribute = None
    if attribute is not None and mention.kind is Kind.MONEY and _set_aside(sentence, mention):
        attribute = None  # "set aside €40m to cover the fine": a provision, not the fine
    if attribute == "fine" and _BESIDES_THE_FINE.search(
        sentence, max(0, mention.start - 120), mention.start
    ):
        attribute = None  # "In addition to the fine, Acme must pay £3.1 million": not it
    if (
        attribute is not None
        and mention.kind is Kind.MONEY
        and _DEMANDED_BEFORE.search(sentence, max(left_edge, mention.start - 80), mention.start)
    ):
        attribute = None  # "the authority had sought $61 million in damages": not paid
    if period is None and attribute is not None:
        attribute = _with_span(sentence, mention, left_edge, right_edge, attribute)
    elif attribute is not None and _half_of_year(
        sentence,
        period,
        left_edge,
        right_edge + 40,
        # a change names its result after it too: "an 11% rise in first-half revenue"
        right_edge if is_change(mention.kind, attribute) else mention.start,
    ):
        attribute = f"{attribute} (half-year)"  # "for the first half of 2025": not 2025's
    if mention.kind is Kind.COUNT and attribute is not None and attribute.startswith("count of "):
        place = _counted_in_a_place(sentence, mention, right_edge)
        if place is not None:
            attribute = f"{attribute} (in {place})"  # "23 homes in the county": a part
    if mention.kind is Kind.MONEY and attribute is not None and not _is_cap(mention):
        tail, _ = _words_window(sentence, mention.end, right_edge, 6, forward=True)
        if _ADD_ONS_LEFT_OUT.search(tail):
            attribute = f"{attribute} (before add-ons)"  # "€72m, not counting bonuses"
        elif _ADD_ONS.search(tail):
            attribute = f"{attribute} (with add-ons)"  # "€75m, including bonuses": not the fee
        elif _ADD_ONS.search(sentence, right_edge):
            # "€38 million, rising to €45 million with add-ons": the fixed part, which a
            # single "€45 million" elsewhere (the whole, perhaps) does not contradict
            attribute = f"{attribute} (before add-ons)"
        elif rule is not None and rule.object_subject and _fixed_part(sentence, mention):
            attribute = f"{attribute} (before add-ons)"  # "€30m up front", "a guaranteed fee"
    if period is None and attribute is not None and _beside_a_rank(sentence, mention, others):
        attribute = None  # "Tejas Auto was third with 34,100 units": of the ranking's time
    if subject is not None and _BOUGHT_AND_ITS.search(
        sentence, max(0, mention.start - 70), mention.start
    ):
        subject = None  # "Alcázar, which is buying the operator and its 8,530 rooms": the bought's
    if subject is not None and _on_related_party(sentence, mention):
        subject = None  # "its buyer, which employs around 9,800 people": the buyer's
    if subject is not None and _on_owned_part(sentence, mention, left_edge, subject):
        subject = None  # "Acme Air's busiest route carried 310,000": the route's
    if subject is not None and _shared_by_listed(sentence, mention, entities, subject):
        subject = None  # "Acme, Globex and Initech each paid £2m": none of them alone
    return Context(subject, attribute, period, None, clause)


# Modifiers of a counted noun that name a part of the count (``data/part_modifiers.txt``;
# see ``factcheck.backoff.CountBackoff``)
PART_MODIFIERS = _words("part_modifiers.txt")
# A level of a share price ("Acme shares fell 1.8% to 205p") or an estimate ("kept its
# estimate of the cost at €310 million, or about €95 million after ..."): within a bounded
# window before the figure, no one-time sum
_SHARE_LEVEL_BEFORE = re.compile(r"\b(?:shares|stock|share\s+price)\b[^;:]{0,40}\bto\s+$", re.I)
_ESTIMATE_BEFORE = re.compile(r"\bestimat(?:e|es|ed|ing|ion)\b", re.IGNORECASE)
# A level a sum stands at ("its net cash position stood at $142 million", "X was unchanged
# at 233 pence", "closed at"): a balance or a price, never a one-time sum paid
_LEVEL_BEFORE = re.compile(
    r"\b(?:stood|stands|was\s+unchanged|were\s+unchanged|unchanged|closed|traded|trading|"
    r"finished|ended|settled)\s+(?:\w+\s+){0,2}?at\s+(?:(?:about|around|roughly|some)\s+)?$",
    re.IGNORECASE,
)
# A price with its day's move right after it, as a markets table writes a share price
# ("Bomi Cosmetics (KOSDAQ): 23,450 won, +3.4%", "$34.71 (-2.1%)")
_PRICE_MOVE_AFTER = re.compile(r"\s*[,(]\s*[+\-−–]\s?\d[\d.,]*\s?%")
# A new total a name is brought to ("Sobral brings Luzária to 1,330 megawatts across 32
# parks"): the named owner's whole after an addition, never the added thing's own figure
_NEW_TOTAL_BEFORE = re.compile(
    r"\b(?:brings|brought|bring|bringing|takes|took|take|taking|lifts|lifted|lifting)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){1,3}to\s+(?:(?:about|around|roughly|some|nearly|almost|"
    r"more\s+than|over|just\s+over)\s+)?$"
)
# A total of several parties' sums: "bringing the total penalties in the case to €3.9
# million", "taking the combined fines to $12m" (no one party's sum)
_TOTAL_BROUGHT_TO = re.compile(
    r"\b(?:brings|brought|bring|bringing|takes|took|take|taking|lifts|lifted|lifting|pushes|"
    r"pushed|pushing)\s+(?:the\s+)?(?:total|overall|combined|aggregate|cumulative)\s+"
    # what the total is of, then whom: never "the total Layover has raised" (its own)
    r"(?:[a-z][\w-]*\s+){0,2}?(?:in|across|for|from|on|against|imposed|levied|paid)\s+"
    r"(?:(?!ha[sd]\b|have\b)[^.;:\s]+\s+){0,6}?to\s+" + _APPROX_OR_FLOOR + "$",
    re.IGNORECASE,
)
# The size of a whole sector, told right after the sum: "a A$30 billion-plus sector", "a
# $4bn market" (no company's sum, whatever the company's one attribute in that currency)
_SIZE_OF_A_SECTOR = re.compile(
    r"(?:-plus|\+)?\s+(?:(?!(?:for|of|in|to|on|by|from|with|at|into|the|its|their)\b)"
    r"[a-z][\w-]*\s+){0,2}?(?:sector|market|industry|economy)\b"
)
# A sum demanded, not paid: "the authority had sought $61 million in damages", "is suing
# for", "claimed": what one side asked for, which the sum settled or imposed is not
_DEMANDED_BEFORE = re.compile(
    r"\b(?:sought|seeks|seeking|seek|demanded|demands|demanding|claimed|claiming|asked\s+for|"
    r"suing\s+(?:\w+\s+)?for|sued\s+(?:\w+\s+)?for)\s+(?:(?:\w+|the|an?)\s+){0,2}?"
    r"(?:(?:about|around|roughly|nearly|some|more\s+than|at\s+least|up\s+to)\s+)?$",
    re.IGNORECASE,
)
# A sum named by what it is in, right after it ("£84,000 in prosecution costs", "£2m in
# grants"): not the sum a corpus lends, which its sentence leaves unnamed. How it is paid
# ("in cash", "in shares") and a time or a place ("in March", "in the first half") name
# nothing.
_IN_WHAT_AFTER = re.compile(
    r"\s+in\s+(?!(?:cash|stock|shares|equity|debt|total|all|full|the|a|an|its|their|this|that|"
    r"last|next|each|early|late|mid|fiscal|financial|calendar)\b)(?-i:[a-z][\w-]*)"
)
# A sum of securities: "Brisamar's €400 million of bonds due 2029"
_OF_SECURITIES_AFTER = re.compile(
    r"\s+(?:of|in)\s+(?:[a-z][\w-]*\s+){0,2}?(?:bonds|notes|debt|loans|shares|stock|"
    r"debentures|paper)\b"
)
# The level a measure moved to, its move written before it: "its brand value fell 3% to
# €640 million" (a measure of its own, which no cue names)
_MOVED_BY_TO_BEFORE = re.compile(
    r"\b(?:rose|fell|grew|gained|slipped|dropped|declined|climbed|jumped|increased|decreased|"
    r"shrank|slid|eased|added|lost)\s+(?:by\s+)?[\d.,]+\s?(?:%|per\s*cent|percent)\s+to\s+"
    + _APPROX
    + "$",
    re.IGNORECASE,
)
# A row of a list or table, a name and a figure with no verb: "Brisamar (Spain) — €640m"
_LIST_ROW = re.compile(r"\W*(?:\d+\.\s+)?[A-Z][^.;:!?]{0,80}?\s+[—–-]\s+\S+\.?")
# A gift ("has given £150,000 to a river trust", "donated") or a sum spent ("had spent €8
# million so far on forensic work"): no fine, price or fee
# A share of a whole restated as a sum: "22% of Brennick's revenue, or about £65 million",
# "a third of its sales, or $1.2 billion": the sum is that part, never the whole
_SHARE_RESTATED_BEFORE = re.compile(
    r"(?:\d[\d.]*\s*(?:%|per\s?cent|percent)|\b(?:a|one|two)[\s-](?:third|quarter|fifth|"
    r"half)|\bhalf)\s+of\s+[^,;:()]{1,60},\s+or\s+" + _APPROX_OR_FLOOR + "$",
    re.IGNORECASE,
)
_GIFT_BEFORE = re.compile(
    r"\b(?:given|gave|gives|giving|donated|donates|donating|contributed|contributes|"
    r"granted|grants|spent|spends|spending)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than)\s+)?$",
    re.IGNORECASE,
)
# A sum that moved a total, not one paid: "currency movements knocked £2.1 million off
# the total", "wiped $40m off its value", "added €3m to revenue" (the verb right before the
# figure, "off", "from" or "to" right after it)
_MOVED_A_TOTAL = re.compile(
    r"\b(?:knock(?:s|ed|ing)?|wip(?:e|es|ed|ing)|shav(?:e|es|ed|ing)|lop(?:s|ped|ping)?|"
    r"trim(?:s|med|ming)?|chop(?:s|ped|ping)?|add(?:s|ed|ing)?|took|tak(?:e|es|ing))\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_OFF_OR_TO_AFTER = re.compile(r"\s+(?:off|from|to|onto)\b", re.IGNORECASE)
# A sum written in a currency's hundredth ("233 pence", "45 cents"): a price of one unit,
# never a total
_SUBUNIT = re.compile(r"\d\s*(?:p|pence|cents?|¢)(?!\w)", re.IGNORECASE)
# A sum with cents and no scale word ("the $18.40 offer", "€26.93", "RM0.42", "Rp1,845.50"):
# the price of one share or unit, never a whole
_UNIT_PRICE = re.compile(r"(?:[A-Z]{0,3}[$€£¥₹₩₦]|[A-Z][A-Za-z]{0,2}\s?)\d{1,4}[.,]\d{2}")
# A value put on a thing: "put the value of that freehold estate at £890 million", "the
# value of its stake at" (an appraisal, no sum paid)
_VALUE_OF_BEFORE = re.compile(
    r"\bvalue\s+of\s+(?:[\w'’-]+\s+){1,6}?at\s+" + _APPROX + "$",
    re.IGNORECASE,
)


def figure_is_unqualified(
    sentence: str,
    start: int,
    end: int,
    kind: Kind,
    rules: Mapping[str, tuple[AttributeRule, ...]] | None = None,
) -> bool:
    """Is a figure with no attribute free of every cue that ``describe`` reads as "no fact"?

    ``describe`` drops the attribute of a base of a comparison ("up from $980 million"), a
    projection, a part of a listed total, an earlier event, a sum set aside or of an earlier
    time; such a figure has no attribute for a reason, and must not be lent one (see
    ``factcheck.backoff.lent_attributes``); nor must a share price's level or an
    estimate, a price with its day's move ("23,450 won, +3.4%"), a level a balance stood
    at, a new total a name is brought to, a sum demanded ("had sought $61 million"), one
    paid "in addition to the fine", a gift or a sum spent, a sum that moved a total
    ("knocked £2.1 million off the total"), a sum named by what it is in ("£84,000 in
    prosecution costs"), a sum written in pence or cents or with cents and no scale ("the
    $18.40 offer": a unit's price), a sum of securities ("€400 million of bonds"), a row of
    a list ("Brisamar (Spain) — €640m"), a level a measure moved to ("its brand value fell
    3% to €640 million"), or a value put on a thing ("put the value of that
    freehold estate at £890 million"). ``start`` and ``end`` are the figure's offsets in
    ``sentence``. Every test is one of ``describe``'s own, or a search in a bounded window
    next to the figure (80 characters before it, 120 for "in addition to the fine").
    """
    rules = rules if rules is not None else default_attribute_rules()
    if not 0 <= start < end <= len(sentence):
        return False
    mention = Mention(kind, start, end, sentence[start:end], Amount(Decimal(0)))
    right = len(sentence)
    window = max(0, start - 80)
    return not (
        _SHARE_LEVEL_BEFORE.search(sentence, window, start)
        or _ESTIMATE_BEFORE.search(sentence, window, start)
        or _LEVEL_BEFORE.search(sentence, window, start)
        or _DEMANDED_BEFORE.search(sentence, window, start)
        or _BESIDES_THE_FINE.search(sentence, max(0, start - 120), start)
        or _GIFT_BEFORE.search(sentence, window, start)
        or _NEW_TOTAL_BEFORE.search(sentence, window, start)
        or _TOTAL_BROUGHT_TO.search(sentence, max(0, start - 110), start)
        or _SIZE_OF_A_SECTOR.match(sentence, end) is not None
        or (kind is Kind.MONEY and _PRICE_MOVE_AFTER.match(sentence, end) is not None)
        or (
            _MOVED_A_TOTAL.search(sentence, window, start) is not None
            and _OFF_OR_TO_AFTER.match(sentence, end) is not None
        )
        or _SHARE_RESTATED_BEFORE.search(sentence, max(0, start - 90), start)
        or (kind is Kind.MONEY and _IN_WHAT_AFTER.match(sentence, end) is not None)
        or (kind is Kind.MONEY and _OF_SECURITIES_AFTER.match(sentence, end) is not None)
        or _MOVED_BY_TO_BEFORE.search(sentence, window, start) is not None
        or _LIST_ROW.fullmatch(sentence) is not None
        or (kind is Kind.MONEY and _SUBUNIT.search(sentence, start, end) is not None)
        or (kind is Kind.MONEY and _UNIT_PRICE.fullmatch(sentence, start, end) is not None)
        or _VALUE_OF_BEFORE.search(sentence, window, start)
        or _is_baseline(sentence, mention, 0, right)
        or _projection(sentence, mention, rules.get("projection", ()), 0, right)
        or _listed_part(sentence, mention)
        or _earlier_event(sentence, mention, 0)
        or _when_last(sentence, mention)
        or _set_aside(sentence, mention)
        or _earlier_by(sentence, mention, 0) is not None
        or _AGO_AFTER.match(sentence, end) is not None
        or (kind is Kind.MONEY and _restated_after_a_sum(sentence, window, start, end))
    )


# A sum restated right after another ("revenue of KSh 3.9 billion, about $30 million"): the
# same figure in another currency or rounding, never a sum of its own to lend a price to
_RESTATED_AFTER_A_SUM = re.compile(
    r"\d(?:\s*(?:million|billion|trillion|bn|mn|m|crore|lakh))?\s*,\s+(?:or\s+)?"
    r"(?P<hedge>(?:about|around|roughly|some|nearly|approximately|equivalent\s+to)\s+)?$",
    re.IGNORECASE,
)
_HEDGE_FIRST = re.compile(r"(?:about|around|roughly|some|nearly|approximately)\s", re.IGNORECASE)


def _restated_after_a_sum(sentence: str, window: int, start: int, end: int) -> bool:
    """Is the sum a hedged restatement of the sum right before it ("revenue of KSh 3.9
    billion, about $30 million"), the hedge before it or within it?"""
    found = _RESTATED_AFTER_A_SUM.search(sentence, window, start)
    return found is not None and (
        found.group("hedge") is not None or _HEDGE_FIRST.match(sentence, start, end) is not None
    )


# A site's own workforce: "taking the Nomi site's total workforce to about 1,100", "the
# plant's staff of 420" (the company's headcount is another count)
_SITES_WORKFORCE = re.compile(
    r"\b(?P<site>(?:[A-Z][\w'’.-]*\s+)?(?:site|plant|factory|fab|mill|yard|campus|hub|works|"
    r"mine|shaft|store|hospital|depot|warehouse|centre|center))['’]s\s+"
    r"(?:(?:total|entire|whole|own|current)\s+)?(?:workforce|headcount|staff|payroll)\b"
)
# Debt a buyer takes on, written after the sum: "US$88 million of Kestrel Valley's debt"
# (a part of an enterprise value, never the price paid)
_OF_DEBT_AFTER = re.compile(
    r"\s+(?:of|in)\s+(?:[\w'’.&-]+\s+){0,3}?(?:net\s+)?(?:debt|borrowings|liabilities|loans)\b"
)
_DEBT_WAS_BEFORE = re.compile(
    r"\b(?:net\s+)?(?:debt|borrowings)\b[^.;:,]{0,40}?\b(?:was|is|stood\s+at|of|totalled|"
    r"totaled|reached|came\s+to)\s+" + _APPROX + "$"
)
_SHARES_WORTH_BEFORE = re.compile(
    r"\bshares\b[^.;:]{0,70}?\b(?:were|are|was|is|would\s+be)\s+worth\s+" + _APPROX + "$"
)
_PRICES = frozenset(["acquisition_price", "deal_value", "investment", "valuation"])
# What a court or a regulator orders a party to pay: whoever it names is the payer
_PENALTIES = frozenset(["fine", "damages"])
# A holder's stake in a named company: "already owns 19.9 percent of Kvitsand", "had
# quietly built a 15.9 percent stake in Kvitsand", "holds a 9.8% interest in Globex"
_STAKE = "stake"
_HOLDS_BEFORE = re.compile(
    r"\b(?:owns|owned|own|holds|held|hold|controls|controlled|(?:built|amassed|accumulated)"
    r"(?:\s+up)?|(?:has|had|have)\s+(?:quietly\s+|already\s+|gradually\s+)?(?:built(?:\s+up)?|"
    r"amassed|accumulated|owned|held))\s+(?:(?:a|an|its|their)\s+)?"
    r"(?:(?:direct|indirect|combined|total)\s+)?$"
)
_STAKE_IN_AFTER = re.compile(
    r"\s+(?:(?:stake|holding|interest|shareholding)\s+in|of)\s+(?:the\s+)?(?=[A-Z])"
)


def _stake_held_in(
    sentence: str, mention: Mention, entities: Sequence[Entity]
) -> tuple[str, str] | None:
    """The holder and the company of a holder's stake, when a verb of holding stands right
    before the percentage, the company's name right after it and the holder's name before
    the verb ("Nordfjord, which already owns 19.9 percent of Kvitsand", "Nordfjord had
    built a 15.9 percent stake in Kvitsand"); else None."""
    verb = _HOLDS_BEFORE.search(sentence, max(0, mention.start - 50), mention.start)
    if verb is None:
        return None
    after = _STAKE_IN_AFTER.match(sentence, mention.end)
    if after is None:
        return None
    held = next((e.name for e in entities if e.start == after.end()), None)
    holder = next(
        (
            e.name
            for e in reversed(entities)
            if e.end <= verb.start() and _HOLDER_GAP.fullmatch(sentence, e.end, verb.start())
        ),
        None,
    )
    if held is None or holder is None or subject_key(holder) == subject_key(held):
        return None
    return holder, held


# between the holder and the verb: "Nordfjord, which already ", "Nordfjord now "
_HOLDER_GAP = re.compile(r"(?:,\s+which|,\s+who)?\s+(?:[a-z]+\s+){0,3}")


# Several holders' stakes together: "holders of 17.6% of Bellcroft's shares have given such
# undertakings" (no one holder's stake)
_HOLDERS_OF = re.compile(
    r"\b(?:holders|shareholders|investors|owners)\s+(?:(?:of|holding|owning|with)\s+)"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over)\s+)?$"
)
# "fined the Mallorca group €6.4 million": the party fined, then the sum
_FINED_RIGHT_BEFORE = re.compile(
    # "fined Credito SpA, the company that provided the loans, €400,000": an aside between
    r"\bfined\s+(?:the\s+)?(?:[\w'’.&-]+\s+){0,3}?[\w'’.&-]+(?:,[^,;:()]{1,90},)?\s+"
    + _APPROX
    + "$"
)
_ONE_OF_ITS_LARGEST = re.compile(
    r"\b[Oo]ne\s+of\s+(?:the\s+)?(?P<whole>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:largest|biggest|oldest|leading|top|main|best-known|major)\b"
)
_AGREED_TO_PAY = re.compile(
    r"\bagree(?:s|d|ing)?\s+to\s+pay\s+(?:[\w'’.-]+\s+){0,3}?" + _APPROX + "$"
)
_VALUES_THE_DEAL = re.compile(
    r"\bvalu(?:ing|es|ed)\s+the\s+(?:whole\s+|entire\s+|total\s+)?(?:transaction|deal|"
    r"takeover|acquisition|purchase|offer|buyout)\s+at\s+" + _APPROX + "$"
)
# the sum's own noun after it: "RM1.53 million in fines"
_IN_FINES_AFTER = re.compile(r"\s+in\s+(?:[a-z][\w-]*\s+)?(?:fines|penalties)\b")
# What a buyer buys, and its count: "is buying the operator and its 8,530 rooms"
_BOUGHT_AND_ITS = re.compile(
    r"\b(?:buying|acquiring|buy|acquire|bought|acquired|taking\s+over|take\s+over)\s+"
    r"[^,;:.]{1,40}?\s+and\s+its\s+" + _APPROX + "$"
)
# A figure of a class of things, its plural noun right after it: "the US$40 million-plus
# rounds raised by some Lagos and Cairo companies"
_CLASS_AFTER = re.compile(
    r"(?:-plus)?\s+(?:(?!in\b|of\b)[a-z]+\s+)?(?:rounds|deals|fines|penalties|offers|bids|"
    r"takeovers)\b"
)
# A condition: "the deal can be called off if those claims exceed 300 billion won"
_IF_CLAUSE_BEFORE = re.compile(r"\b(?:if|unless)\s+[^,;:.]{1,60}$", re.IGNORECASE)
# A part of a whole told right after it: "about 1,900 people at its resorts in the Algarve,
# out of roughly 4,100 across Portugal"
_OUT_OF_AFTER = re.compile(r"[^.;:]{0,80}?,\s+out\s+of\s+")
# An all-share deal's worth at one day's price: "puts the market value of the deal at"
_DEALS_MARKET_VALUE = re.compile(
    r"\bmarket\s+value\s+of\s+(?:the|its|their)\s+(?:deal|offer|bid|transaction|merger)\s+"
    r"(?:at|to)\s+" + _APPROX + "$",
    re.IGNORECASE,
)
# A flotation named before a price a share: "The 2007 stock-market flotation, at 180p a
# share" (an IPO's price told as "priced its IPO at $24 per share" stays a price per share,
# as every article writes it)
_LISTING_BEFORE = re.compile(r"\b(?:flotation|float)\b[^.;]{0,40}$", re.IGNORECASE)
# A share's worth, written before the sum: "the new ratio values each Bellcroft share at
# about 415p" (a price per share, never the company's valuation)
_EACH_SHARE_AT = re.compile(
    r"\beach\s+(?:[A-Z][\w'’.&-]*\s+){0,3}share\s+at\s+" + _APPROX + "$"
)
# A fine imposed on a description, after the sum: "€6.3 million on the company", "penalty the
# Central Bank of Nigeria imposed on the lender"
_FINE_ON_DESCRIPTION = re.compile(
    r"[^.;:]{0,80}?\b(?:imposed|levied|slapped)?\s*on\s+(?:the|its)\s+(?:[a-z][\w-]*\s+)?"
    r"(?P<noun>company|lender|bank|group|firm|insurer|operator|utility|carrier|airline|"
    r"business|subsidiary|retailer|maker|producer|developer|chain)\b"
)


def fined_description(sentence: str, end: int) -> str | None:
    """The description a fine ending at ``end`` is imposed on ("a fine of €6.3 million on
    the company", "the N4.2 billion penalty the central bank imposed on the lender"): its
    head noun, which the article's memory resolves as it resolves "The company" opening a
    sentence; None when the sentence imposes no fine on a description."""
    found = _FINE_ON_DESCRIPTION.match(sentence, end)
    return found.group("noun") if found else None
# A fine on a pronoun: "fined it NT$84 million", "ordered them to pay a $2m penalty"
_FINED_A_PRONOUN = re.compile(
    r"\b(?:fined|penalised|penalized|ordered)\s+(?:it|them)\s+(?:to\s+pay\s+)?"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?$"
)
# Staff at one site, named after the count: "employs about 430 people at its head office"
# ("at its headquarters in Culver City" is where a company is, often all of it)
_AT_ITS_SITE = re.compile(
    r"\s+(?:(?:full-time|part-time|permanent)\s+)?(?:people|staff|employees|workers)\s+at\s+"
    r"(?:its|the|their)\s+(?:[\w-]+\s+){0,2}?(?P<site>head\s+office|plant|"
    r"factory|site|mill|campus|warehouse|depot|mine|refinery|hub|bakery|office)\b"
)
# A level a business started with: "The app launched in May 2024 with 12 bakeries",
# "opened in 2019 with 40 staff": of that start, never of now
_AT_ITS_START = re.compile(
    r"\b(?:launched|opened|started|began|debuted|went\s+live|was\s+founded|was\s+set\s+up)"
    r"\b[^,;:.]{0,40}?\bwith\s+(?:(?:just|only|about|around|roughly|some)\s+)?$"
)
# The cash part of a price paid partly in shares: "will pay R6.1 billion in cash and issue
# 40 million new shares", "paid £48m in cash and issued 2.1 million shares to its owners"
_PAID_BEFORE = re.compile(
    r"\b(?:pay|pays|paid|paying)\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
_IN_CASH_AND_SHARES = re.compile(
    r"\s+in\s+cash\s+and\s+(?:will\s+)?(?:issue|issued|issues|issuing|hand\s+over|handed\s+over)\s+"
    r"(?:[\w.,-]+\s+){1,3}?(?:new\s+|ordinary\s+)?shares\b",
    re.IGNORECASE,
)


def _cash_with_shares(sentence: str, mention: Mention) -> bool:
    """Is the sum the cash part of a price whose other part is shares ("will pay R6.1
    billion in cash and issue 40 million new shares")? Its payer's `consideration
    (cash)`: the whole price is another figure, and the cash part of one deal told twice
    must agree."""
    return bool(
        _PAID_BEFORE.search(sentence, max(0, mention.start - 30), mention.start)
        and _IN_CASH_AND_SHARES.match(sentence, mention.end)
    )


# A count of units of time is a span a figure covers, never a fact of its own ("the six
# months to September" is no count of months; "over two years" none of years)
_SPAN_COUNTED = re.compile(
    r"count of (?:[\w-]+ )?(?:months?|weeks?|years?|days?|quarters?|hours?|decades?|minutes?|"
    r"seasons?|nights?)\b"
)
# A quantity a plant or a company adds: "to add 8 million metres of capacity, taking the
# mill to 56 million metres a year" (an increment, never the level it reaches)
_ADDED_BEFORE = re.compile(
    r"\b(?:add|adds|added|adding)\s+(?:(?:about|around|roughly|some|nearly|almost|another|"
    r"a\s+further|more\s+than|up\s+to)\s+)?$",
    re.IGNORECASE,
)
# What two companies make together once a takeover is done: "the enlarged group had",
# "the two companies had combined revenue of", "On a pro forma basis" or "on a combined
# basis", "With Sabarmati,
# Vardhana now operates", "Including Skyport, ...", "Since last month, when it completed
# the takeover of X, the group has"; and "will operate 50 lounges after the deal"
_COMBINATION_BEFORE = re.compile(
    r"(?i:\bthe\s+(?:combined|enlarged|merged)\s+(?:group|company|business|entity|firm)\b|"
    r"\bcombined\s+(?:revenue|sales|turnover|profits?|ebitda|capacity|workforce|headcount|"
    r"fleet|estate)\b|\bpro[- ]forma\b|\bon\s+a\s+combined\s+basis\b|"
    # "Its 1,150 employees take Brackwell's total workforce to about 7,350": the new total,
    # when what was bought is the verb's subject ("has hired 420 people, taking the site's
    # total workforce to about 1,100" is the site's own level)
    r"\b(?:take|takes|took|bring|brings|brought)\s+[^,;:.]{1,40}?['’]s?\s+"
    r"(?:total\s+|combined\s+|overall\s+)?(?:workforce|headcount|staff|estate|fleet|network|"
    r"portfolio|branches|sites|stores)\s+to\s*$|"
    r"\bwhen\s+it\s+completed\s+(?:the|its)\s+"
    r"(?:takeover|acquisition|purchase)\s+of\b)|"
    r"^\W*(?:With|Including)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*\s*,|"
    # "Once the deal closes, the group will run 970 clinics": every figure after it
    r"^\W*(?i:(?:once|after|when|following)\s+the\s+(?:deal|takeover|merger|acquisition|"
    r"transaction)\b)[^,;:.]{0,30},|"
    # "said the deal would create a group with 123 hotels and 29,750 rooms"
    # "Harbourline becomes a trans-Tasman group with close to 70 villages", "turns Egeon into
    # a two-country operator with 23 vessels"
    r"(?i:\b(?:create|creates|creating|becomes|become|becoming|(?:turns?|turned|turning|"
    r"makes?|made|making)\s+[^,;:.]{1,40}?\binto)\s+(?:a|an|the)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:group|company|business|operator|chain|player)\s+with\b)|"
    # "Once combined, the group will have capacity of", "After completion, ..."
    r"^\W*(?i:(?:once|when|after)\s+(?:combined|merged|completed|completion)\b)[^,;:.]{0,30},"
)
_COMBINATION_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:after|once|following)\s+the\s+(?:deal|takeover|merger|acquisition)\b",
    re.IGNORECASE,
)


def _of_the_combination(sentence: str, mention: Mention, attribute: str) -> bool:
    """Is a level or a result (a count, a quantity, revenue or a profit) that of the group
    a takeover makes ("the enlarged group had 1,452 shops", "With X, Y now operates",
    "will operate 50 lounges after the deal")? Then it is no figure of either company
    alone: ``(combined)`` keeps it apart from both, and beside the same combination told
    elsewhere. A deal's price or a fine is never combined."""
    if mention.kind not in (Kind.COUNT, Kind.QUANTITY) and not is_result(
        mention.kind, attribute
    ):
        return False
    if mention.kind is Kind.PERCENT:
        return False
    return bool(
        _COMBINATION_BEFORE.search(sentence, 0, mention.start)
        or _COMBINATION_AFTER.match(sentence, mention.end)
    )


# A time long past told after the figure: "paid £260mn for the business seven years ago",
# "bought it for $40m a decade earlier" (bounded: 50 characters, within the clause)
_AGO_AFTER = re.compile(
    r"[^.;:]{0,50}?\b(?:(?:\w+|a)\s+)?(?:years?|months?|decades?)\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)


def _counted(
    sentence: str,
    mention: Mention,
    others: Sequence[Mention],
    rules: Mapping[str, tuple[AttributeRule, ...]],
    left_edge: int,
) -> str | None:
    """What a count counts: "a workforce of 2,100" and "employs 2,100 people" a headcount,
    "passenger numbers rose to 16 million" passengers, "its subscriber base stood at 7.4
    million" subscribers (the base says what is counted, whatever word follows), "launched
    seven new AI models" new AI models launched. What other counted things have ("57
    theaters with 612 screens") is of those things (``_of_counted``); the whole a share is
    of ("7.4% of the 38,700 screens in the U.S.") is nobody's, and so is a whole market's
    ("a small share of the country's roughly 45,000 pubs")."""
    if _SHARE_OF_BEFORE.search(sentence, max(0, mention.start - 20), mention.start):
        return None
    if _WHOLE_OWNER_BEFORE.search(sentence, max(0, mention.start - 30), mention.start):
        return None
    attribute = _count_read(sentence, mention, rules, left_edge)
    owners = _of_counted(sentence, mention, others)
    return attribute if attribute is None or owners is None else f"{attribute} (of {owners})"


# "7.4% of the 38,700 screens": the whole a share is of
_SHARE_OF_BEFORE = re.compile(r"(?:%|\bper\s*cent)\s+of\s+(?:the\s+|all\s+)?$", re.I)
# "the country's roughly 45,000 pubs", "the industry's 1,900 breweries": a whole market's
# count, never the sentence subject's
_WHOLE_OWNER_BEFORE = re.compile(
    r"\b(?:the|this|that)\s+(?:country|nation|world|industry|market|sector|region|state|"
    r"province|city|continent|island)['’]s\s+$",
    re.IGNORECASE,
)
# Between a count of things and a count of what they have: "57 theaters with 612 screens",
# "two Beacon theaters in Omaha, with 24 screens", "The 17 former Bijou sites, which have
# 124 screens", "The 17 cinemas have 142 screens"
_HAVE_AFTER_COUNTED = re.compile(
    r"(?:\s+(?!(?:and|or|but|of|to|for)\b)[\w'’-]+){1,4}"
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,?\s+"
    r"(?:with|(?:which|that)\s+(?:have|has|had)|have|has|had|having|housing)\s+"
    r"(?:(?:a\s+total\s+of|about|around|roughly|nearly|almost|some|more\s+than|over)\s+)?"
)


def _of_counted(sentence: str, mention: Mention, others: Sequence[Mention]) -> str | None:
    """The number of things the count belongs to, when it is what a counted set of other
    things has: "operates 57 theaters with 612 screens" counts the screens of 57 theaters,
    "to sell two Beacon theaters in Omaha, with 24 screens" those of two. Such a count is
    of its set: two sold theaters' 24 screens never meet a chain's 612, and a set's screens
    meet the same set's told elsewhere."""
    before = [o for o in others if o.end <= mention.start and o.kind is not Kind.DATE]
    if not before:
        return None
    counted = max(before, key=lambda o: o.start)
    if counted.kind is not Kind.COUNT or not isinstance(counted.value, Amount):
        return None
    if not _HAVE_AFTER_COUNTED.fullmatch(sentence, counted.end, mention.start):
        return None
    return f"{counted.value.value.normalize():f}"


def _count_read(
    sentence: str,
    mention: Mention,
    rules: Mapping[str, tuple[AttributeRule, ...]],
    left_edge: int,
) -> str | None:
    """What a count counts, by the words around it (see ``_counted``)."""
    window = max(left_edge, mention.start - 40)
    if not mention.unit and _HEADCOUNT_OF.search(sentence, window, mention.start):
        return _HEADCOUNT_ATTRIBUTE
    if not mention.unit and (level := _level_count(sentence, mention)):
        return level
    base = _base_count(sentence, mention)
    if base is not None:
        return _same_counted(base, rules.get("count heads", ()))
    if not mention.unit or mention.unit == "x":
        return None
    attribute = _count_attribute(sentence, mention, left_edge)
    if attribute is None:
        return None
    attribute = _same_counted(attribute, rules.get("count heads", ()))
    attribute = _same_counted_noun(
        attribute, rules.get("count nouns", ()), rules.get("count noun verbs", ())
    )
    return _headcount(attribute)  # "employs 640 people" = "has 640 employees"


# "rose 4.2% to 2.84 million": the level a change runs to, right after the percentage
_TO_LEVEL = re.compile(r"\s+to\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?$", re.I)
# Between a count and ", up 12%": its noun and a span, no verb or clause of their own
_COUNT_TO_CHANGE = re.compile(r"(?:\s+[a-z][\w-]*)*\s*", re.I)
_VERB_FORM = re.compile(r"\b(?:[a-z]+ed|is|was|are|were|has|had|said|says)\b")


def _changed_count(
    sentence: str,
    mention: Mention,
    others: Sequence[Mention],
    rules: Mapping[str, tuple[AttributeRule, ...]],
    left_edge: int,
) -> str | None:
    """The count a percentage is the change of, as "growth of count of passengers":
    "passenger numbers rose 4.2% to 2.84 million", "deliveries fell 3% to 98,000 bikes",
    "carried 2.84 million passengers in the third quarter, up 4.2%". Two articles that give
    one quarter's passenger growth as 4.2% and 7.2% contradict each other as surely as two
    revenue growths do; the level and its change are read together, so the change counts
    what its level counts."""
    if mention.unit != "%" or "point" in mention.text.casefold():
        return None
    level: Mention | None = None
    verb = _CHANGED_BEFORE.search(sentence, max(left_edge, mention.start - 60), mention.start)
    if verb is not None:
        up = bool(verb.group("up") or verb.group("up2"))
        level = next(
            (
                o
                for o in others
                if o.kind is Kind.COUNT
                and o.start > mention.end
                and _TO_LEVEL.fullmatch(sentence, mention.end, o.start)
            ),
            None,
        )
    after = _UP_AFTER_LEVEL.search(sentence, max(0, mention.start - 12), mention.start)
    if level is None and after is not None:
        up = after.group("up") is not None
        # the comma before "up" ends the level's clause: its verb is looked for before it
        level, left_edge = _count_before(sentence, others, after.start()), 0
    if level is None:
        return None
    counted = _counted(sentence, level, others, rules, left_edge)
    return None if counted is None else f"{_CHANGES[0] if up else _CHANGES[1]}{counted}"


def _count_before(sentence: str, others: Sequence[Mention], end: int) -> Mention | None:
    """The count whose change ", up 4.2%" tells at ``end``: the last figure before it, with
    only its noun and a span between ("2.84 million passengers in the third quarter")."""
    figures = [o for o in others if o.end <= end and o.kind is not Kind.DATE]
    if not figures:
        return None
    level = max(figures, key=lambda o: o.start)
    dates = [(o.start, o.end) for o in others if o.kind is Kind.DATE]
    between = _without(sentence, level.end, end, dates)
    if (
        level.kind is not Kind.COUNT
        or not _COUNT_TO_CHANGE.fullmatch(between)
        or len(between.split()) > 8
        or _VERB_FORM.search(between)
    ):
        return None
    return level


# What stands between a rank and the figure it was won with: "was third with 34,100 units",
# "held third place with 39,800 units"
_WITH_AFTER_RANK = re.compile(
    r"\s+(?:place|spot|position)?\s*with\s+(?:(?:about|around|roughly|nearly|almost|some|"
    r"just\s+(?:over|under)|more\s+than)\s+)?",
    re.IGNORECASE,
)


def _beside_a_rank(sentence: str, mention: Mention, others: Sequence[Mention]) -> bool:
    """Is the figure the one a rank was won with ("Tejas Auto was third with 34,100
    units")? It is the ranking's measure over the ranking's time: a month's sales in a
    monthly table, a year's in an annual one. With no date in its sentence that time is
    unwritten, and two such figures from tables a month apart are two months' figures."""
    return any(
        o.kind is Kind.RANK
        and o.end <= mention.start
        and _WITH_AFTER_RANK.fullmatch(sentence, o.end, mention.start) is not None
        for o in others
    )


# A count in the future, at a milestone still to come: "It will employ about 260 people
# when fully staffed", "will employ about 350 people when it opens". A plan, which meets
# only plans (the level today is another fact); "After the cuts, X will employ 430 people"
# names no milestone after the count and is the level that follows the news.
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|'ll|shall|(?:is|are)\s+(?:set|due)\s+to)\s+(?:[a-z]+\s+){1,3}$", re.IGNORECASE
)
_MILESTONE_AFTER = re.compile(r"(?:\s+[\w-]+){0,4}?,?\s+(?:when|once)\b", re.IGNORECASE)
# Several holders' sum: "the two holders together account for 37.3%", "jointly own 41%"
_TOGETHER_BEFORE = re.compile(
    r"\b(?:together|jointly|between\s+them)\s+(?:[a-z]+\s+){0,3}$"
    # "Taken together, the A and B brands would be worth about €1.45 billion"
    r"|^\W*(?:Taken\s+together|Together|Combined),[^;:.]{0,80}$",
    re.IGNORECASE,
)
# "there" after the counted noun: a place the text named before ("employ 180 people there")
_THERE_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+there\b(?!\s+(?:is|are|was|were)\b)")


# A sum lost, or one something costs a company in revenue: a loss, never the revenue a cue
# near it names ("a business that lost ¥29.6 billion", "the cuts will cost it roughly KSh 3
# billion in annual revenue")
_LOST_BEFORE = re.compile(
    r"\b(?:lost|loses|lose|losing|(?:cost|costs|costing)(?:\s+(?:it|them|us|the\s+\w+))?)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just\s+(?:over|under))\s+)?$",
    re.IGNORECASE,
)
# A part of a sum, written as the head of the figure's own noun phrase: "paid the R30 million
# portion of ICASA's fine that was not suspended"
_PORTION_AFTER = re.compile(r"\s+(?:portion|part|instal(?:l)?ment)\s+of\b", re.IGNORECASE)
