"""Read a figure's context in its sentence: subject, attribute, period, rank item and board.

Pure text in, plain values out: the caller (``factcheck.pipeline``) passes the sentence,
the figure's ``Mention``, the entities found by the spaCy pipeline (as ``Entity`` offsets)
and the dates found in the sentence. Keeping spaCy out of this module keeps it fast to
test and usable with any tokenizer.

Every rule here prefers silence to a guess: a figure whose subject or attribute is unclear
gets ``None``, and the reconciler abstains on it.

The package holds one concern a module, each importing only the ones listed before it:

* ``clauses``: clause edges, asides, word windows, shared regex blocks and word lists;
* ``attributes``: attribute rules and cue finding (what a figure is a figure of);
* ``periods``: periods, fiscal years, halves, quarters, "as of", levels in time;
* ``subjects``: choosing a figure's subject, and descriptions that refer back;
* ``roles``: who pays, is bought, fined or invested in (money figures' parties);
* ``events``: the dates of one-time events (founded, opened, completed), facilities;
* ``ranks``: rank items, boards and editions;
* ``reading``: ``describe``, which reads one figure's whole context from all of them.

Every name other modules use is re-exported here, so ``from factcheck.context import X``
works as it did when this was one module.
"""

from __future__ import annotations

from factcheck.context.attributes import (
    _ATTRIBUTE_MODIFIERS,
    _DATE_FORWARD_STOP,
    _PLURAL_BEFORE,
    LENT_ATTRIBUTES,
    AttributeRule,
    _cue_scanners,
    _find_cue,
    cumulative_attributes,
    default_attribute_rules,
    is_change,
    is_level,
    is_margin,
    is_quoted_price,
    is_result,
    load_attribute_rules,
    reads_as_a_result,
    third_party_figures,
)
from factcheck.context.clauses import (
    _CLAUSE_OPENER,
    _FORWARD_STOP,
    _HARD_BOUNDARY,
    _PLACE_DESCRIPTION,
    _PRONOUN_START,
    _WORD,
    Context,
    Entity,
    _asides,
    _clause_edges,
    _words_window,
    without_dateline,
)
from factcheck.context.events import (
    FLOOR_AREA,
    named_facilities,
)
from factcheck.context.periods import (
    SPAN_QUALIFIERS,
    passage_quarter,
    passage_results_year,
    passage_span,
    passage_year,
    quarter_named,
    results_span_named,
    results_year,
    results_year_named,
)
from factcheck.context.ranks import (
    BOARD_NOUNS,
    EDITION_WORDS,
    article_board,
    board_editions,
    described_holder,
    group_ranked_within,
    month_named_editions,
    normalise_board,
    year_named_editions,
)
from factcheck.context.reading import (
    PART_MODIFIERS,
    describe,
    figure_is_unqualified,
    fined_description,
)
from factcheck.context.roles import (
    deal_kind,
    fee_rises_with_add_ons,
    round_named,
    takeover_target,
    valued_description,
    written_basis,
)
from factcheck.context.subjects import (
    clause_description,
    described_referent,
    names_compete,
    refers_back,
    remember_description,
    sentence_subject,
    usable_entities,
)

__all__ = [
    "BOARD_NOUNS",
    "EDITION_WORDS",
    "FLOOR_AREA",
    "LENT_ATTRIBUTES",
    "PART_MODIFIERS",
    "SPAN_QUALIFIERS",
    "_ATTRIBUTE_MODIFIERS",
    "_CLAUSE_OPENER",
    "_DATE_FORWARD_STOP",
    "_FORWARD_STOP",
    "_HARD_BOUNDARY",
    "_PLACE_DESCRIPTION",
    "_PLURAL_BEFORE",
    "_PRONOUN_START",
    "_WORD",
    "AttributeRule",
    "Context",
    "Entity",
    "_asides",
    "_clause_edges",
    "_cue_scanners",
    "_find_cue",
    "_words_window",
    "article_board",
    "board_editions",
    "clause_description",
    "cumulative_attributes",
    "deal_kind",
    "default_attribute_rules",
    "describe",
    "described_holder",
    "described_referent",
    "fee_rises_with_add_ons",
    "figure_is_unqualified",
    "fined_description",
    "group_ranked_within",
    "is_change",
    "is_level",
    "is_margin",
    "is_quoted_price",
    "is_result",
    "load_attribute_rules",
    "month_named_editions",
    "named_facilities",
    "names_compete",
    "normalise_board",
    "passage_quarter",
    "passage_results_year",
    "passage_span",
    "passage_year",
    "quarter_named",
    "reads_as_a_result",
    "refers_back",
    "remember_description",
    "results_span_named",
    "results_year",
    "results_year_named",
    "round_named",
    "sentence_subject",
    "takeover_target",
    "third_party_figures",
    "usable_entities",
    "valued_description",
    "without_dateline",
    "written_basis",
    "year_named_editions",
]
