"""From documents to claims: sentences and names from spaCy, figures from the extractors,
context from the rules in ``factcheck.context``, sourcing from ``extract.attribution``.

This is the only module that touches spaCy objects; everything it returns is plain data.
One document's failure is recorded in its ``DocumentStatus`` and never stops the others.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from factcheck.backoff import ranking_cue, read_apart, unqualified
from factcheck.context import (
    FLOOR_AREA,
    SPAN_QUALIFIERS,
    AttributeRule,
    Entity,
    article_board,
    board_editions,
    clause_description,
    deal_kind,
    default_attribute_rules,
    describe,
    described_holder,
    described_referent,
    fee_rises_with_add_ons,
    fined_description,
    is_level,
    is_margin,
    month_named_editions,
    named_facilities,
    names_compete,
    passage_quarter,
    passage_results_year,
    passage_span,
    passage_year,
    quarter_named,
    reads_as_a_result,
    refers_back,
    remember_description,
    results_span_named,
    results_year,
    results_year_named,
    round_named,
    sentence_subject,
    takeover_target,
    third_party_figures,
    valued_description,
    year_named_editions,
)
from factcheck.corpus import Corpus
from factcheck.extract import find_mentions
from factcheck.extract.attribution import Attribution, leads
from factcheck.extract.attribution import attribute as attribute_source
from factcheck.letters import Respelling, fold
from factcheck.model import (
    Claim,
    DateValue,
    Document,
    DocumentStatus,
    Granularity,
    Kind,
    Location,
    Mention,
    Period,
)
from factcheck.nlp import LINE_BREAKS, NAME_FINDER, PlainNames, build_pipeline
from factcheck.referents import DocumentReferents, owned_facility
from factcheck.segment import Sentence, sentences
from factcheck.subjects import (
    BUSINESS_WORDS,
    OF_NAME_HEADS,
    PERSON_ROLE_PATTERN,
    AliasTable,
    corpus_names,
    find_names,
    has_designator,
    of_name_tail,
    subject_key,
)

log = logging.getLogger(__name__)

BATCH_SIZE = 32


Outcome = list[Claim] | str  # a document's claims, or why it failed


@dataclass(frozen=True)
class Extraction:
    """Claims of a corpus, and the status of every document in it."""

    claims: tuple[Claim, ...]
    documents: tuple[DocumentStatus, ...]

    @classmethod
    def of(
        cls, failures: Iterable[DocumentStatus], outcomes: Iterable[tuple[Document, Outcome]]
    ) -> Extraction:
        """The claims of documents in the order given, and every document's status sorted
        by id (the documents that could not be read first listed in ``failures``): the same
        result however the work was done, serially, in processes or from a cache."""
        claims: list[Claim] = []
        statuses = list(failures)
        for document, outcome in outcomes:
            if isinstance(outcome, str):
                log.warning("%s: extraction failed: %s", document.id, outcome)
                statuses.append(DocumentStatus(document.id, "failed", outcome))
                continue
            claims.extend(outcome)
            statuses.append(DocumentStatus(document.id, "checked", None, len(outcome)))
        statuses.sort(key=lambda s: s.id)
        return cls(tuple(claims), tuple(statuses))


def claims_or_error(extractor: Extractor, document: Document) -> Outcome:
    """The claims of one document, or the reason it failed: one document never stops the
    others."""
    try:
        return extractor.claims_of(document)
    except Exception as exc:
        return f"{document.id}: {type(exc).__name__}: {exc}"


class Extractor:
    """Turns documents into claims. Build once (it compiles the pipeline), reuse often."""

    def __init__(
        self,
        *,
        nlp: Language | None = None,
        aliases: AliasTable | None = None,
        attributes: Mapping[str, tuple[AttributeRule, ...]] | None = None,
    ) -> None:
        self.aliases = aliases if aliases is not None else AliasTable.default()
        self.nlp = build_pipeline(self.aliases, nlp)
        # sentences arrive already split, one per Doc: splitting them again is wasted work
        self._presplit = [n for n in ("sentencizer", LINE_BREAKS) if n in self.nlp.pipe_names]
        self._pipe_names = list(self.nlp.pipe_names)
        self._plain = PlainNames(self.nlp) if PlainNames.applies_to(self.nlp) else None
        self._canonical = self._canonical_names()
        self.attributes = attributes if attributes is not None else default_attribute_rules()

    @property
    def _results(self) -> frozenset[str]:
        """The attributes of results (revenue, profit, ...): the money rules with segments."""
        return frozenset(r.name for r in self.attributes.get("money", ()) if r.segments)

    def extract(
        self,
        corpus: Corpus,
        *,
        progress: Callable[[int, int], None] | None = None,
        jobs: int = 1,
        cache: str | Path | None = None,
    ) -> Extraction:
        """Claims of every document. ``progress(done, total)``, when given, is called once
        before the first document and after each one, so a caller can show a progress bar
        without this module knowing about terminals.

        ``jobs`` processes share the work (0 or -1: every core), with the same result as
        one; ``cache`` is a directory where claims are kept per document, so a later run
        only extracts what changed (see ``factcheck.parallel`` and ``factcheck.cache``).
        """
        if jobs != 1 or cache is not None:
            from factcheck.parallel import extract_corpus

            return extract_corpus(self, corpus, progress=progress, jobs=jobs, cache=cache)
        total = len(corpus.documents)
        if progress is not None:
            progress(0, total)

        def each() -> Iterator[tuple[Document, Outcome]]:
            for done, pair in enumerate(self._each(corpus.documents), start=1):
                yield pair
                if progress is not None:
                    progress(min(done, total), total)

        return Extraction.of(corpus.failures, each())

    def _each(self, documents: Iterable[Document]) -> Iterator[tuple[Document, Outcome]]:
        docs = list(documents)
        if NAME_FINDER in self.nlp.pipe_names:
            finder = self.nlp.get_pipe(NAME_FINDER)
            finder.corpus_names = corpus_names(d.text for d in docs)  # type: ignore[attr-defined]
        for document in docs:
            yield document, claims_or_error(self, document)

    def claims_of(self, document: Document) -> list[Claim]:
        """Every claim of one document, in reading order.

        Sentences are split by rule and the extractors run on each; only the sentences
        that hold a figure, and the one before each (a pronoun's antecedent), are read for
        their names (by rule on the text where tokens cannot matter, else by the pipeline).
        A text with accented letters is read folded to plain ones (``factcheck.letters``),
        and its claims keep the words as written.
        """
        title = document.title or ""
        text, plain_title = fold(document.text), fold(title)
        if text == document.text and plain_title == title:
            return self._claims_of(document)  # nothing to fold (curly quotes and dashes stay)
        folded = dataclasses.replace(
            document, text=text, title=plain_title if document.title else None
        )
        return _as_written(self._claims_of(folded), text, document.text, title)

    def _claims_of(self, document: Document) -> list[Claim]:
        sents = list(sentences(document.text))
        mentions = [find_mentions(s.text, document.published) for s in sents]
        wanted = sorted(
            {j for i, found in enumerate(mentions) if found for j in (i - 1, i) if j >= 0}
        )
        if not wanted:
            return []
        named = self._entities_of([sents[i].text for i in wanted])
        entities = dict(zip(wanted, named, strict=True))
        frames = leads([(s.text, s.paragraph) for s in sents], mentions)
        # what "it" in each sentence refers to: the subject carries on through sentences that
        # themselves refer back ("It", "The steelmaker", "Revenue rose"), and no further
        subjects: dict[int, str | None] = {}
        referents: dict[int, str | None] = {}  # "By the insurer's own count, it": the insurer
        described: dict[str, str] = {}
        memory = self._referents(document)
        back: set[int] = set()  # the sentences that refer back, read once for two uses
        described_as: dict[int, str | None] = {}  # "The Oakland company": the place written
        # "The new terminal will cost ...": the facility or product a sentence's opening
        # description refers to, and where the description starts
        things: dict[int, tuple[str, int, int]] = {}
        # "The consortium will pay £48m for the club": what the club is, and where the sum is
        paid_for: dict[int, tuple[str, int, int]] = {}
        for i in wanted:
            text = sents[i].text
            thing = memory.resolve_thing(
                text, [e.name for e in entities[i - 1]] if i - 1 in entities else []
            ) or memory.resolve_combined(text)  # "the merged cooperative": what it is called
            if thing is not None:
                things[i] = thing
            names = [e.name for e in entities[i]]
            bought = memory.resolve_paid_for(text, names, subjects.get(i - 1))
            if bought is None and i - 1 in entities and (valued := valued_description(text)):
                # "The deal values the Dublin-based retailer at" after "its takeover of X"
                target = takeover_target(sents[i - 1].text, entities[i - 1])
                if target is not None:
                    bought = (target, valued[1], valued[1] + 1)
            if bought is not None:
                paid_for[i] = bought
            referents[i] = described_referent(text, described, subjects.get(i - 1))
            if refers_back(text, self.attributes):
                back.add(i)
                # "The co-op took in ...": the subject of the article that fits the description
                told = referents[i]
                if i and sents[i].paragraph != sents[i - 1].paragraph and _reports_on_another(
                    subjects.get(i - 1), sents[i - 1].text
                ):
                    told = None  # the paragraph before ended on a source, not on a subject
                referents[i] = memory.resolve(text, told)
                before = referents[i]
            else:
                before = None
                inner = clause_description(text, 0)
                if inner is not None:  # "a 2024 in which the railway moved ...": the railway
                    referents[i] = memory.resolve(text[inner:], referents[i])
            subjects[i] = sentence_subject(text, entities[i], before)
            if memory.described_by_place(text, subjects[i]):
                # "The Oakland company, which closed ...": the company before, placed
                described_as[i] = subjects[i]
                subjects[i] = subjects.get(i - 1)
            if _speaks(subjects[i], text, memory):
                # "Chief executive Jo Park said ...": the sentence goes on about the
                # organisation before, for the next sentence too ("Sales last year ...")
                earlier = subjects.get(i - 1)
                subjects[i] = earlier if earlier and not memory.is_person(earlier) else None
            remember_description(text, subjects[i], described)
            memory.note(text, entities[i], subjects[i], sents[i].paragraph)
        claims: list[Claim] = []
        spans: dict[int, tuple[int, int]] = {}  # the claims of each sentence, by index
        # what a figure that names nobody is about in an article about one company
        main = memory.main_subject()
        if main is None and document.title:
            # the lead's subject, read here when the lead holds no figure
            opening = subjects.get(0)
            if 0 not in subjects:
                first_names = self._entities_of([sents[0].text])[0]
                opening = sentence_subject(sents[0].text, first_names, None)
            main = _named_in_title(opening, document.title)
        if main is not None and _has_sections(document.text) and not _one_story(
            document.text, main
        ):
            main = None  # a roundup: its sections may each be about another company
        # a deal's pair of parties, or what a takeover buys, is never the article's company
        # by default: the buyer is as likely to be it as the bought
        relational = {
            r.name
            for rules in self.attributes.values()
            for r in rules
            if r.relational or r.object_subject
        }
        # the quarter each sentence reports on, and the last one of the article (see
        # ``_in_passage_quarter``)
        reported: dict[int, Period | None] = {}
        # the year (or half of it) each sentence's results are dated by (``_in_passage_year``)
        reported_year: dict[int, tuple[Period, bool] | None] = {}
        # the span of each sentence's undated results, " (half-year)" (``_in_passage_span``)
        reported_span: dict[int, str | None] = {}
        results = self._results  # the attributes of results, read once per document
        deal_kinds: dict[int, str | None] = {}  # the kind of deal each sentence tells of
        article_quarter: Period | None = None
        article_year: Period | None = None  # the year an annual-results article is on
        # the spans (" (half-year)") the lead's undated results are told in, with whose
        # results they are: with one, the article's undated results of that subject are of
        # that span (``_in_passage_span``). Not a year: an annual story's undated figures
        # meet every other article's year of the company, and in the fixture corpora that
        # found nothing and raised two false alarms (an attributable profit against a
        # pre-tax one, a court's "last financial year" against the new one)
        lead_paragraph = sents[0].paragraph if sents else 0
        lead_spans: set[tuple[str, str]] = set()
        for i, found in enumerate(mentions):
            sentence = sents[i]
            if not found:
                continue
            first = len(claims)
            previous = referents.get(i, subjects.get(i - 1))
            lead = frames[i]
            dates = [m for m in found if m.kind is Kind.DATE]
            # a rank's board may have its edition named in the sentence before, in the
            # same paragraph ("In the X Rankings for the third quarter, ... Acme ranked
            # third in the X table")
            editions: tuple[tuple[str, Period], ...] = ()
            if i and sents[i - 1].paragraph == sentence.paragraph and any(
                m.kind is Kind.RANK for m in found
            ):
                editions = board_editions(
                    sents[i - 1].text, [m for m in mentions[i - 1] if m.kind is Kind.DATE]
                )
            if any(m.kind is Kind.RANK for m in found):
                # "this year's Apex Global 100": the edition of the article's year
                editions += year_named_editions(sentence.text, document.published)
                # "In the January X Index": the last January on or before the article
                editions += month_named_editions(sentence.text, document.published)
            # "The 1.4-gigawatt project" is the plant the sentence before named
            facilities = (
                named_facilities(sents[i - 1].text, entities[i - 1])
                if i and any(m.kind in (Kind.QUANTITY, Kind.MONEY) for m in found)
                else ()
            )
            # "The deal values X at $Y": the deal the nearest of the few sentences before
            # tells of (the lead's takeover, a paragraph up), and "The new money values X at
            # $Y": the round the sentence before names (wire copy often puts that sentence
            # in a paragraph of its own)
            deal_before = None
            # only a sentence that values something reads it ("values", "valued", "valuing")
            reach = _DEAL_REACH if "valu" in sentence.text.lower() else 0
            for j in range(i - 1, max(-1, i - 1 - reach), -1):
                if j not in deal_kinds:
                    deal_kinds[j] = deal_kind(sents[j].text)
                deal_before = deal_kinds[j]
                if deal_before is not None:
                    break
            round_before = round_named(sents[i - 1].text) if i else None
            for mention in found:
                claims.append(
                    self._claim(
                        document,
                        sentence.text,
                        sentence.start,
                        mention,
                        found,
                        entities[i],
                        dates,
                        previous,
                        lead,
                        editions,
                        facilities,
                        deal_before,
                        round_before,
                    )
                )
            claims[first:] = [
                _of_owned_facility(c, sentence.text, sentence.start) for c in claims[first:]
            ]
            claims[first:] = _coordinated_results(claims[first:])
            if i in paid_for:
                claims[first:] = _price_of_described(claims[first:], sentence.start, *paid_for[i])
            if i in things:
                claims[first:] = _of_thing(
                    claims[first:], sentence.text, sentence.start, *things[i]
                )
            claims[first:] = [
                _described_rank_holder(c, sentence.text, memory, previous)
                for c in claims[first:]
            ]
            claims[first:] = [
                _fined_described(c, sentence.text, memory, previous) for c in claims[first:]
            ]
            continued = None
            if i and i in back and sents[i - 1].paragraph == sentence.paragraph:
                continued = reported.get(i - 1)
            claims[first:] = [
                _in_passage_quarter(c, sentence.text, dates, continued, article_quarter)
                for c in claims[first:]
            ]
            if i and i in back and sents[i - 1].paragraph == sentence.paragraph:
                claims[first:] = [
                    _in_passage_year(c, sentence.text, dates, reported_year.get(i - 1))
                    for c in claims[first:]
                ]
                claims[first:] = [
                    _in_passage_span(c, sentence.text, dates, reported_span.get(i - 1))
                    for c in claims[first:]
                ]
            if article_quarter is None:
                claims[first:] = [
                    _in_results_year(c, sentence.text, dates, article_year)
                    for c in claims[first:]
                ]
                claims[first:] = [
                    _stock_at_the_years_end(c, article_year) for c in claims[first:]
                ]
            elif _is_fourth_quarter(article_quarter):
                # an article on a fourth quarter: "ended the year with 1,142 clubs" is at the
                # end of that quarter's year
                year = _year_of(article_quarter)
                claims[first:] = [_stock_at_the_years_end(c, year) for c in claims[first:]]
            if i in described_as:
                claims[first:] = [
                    dataclasses.replace(c, subject=subjects[i])
                    if c.subject == described_as[i] and c.kind is not Kind.RANK
                    else c
                    for c in claims[first:]
                ]
            if memory.persons:
                speaking_for = previous if previous and not memory.is_person(previous) else main
                claims[first:] = [
                    _not_the_speaker(c, sentence.text, memory, speaking_for)
                    for c in claims[first:]
                ]
            # a founding of "the company" in a feature with no main subject in its body: the
            # company its title is about ("how Recykla grew up"; never a person, see
            # ``DocumentReferents.of``)
            founded_by = main or memory.main
            if founded_by is not None:
                claims[first:] = [
                    _founded_described(c, sentence.text, founded_by) for c in claims[first:]
                ]
            claims[first:] = [
                _eponymous_founding(c, sentence.text, memory.described, memory.persons)
                for c in claims[first:]
            ]
            if main is not None and previous in (None, main):
                claims[first:] = [
                    _of_main_subject(c, sentence.text, entities[i], main)
                    if (c.attribute or "").split(" (")[0] not in relational
                    else c
                    for c in claims[first:]
                ]
            if len(lead_spans) == 1 and sentence.paragraph != lead_paragraph:
                # "Revenue rose 11% to A$436.8 million" in a story whose lead reports a
                # first half of the same company: the half-year's, as the lead's results are
                span, reported_on = next(iter(lead_spans))
                claims[first:] = [
                    _in_passage_span(c, sentence.text, dates, span)
                    if c.subject == reported_on
                    else c
                    for c in claims[first:]
                ]
            reported[i] = quarter_named(
                sentence.text, dates, [c.period for c in claims[first:] if c.attribute]
            )
            article_quarter = reported[i] or article_quarter
            reported_year[i] = results_year_named(
                [(c.attribute, c.period) for c in claims[first:] if c.kind is Kind.MONEY],
                results,
            )
            reported_span[i] = results_span_named(
                [(c.kind, c.attribute, c.period) for c in claims[first:]]
            )
            told_in = reported_span[i]
            if sentence.paragraph == lead_paragraph and told_in not in (None, " (annual)"):
                lead_spans.update(
                    (told_in, c.subject)
                    for c in claims[first:]
                    if c.subject and (c.attribute or "").endswith(told_in)
                )
            article_year = article_year or results_year(sentence.text, dates)
            spans[i] = (first, len(claims))
        claims = _fixed_before_add_ons(claims, sents, spans, self.attributes)
        claims = [_stock_at_year_end(c, document.published) for c in claims]
        if any(c.kind is Kind.RANK and c.item and not c.subject for c in claims):
            # a story on a ranking names it in its title, lead or the paragraph after it
            # ("The 2025 Canadian Retail Trust Index, compiled by ...")
            first_two = sorted({s.paragraph for s in sents})[:2]
            opening_lines = [s.text for s in sents if s.paragraph == first_two[0]]
            next_lines = [s.text for s in sents if s.paragraph in first_two[1:]]
            board = article_board([document.title or "", *opening_lines], next_lines)
            if board is not None:
                # an article that gives an item two places may put it on two lists:
                # neither is lent; one place written twice (a title restating its body,
                # "Halberd climbs to fourth") is one
                held = Counter(
                    item
                    for item, _ in {
                        (c.item, c.value) for c in claims if c.kind is Kind.RANK and c.item
                    }
                )
                claims = [
                    _on_the_article_board(c, *board) if held[c.item or ""] == 1 else c
                    for c in claims
                ]
        return _items_in_full(claims, document.text)

    def _referents(self, document: Document) -> DocumentReferents:
        """What definite descriptions in ``document`` can refer to: its title's subject is
        the article's main one, for a description that nothing earlier in the body fits."""
        if not document.title:
            return DocumentReferents.of(document.text)
        named = self._entities_of([document.title])[0]
        main = sentence_subject(document.title, named, None)
        return DocumentReferents.of(document.text, main, [e.name for e in named])

    def _entities_of(self, texts: list[str]) -> list[list[Entity]]:
        """The entities of each sentence. With the default rule-only pipeline most are found
        on the text alone (see ``PlainNames``); the rest go through spaCy in one batch."""
        out: list[list[Entity] | None] = [None] * len(texts)
        if self._canonical_table is not self.aliases:
            self._canonical = self._canonical_names()  # the alias table was replaced
        if self._plain is not None and self.nlp.pipe_names == self._pipe_names:
            self._plain.refresh()
            canonical = self._canonical
            for k, text in enumerate(texts):
                found = self._plain.entities(text)
                if found is not None:
                    out[k] = [Entity(s, e, name or canonical(text[s:e])) for s, e, name in found]
        rest = [k for k, found in enumerate(out) if found is None]
        docs = self.nlp.pipe((texts[k] for k in rest), disable=self._presplit)
        for k, doc in zip(rest, docs, strict=True):
            out[k] = self._entities(doc)
        return [found for found in out if found is not None]

    def _canonical_names(self) -> Callable[[str], str]:
        """``aliases.canonical``, remembered: names recur across an archive's sentences."""
        self._canonical_table = self.aliases
        return lru_cache(maxsize=1 << 16)(self.aliases.canonical)

    def _entities(self, doc: Doc) -> list[Entity]:
        return [
            Entity(ent.start_char, ent.end_char, ent.ent_id_ or self._canonical(ent.text))
            for ent in doc.ents
        ]

    def _claim(
        self,
        document: Document,
        sentence: str,
        offset: int,
        mention: Mention,
        mentions: list[Mention],
        entities: list[Entity],
        dates: list[Mention],
        previous_subject: str | None,
        paragraph: list[Attribution],
        editions: tuple[tuple[str, Period], ...] = (),
        facilities: tuple[str, ...] = (),
        deal_before: str | None = None,
        round_before: str | None = None,
    ) -> Claim:
        context = describe(
            sentence,
            mention,
            entities,
            dates,
            mentions,
            previous_subject,
            self.attributes,
            editions,
            facilities,
            deal_before,
            round_before,
        )
        sourcing = attribute_source(sentence, mention, paragraph, context.attribute, context.clause)
        return Claim(
            kind=mention.kind,
            value=mention.value,
            unit=mention.unit,
            text=mention.text,
            location=Location(
                document.id,
                offset + mention.start,
                offset + mention.end,
                sentence,
                offset,
                document.published,
            ),
            subject=context.subject,
            attribute=context.attribute,
            period=context.period,
            source=sourcing.source,
            sourcing=sourcing.sourcing,
            item=context.item,
            per=mention.per,
        )


def _as_written(claims: list[Claim], folded: str, text: str, title: str) -> list[Claim]:
    """Claims read from the ``folded`` form of ``text`` (of the same length), with the
    figure, the sentence and the names as ``text`` and ``title`` write them. Attributes
    stay folded: they are keys, and "count of cafes" is one attribute however spelt."""
    respell = Respelling(f"{text}\n{title}")

    def written(start: int, found: str) -> str:
        end = start + len(found)
        return text[start:end] if folded[start:end] == found else respell(found) or found

    out = []
    for claim in claims:
        where = claim.location
        location = dataclasses.replace(
            where, sentence=written(where.sentence_start, where.sentence)
        )
        out.append(
            dataclasses.replace(
                claim,
                text=written(where.start, claim.text),
                location=location,
                subject=respell(claim.subject),
                item=respell(claim.item),
                source=respell(claim.source),
            )
        )
    return out


# A sentence that names a list, a part of one or an edition ("On the separate X Code
# ranking", "in the mobile table", "for engineering", "on that pillar", "in the 2024
# edition", "most expensive"): its ranks may be on another list than the one the article
# is about. "the index", "the table" with no word between is the list the article is about,
# and "its highest position" is the item's own history.
_OTHER_LIST = re.compile(
    r"\b(?:(?<!\bthe\s)(?:rankings?|lists?|tables?|index|chart|leaderboard|standings)|"
    r"survey|guide|edition|pillar|category|categories|most|least|(?<!\bits\s)(?:highest|lowest)|"
    r"for\s+[a-z]+|"
    r"in\s+the\s+(?:world|country|UK|US|region))\b|-(?:highest|lowest|ranked)\b|\bNo\.\s*\d",
    re.IGNORECASE,
)


# "founded the company in 1921", "the year they founded the company": the founders are
# the verb's subject, the company its object
_FOUNDED_THE_COMPANY = re.compile(
    r"\b(?:founded|established|started|set\s+up)\s+(?:the|this)\s+"
    r"(?:company|firm|business|group|chain|brand|maker|retailer|operator)\b"
    # the founder between: "The company Grabowski founded there in 1998"
    r"|\b(?:the|this)\s+(?:company|firm|business|group|chain|brand)\s+(?:that\s+)?"
    r"(?-i:[A-Z][\w'’.-]*\s+){1,3}(?:and\s+(?-i:[A-Z][\w'’.-]*\s+){1,3})?"
    r"(?:co-)?(?:founded|established|started|set\s+up)\b",
    re.IGNORECASE,
)


# ... with the date right after: "founded the company in 1921"
_FOUNDED_THE_COMPANY_IN = re.compile(
    r"(?:" + _FOUNDED_THE_COMPANY.pattern + r")\s+(?:in|on)\s+$", re.IGNORECASE
)


# A company named by the possessive of a person's role: "Sabarmati's managing director,
# Nikhil Desai, whose father founded the business in 1987": the business is Sabarmati
_ROLE_OF_COMPANY = re.compile(
    r"(?P<name>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3})['’]s?[ \t]+(?i:"
    + PERSON_ROLE_PATTERN
    + r")\b"
)


# A founder named after "founded ... by", his surname last: "Founded in 1928 by the Paris
# saddler Émile Corvel, the company ..."
_FOUNDED_BY_NAME = re.compile(
    r"\b(?:[Ff]ounded|[Cc]o-founded|[Ee]stablished|[Ss]et\s+up|[Ss]tarted)\b[^.;]{0,40}?\bby\s+"
    r"(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}?(?P<founder>(?:[A-Z][\w'’-]*\s+){1,2}"
    r"(?P<surname>[A-Z][\w'’-]+))\b"
)


def _eponymous_founding(
    claim: Claim, sentence: str, names: Iterable[str], persons: Collection[str]
) -> Claim:
    """A founding told of the company that bears its founder's name: "Founded in 1928 by
    the Paris saddler Émile Corvel, the company makes handbags" is Maison Corvel's, the
    one longer name the article writes that ends with the founder's surname and is a
    company's (a designator or a business word: never "Miriam Achterberg", nor one of
    ``persons``), whatever "the company" would refer back to (a buyer named in the sentence
    before)."""
    if claim.attribute != "date founded":
        return claim
    found = _FOUNDED_BY_NAME.search(sentence)
    if found is None:
        return claim
    surname = subject_key(found.group("surname"))
    people = {subject_key(p) for p in persons} | {subject_key(found.group("founder"))}
    bearers = set()
    for name in names:
        key = subject_key(name)  # accents and designators left out: "Maison Corvel SA"
        words = key.split()
        company = has_designator(name) or any(w in BUSINESS_WORDS for w in words)
        if company and len(words) > 1 and words[-1] == surname and key not in people:
            bearers.add(name)
    if len(bearers) != 1 or claim.subject in bearers:
        return claim
    return dataclasses.replace(claim, subject=bearers.pop())


def _founded_described(claim: Claim, sentence: str, main: str) -> Claim:
    """The founding of "the company" its founders started ("Samuel Brightwater, a
    cabinetmaker, founded the company in 1921", "built it in 1931, the year they founded
    the company"): the company the article is about, never the founder named before, or
    the company a role names ("Sabarmati's managing director, Nikhil Desai, whose father
    founded the business in 1987"). A date right after "founded the company in" is that
    founding even when the sentence's founder left it unread."""
    if claim.subject == main:
        return claim
    if claim.attribute == "date founded":
        if _FOUNDED_THE_COMPANY.search(sentence) is None:
            return claim
    elif claim.kind is Kind.DATE and claim.attribute is None:
        start = claim.location.in_sentence[0]
        if _FOUNDED_THE_COMPANY_IN.search(sentence, max(0, start - 60), start) is None:
            return claim
    else:
        return claim
    role = _ROLE_OF_COMPANY.search(sentence, 0, claim.location.in_sentence[0])
    if role is not None:
        return dataclasses.replace(claim, subject=role.group("name"), attribute="date founded")
    return dataclasses.replace(claim, subject=main, attribute="date founded")


def _on_the_article_board(claim: Claim, board: str, edition: Period | None) -> Claim:
    """A rank held by a name on no board named, in an article whose title and lead name
    one board ("Kestrel Hearing slipped to seventh from fourth" in a story on the 2026
    Hearing Care Brand Trust Index): a place on that board, in its edition. Never a rank
    with an edition of its own, a range ("top ten"), a base of a comparison, a rank within
    a part of the field or by size (``backoff.read_apart``), one with no word of ranking
    near it, nor one whose sentence names another list (``_OTHER_LIST``)."""
    if claim.kind is not Kind.RANK or not claim.item or claim.subject or claim.period:
        return claim
    if claim.text.casefold().startswith("top"):
        return claim  # "entered the top ten": a range, not a place
    start, end = claim.location.in_sentence
    sentence = claim.location.sentence
    # the rank's own "No. 14" names no other list (a row: "- **No. 14 - Vardhan Tyres Ltd**")
    others = sentence[:start] + " " * (end - start) + sentence[end:]
    if read_apart(claim) or not ranking_cue(claim) or _OTHER_LIST.search(others):
        return claim
    return dataclasses.replace(claim, subject=board, attribute="rank", period=edition)


def _fined_described(
    claim: Claim, sentence: str, memory: DocumentReferents, previous: str | None
) -> Claim:
    """A fine imposed on a description ("The CNMC imposed a fine of €6.3 million on the
    company"): the one the description refers back to, read as one opening a sentence is
    (``DocumentReferents.resolve``); ``describe`` has already left the regulator out."""
    if claim.attribute != "fine" or claim.subject is not None:
        return claim
    noun = fined_description(sentence, claim.location.in_sentence[1])
    if noun is None:
        return claim
    fined = memory.resolve(f"The {noun} ", previous)
    return dataclasses.replace(claim, subject=fined) if fined else claim


def _described_rank_holder(
    claim: Claim, sentence: str, memory: DocumentReferents, previous: str | None
) -> Claim:
    """A rank on a board with no holder named, whose holder is a description a relative
    clause of ranking follows ("a difficult year for the brand, which fell to eighth place
    in last week's X Index"): the name the description refers to, read as one opening a
    sentence is (``DocumentReferents.resolve``)."""
    if claim.kind is not Kind.RANK or claim.item or not claim.subject:
        return claim
    start = described_holder(sentence, claim.location.in_sentence[0])
    if start is None:
        return claim
    holder = memory.resolve(sentence[start:], previous)
    return dataclasses.replace(claim, item=holder) if holder else claim


# A verb of telling right after a speaker's name, or an aside and then one ("Jo Park said",
# "Jo Park, who joined in 2019, told analysts"); or one right before it ("said chief
# executive Jo Park")
_TELLS_AFTER = re.compile(
    r"(?:,[^,;:()]{1,80},)?\s+(?:has\s+|had\s+)?(?:said|says|told|tells|added|adds|"
    r"explained|noted|estimated|estimates)\b"
)
_TELLS_BEFORE = re.compile(
    r"\b(?:said|says|told|added|according\s+to)\s+(?:[A-Za-z][\w-]*\s+){0,3}$"
)


def _not_the_speaker(
    claim: Claim, sentence: str, memory: DocumentReferents, speaking_for: str | None
) -> Claim:
    """A figure read as a person's when that person is only the one telling it ("Chief
    executive Jo Park said revenue rose to $3 billion") is about the organisation the
    person speaks for: the subject before (``speaking_for``: the previous sentence's, or
    the article's main one), or none. Only a name the article shows to be a person's
    (``DocumentReferents.persons``: a role before it, "who", an appositive role), and only
    when a verb of telling stands right after or before it."""
    if claim.kind is Kind.RANK or not _speaks(claim.subject, sentence, memory):
        return claim
    return dataclasses.replace(claim, subject=speaking_for)


def _speaks(subject: str | None, sentence: str, memory: DocumentReferents) -> bool:
    """Is ``subject`` a person (``DocumentReferents.persons``) with a verb of telling
    right after or before their name in ``sentence``?"""
    if subject is None or not memory.is_person(subject):
        return False
    at = sentence.find(subject)
    return at >= 0 and bool(
        _TELLS_AFTER.match(sentence, at + len(subject))
        or _TELLS_BEFORE.search(sentence, max(0, at - 60), at)
    )


# A source telling what another did: "App analytics firm X said last month that Y
# generated more ...", "X estimates that Y has" (the word after "that" is a name, not "it")
_REPORTS_THAT = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|reported|reports|estimated|estimates|found|finds|"
    r"calculated|calculates|claimed|claims)\s+(?:[\w-]+\s+){0,3}?that\s+"
    r"(?!(?:It|Its|They|Their|The\s+company)\b)(?P<next>[A-Z][\w-]*)"
)


def _reports_on_another(subject: str | None, sentence: str) -> bool:
    """Is ``subject`` only the source of ``sentence``, telling what another name did ("App
    analytics firm X said last month that Y generated more ...")? A new paragraph's "The
    company" after it is not the source: the article goes on about its own subject, as a
    reader takes it. "X said that it ..." and "X said that X ..." are about X."""
    if subject is None:
        return False
    at = sentence.find(subject)
    if at < 0:
        return False
    found = _REPORTS_THAT.match(sentence, at + len(subject))
    return found is not None and not subject.startswith(found.group("next"))


# Results figures: a span or a period written for one holds for the next in the clause
# joined to it ("revenue for the six months to June rose to $968 million and net profit
# climbed to $74 million")
_RESULTS = frozenset(
    ["revenue", "profit", "operating_profit", "gross_profit", "pretax_profit", "ebitda",
     "net_interest_income", "earnings per share"]
)  # fmt: skip
_JOINED_BY_AND = re.compile(r"[^;:()]*?\band\b[^;:()]*")


# A clause that sets another company's figure beside one just given, with no time of its
# own: ", while Y posted sales of", ", whereas Y's revenue was"
_CONTRASTED = re.compile(
    r"[^;:()]*?,\s+(?:while|whereas)\s+(?![^;:()]*\b(?:quarter|half|year|months?)\b)"
    r"[^;:()0-9]*"
)


# the span qualifiers an attribute may end with, as ``str.endswith`` takes them (built once:
# ``_coordinated_results`` asks for every results figure)
_SPANS = tuple(SPAN_QUALIFIERS)


def _coordinated_results(claims: list[Claim]) -> list[Claim]:
    """One sentence's claims, each undated results figure (revenue, profit, …) with no
    span of its own taking the span and period of the results figure just before it when
    "and" joins the two and they share a subject: "revenue for the six months to June rose
    8% to $968 million and net profit climbed to $74 million" is a half-year profit, never
    set against an annual one; "third-quarter revenue of $671 million and earnings of 87
    cents a share" is the third quarter's earnings per share, and "third-quarter revenue of
    $812 million and an operating margin of 8.4%" the quarter's margin. Another company's
    figure of the same measure set beside it (", while Y posted sales of $4.3 billion") takes
    its period, and so does a profit restated per share (", or $0.45 per share")."""
    out = list(claims)
    last: Claim | None = None
    for k, claim in enumerate(out):
        if (
            last is not None
            and claim.period is None
            and last.period is not None
            and claim.subject == last.subject
            and is_margin(claim.kind, claim.attribute)
            and not (claim.attribute or "").endswith(_SPANS)
            and _JOINED_BY_AND.fullmatch(
                claim.location.sentence,
                last.location.in_sentence[1],
                claim.location.in_sentence[0],
            )
        ):
            # "third-quarter revenue of $812 million and an operating margin of 8.4%": the
            # third quarter's margin
            out[k] = dataclasses.replace(claim, period=last.period)
            continue
        if claim.kind is not Kind.MONEY or not claim.attribute:
            continue
        base, _, qualifier = claim.attribute.partition(" (")
        if base not in _RESULTS:
            continue
        if (
            last is not None
            and not qualifier
            and claim.period is None
            and claim.subject == last.subject
            and _JOINED_BY_AND.fullmatch(
                claim.location.sentence,
                last.location.in_sentence[1],
                claim.location.in_sentence[0],
            )
        ):
            span = last.attribute.partition(" (")[2] if last.attribute else ""
            attribute = f"{base} ({span}" if span else base
            out[k] = claim = dataclasses.replace(claim, attribute=attribute, period=last.period)
        elif (
            last is not None
            and not qualifier
            and claim.period is None
            and last.period is not None
            and claim.subject != last.subject
            and (last.attribute or "").partition(" (")[0] == base
            and _CONTRASTED.fullmatch(
                claim.location.sentence,
                last.location.in_sentence[1],
                claim.location.in_sentence[0],
            )
        ):
            # "X generated revenue of $14.8 billion in 2024, while Y posted sales of $4.3
            # billion": the same measure of another company, set beside it for that period
            out[k] = claim = dataclasses.replace(claim, period=last.period)
        elif (
            last is not None
            and claim.attribute == "earnings per share"
            and claim.period is None
            and last.period is not None
            and _RESTATED_OR.fullmatch(
                claim.location.sentence,
                last.location.in_sentence[1],
                claim.location.in_sentence[0],
            )
        ):
            # "Net income for the July-September quarter came to $61.4 million, or $0.45
            # per share": the quarter's earnings per share
            out[k] = claim = dataclasses.replace(claim, period=last.period)
        last = claim
    return out


# A sum restated right after another: "$61.4 million, or $0.45 per share"
_RESTATED_OR = re.compile(r"\s*,?\s+or\s+")


def _in_passage_year(
    claim: Claim, sentence: str, dates: list[Mention], continued: tuple[Period, bool] | None
) -> Claim:
    """``claim`` dated to the year (or half-year) the sentence before reported results for,
    when it goes on about them and has no period of its own
    (``factcheck.context.passage_results_year``)."""
    if claim.period is not None:
        return claim
    found = passage_results_year(sentence, claim.kind, claim.attribute, dates, continued)
    if found is None or claim.attribute is None:
        return claim
    period, half = found
    attribute = f"{claim.attribute} (half-year)" if half else claim.attribute
    return dataclasses.replace(claim, period=period, attribute=attribute)


def _in_passage_quarter(
    claim: Claim,
    sentence: str,
    dates: list[Mention],
    continued: Period | None,
    article: Period | None,
) -> Claim:
    """``claim`` dated to the quarter its passage reports on when it has no period of its own
    (``factcheck.context.passage_quarter``): "Adjusted operating profit rose 7% to $412m"
    after "Second-quarter net sales climbed 4%" is the second quarter's. A span the
    sentence's words gave the undated figure ("quarterly") is then the period's."""
    if claim.period is not None:
        return claim
    quarter = passage_quarter(
        sentence,
        claim.kind,
        claim.attribute,
        dates,
        continued,
        article,
    )
    if quarter is None or claim.attribute is None:
        return claim
    attribute = claim.attribute.removesuffix(" (quarterly)")
    return dataclasses.replace(claim, period=quarter, attribute=attribute)


_DEAL_REACH = 3  # sentences back whose deal "The deal values X at $Y" may be
_ADD_ONS_REACH = 3  # sentences back that "the fee could rise ... in add-ons" refers to


def _fixed_before_add_ons(
    claims: list[Claim],
    sents: Sequence[Sentence],
    spans: Mapping[int, tuple[int, int]],
    attributes: Mapping[str, tuple[AttributeRule, ...]],
) -> list[Claim]:
    """ "Valmar signed Rossi for €58m. ... The club said the fee could rise by up to €9m in
    add-ons": an undated price given in the few sentences before such a sentence is the
    fixed part (``acquisition_price (before add-ons)``), as it is when its own sentence
    names the add-ons. Prices (the rules whose subject is what is bought, and the parts of
    them) that already carry a qualifier are left as they are."""
    prices = {
        r.name
        for rules in attributes.values()
        for r in rules
        if r.object_subject or (r.part_of and any(
            o.name == r.part_of and o.object_subject for o in rules
        ))
    }
    for i, sentence in enumerate(sents):
        if not fee_rises_with_add_ons(sentence.text):
            continue
        for j in range(max(0, i - _ADD_ONS_REACH), i):
            first, last = spans.get(j, (0, 0))
            for k in range(first, last):
                found = claims[k]
                if found.attribute in prices and found.period is None:
                    claims[k] = dataclasses.replace(
                        found, attribute=f"{found.attribute} (before add-ons)"
                    )
    return claims


def _in_passage_span(
    claim: Claim, sentence: str, dates: list[Mention], span: str | None
) -> Claim:
    """``claim`` with the span of the passage it goes on about, when it has no period and
    no span of its own (``factcheck.context.passage_span``): "Revenue rose 5.8% to £312.4m"
    after "a pre-tax profit of £18.7m in the six months to 31 December" is the half-year's."""
    if claim.period is not None or span is None:
        return claim
    attribute = passage_span(sentence, claim.kind, claim.attribute, dates, span)
    return claim if attribute is None else dataclasses.replace(claim, attribute=attribute)


def _in_results_year(
    claim: Claim, sentence: str, dates: list[Mention], article: Period | None
) -> Claim:
    """``claim`` dated to the year an annual-results article reports on when it has no
    period of its own (``factcheck.context.passage_year``): "Net profit rose to €412m from
    €378m a year earlier" after a lead on "net profit for 2024" is 2024's, as a quarterly
    article's figures are that quarter's (``_in_passage_quarter``)."""
    if claim.period is not None:
        return claim
    year = passage_year(sentence, claim.kind, claim.attribute, dates, article)
    return claim if year is None else dataclasses.replace(claim, period=year)


# A stock at the end of "the year" with no year written: "finished the year with 312 stores"
_ENDED_THE_YEAR_WITH = re.compile(
    r"\b(?:ended|finished|closed)\s+the\s+year\s+with\s+(?:(?:about|around|some|nearly|"
    r"almost|more\s+than|over|roughly|just)\s+)*$",
    re.IGNORECASE,
)


def _is_fourth_quarter(period: Period | None) -> bool:
    return (
        period is not None
        and period.date.granularity is Granularity.QUARTER
        and period.date.start.month == 10
    )


def _year_of(period: Period) -> Period:
    """The calendar year a period falls in, as a period."""
    year = period.date.start.year
    return Period(DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), Granularity.YEAR))


def _stock_at_the_years_end(claim: Claim, article: Period | None) -> Claim:
    """A count "finished the year with 312 stores" in an article on one year's annual
    results (``article``, see ``context.results_year``) is the count at that year's end,
    the same figure as "ended 2024 with 312 stores" or "ended last year with 312": the
    year is the one the article reports on. Only a count with no period of its own."""
    if article is None or claim.period is not None or claim.kind is not Kind.COUNT:
        return claim
    start, _ = claim.location.in_sentence
    lead = claim.location.sentence[max(0, start - 60) : start]
    if _ENDED_THE_YEAR_WITH.search(lead) is None:
        return claim
    return dataclasses.replace(claim, period=article)


# "by the end of 2025", "by the end of last year": a moment, the last day of that year
_BY_THE_END_OF_YEAR = re.compile(
    r"\bby\s+the\s+end\s+of\s+(?:last\s+year|(?:the\s+)?(?:fiscal\s+|financial\s+)?\d{4})\b",
    re.IGNORECASE,
)
def _stock_at_year_end(claim: Claim, published: dt.date | None) -> Claim:
    """A stock counted "by the end of" a past year is the count at that year's end, the
    same figure as "ended 2025 with 1,140 stores" or "at the end of 2025" (both "in
    2025"): "By the end of last year the chain was running 980 shops". Only a count with
    no verb of its own or a verb that keeps a stock, or a share ("By the
    end of 2025, X controlled 27% of the market": a share is held at a moment), and only a
    year before the article's (a year not yet over is a target, whatever its words)."""
    period = claim.period
    if (
        not is_level(claim.kind, claim.attribute)
        or period is None
        or period.relation != "by"
        or period.date.granularity is not Granularity.YEAR
        or published is None
        or period.date.start.year >= published.year
        or _BY_THE_END_OF_YEAR.search(claim.location.sentence) is None
    ):
        return claim
    return dataclasses.replace(claim, period=Period(period.date, "in"))


# A line that is a section heading: a markdown heading, or a bold line of its own
_SECTION_LINE = re.compile(r"^(?:#{1,6}\s+\S|\*\*[^*\n]{1,120}\*\*\s*$)", re.MULTILINE)


def _has_sections(text: str) -> bool:
    """Is the article written in sections under headings? A roundup's sections may each be
    about another company, so its main subject is no subject for a figure that names
    nobody (unless it is one story, ``_one_story``)."""
    return _SECTION_LINE.search(text) is not None


def _one_story(text: str, main: str) -> bool:
    """Is an article with headings one company's story, each section naming it ("Dutch
    strength, Belgian drag" and "Investment and Korenbloem" in a results story whose every
    section writes "Verhoeven")? A roundup's sections name each its own company."""
    named = re.compile(r"\b" + re.escape(main.split()[0]) + r"\b")
    headings = list(_SECTION_LINE.finditer(text))
    ends = [*(found.start() for found in headings[1:]), len(text)]
    return all(
        named.search(text, found.end(), end) for found, end in zip(headings, ends, strict=True)
    )


# What a facility costs, said right after the description that refers to it: "The new
# terminal will cost €2.6bn", "The project carries a budget of €3.1bn" (a company's "cost"
# is many things; a facility's is what building it takes)
_THING_COST = re.compile(
    r"(?:['’]s)?\s+(?:(?:will|would|is\s+to|is\s+set\s+to|is\s+expected\s+to)\s+)?"
    r"(?:cost|costs|carries\s+a\s+budget\s+of|has\s+a\s+budget\s+of|"
    r"(?:is|was)\s+budgeted\s+at)\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$"
)


# The opening of a facility a description refers back to, from the description to the
# date: "The venue first opened its doors on", "The hall, which opened to the public on"
_THING_OPENED = re.compile(
    r"(?:,\s*which)?\s+(?:(?:first|officially|formally|finally)\s+)?"
    r"(?:opened(?:\s+(?:its\s+doors|its\s+gates|to\s+the\s+public))?|threw\s+open\s+its\s+doors|"
    r"welcomed\s+(?:its\s+)?(?:first\s+)?(?:visitors|customers|guests|passengers|shoppers|patients))"
    r"\s+(?:(?:in|on)\s+)?(?:[A-Z][a-z]+day,?\s+)?"
)


def _of_owned_facility(claim: Claim, sentence: str, offset: int) -> Claim:
    """A quantity or count "its flagship port moved" is the port's, which the owner's name
    names ("Acme Port Holdings" owns the Port of Acme), not the owner's (see
    ``referents.owned_facility``)."""
    if claim.kind not in (Kind.QUANTITY, Kind.COUNT) or claim.subject is None:
        return claim
    asset = owned_facility(sentence, claim.location.start - offset, claim.subject)
    return claim if asset is None else dataclasses.replace(claim, subject=asset)


def _price_of_described(
    claims: list[Claim], offset: int, bought: str, start: int, end: int
) -> list[Claim]:
    """A sum paid "for the club" that the rules read with no subject and no attribute is
    the price of what the description refers to ("The consortium will pay £48m for the
    club" after a sentence on the club's sale): an acquisition price, keyed by what is
    bought, as "paid £57m for Rovers" is."""
    return [
        dataclasses.replace(c, subject=bought, attribute="acquisition_price")
        if c.kind is Kind.MONEY
        # no subject, or the payer's with no attribute ("Acme is paying $465m for the
        # publisher": ``resolve_paid_for`` never returns the payer) and none withheld for a
        # reason ("paid £260mn for the business seven years ago": an earlier purchase)
        and (c.subject is None or (c.attribute is None and unqualified(c)))
        and (
            c.attribute in (None, "deal_value")  # "agreement to pay £X for the lender"
            # "The deal values the Dublin-based retailer at": a price whose target is told
            or (c.attribute == "acquisition_price" and c.subject is None)
        )
        and offset + start <= c.location.start < offset + end
        else c
        for c in claims
    ]


_POWER = frozenset(["watt", "kilowatt", "megawatt", "gigawatt", "terawatt"])


def _of_thing(
    claims: list[Claim], sentence: str, offset: int, thing: str, start: int, end: int
) -> list[Claim]:
    """The figures after a description that refers back to a facility or product ("The
    new terminal will cost €2.6bn", "The antibody, which generated sales of ...") are that
    thing's, when the rules found no other subject for them: the description, not the
    company that owns or makes the thing, is what the sentence is about. A sum the
    description's verb says it costs, with no other attribute, is the facility's cost; an
    area in square units, its floor area."""
    out = []
    for c in claims:
        if c.subject is None and c.location.start >= offset + start:
            attribute = c.attribute
            if (
                attribute is None
                and c.kind is Kind.MONEY
                and _THING_COST.fullmatch(sentence, end, c.location.start - offset)
            ):
                attribute = "cost"
            elif (
                attribute is None
                and c.kind is Kind.DATE
                and _THING_OPENED.fullmatch(sentence, end, c.location.start - offset)
            ):
                attribute = "date opened"  # "The 17,500-seat venue first opened its doors on"
            elif attribute is None and c.kind is Kind.QUANTITY and (c.unit or "").startswith(
                "square "
            ):
                # "The 118,000 sq ft brewery has ...", "The terminal will cover about 410,000
                # square feet": the facility's floor area (acres and hectares are its plot)
                attribute = FLOOR_AREA
            elif (attribute or "").startswith("capacity (") and c.unit in _POWER:
                # "the project's installed capacity will reach 1,400 MW": the plant's
                # capacity, as "the 1.4-gigawatt project" is
                attribute = "capacity"
            c = dataclasses.replace(c, subject=thing, attribute=attribute)
        out.append(c)
    return out


def _of_main_subject(claim: Claim, sentence: str, entities: list[Entity], main: str) -> Claim:
    """A sum that names nobody ("The £15.2m penalty imposed by the regulator on Tuesday
    relates to ...", "Adjusted operating profit rose 7% to $412m") in an article about one
    company is that company's: the caller gives ``main`` only when the article has no
    sections, or sections that each name it (``_one_story``), and the previous sentence
    named nobody else. Only a sum that says what it is
    (an attribute), and only when no other name in the sentence could be its subject
    (``names_compete``); a sentence about someone else is left alone."""
    if claim.subject is not None or claim.attribute is None:
        return claim
    if not reads_as_a_result(claim.kind, claim.attribute) and not _owned_event_date(claim):
        return claim
    if claim.kind is Kind.DATE:  # "its founding in Leeds": where it happened, not whose
        entities = [
            e for e in entities if not _PLACE_BEFORE.search(sentence, max(0, e.start - 8), e.start)
        ]
    if names_compete(sentence, entities, main) or third_party_figures(sentence):
        return claim
    return dataclasses.replace(claim, subject=main)


# A preposition of place right before a name: "founded in Leeds", "its launch at Dover"
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near)\s+$")


def _owned_event_date(claim: Claim) -> bool:
    """Is the claim the date of a one-time event its owner had, written with "its" ("Since
    its founding in Leeds in 1851, the bank ...")? In an article about one company with no
    other name near, the owner is that company, as for a sum that names nobody."""
    return claim.kind is Kind.DATE and (claim.attribute or "").startswith("date ")


def _named_in_title(lead: str | None, title: str | None) -> str | None:
    """The lead's subject when the title names it too, whole or by its first word
    ("Initrode shrugs off ..." over "Initrode Insurance Group put ..."): then the article is
    about that company, even when no name finder read the title's first word as a name."""
    if lead is None or not title:
        return None
    first = lead.split()[0]
    if len(first) < 3 or not first[:1].isupper():
        return None
    return lead if re.search(r"\b" + re.escape(first) + r"\b", title) else None


# A head of ``data/of_name_heads.txt`` then "of", in case-folded text (see
# ``_may_name_of_heads``)
_OF_HEAD_THEN_OF = re.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(OF_NAME_HEADS, key=len, reverse=True))
    + r")\W+of"
)


def _may_name_of_heads(text: str) -> bool:
    """False when no name of ``text`` can have an ``of_name_tail``: that needs a head word
    (``OF_NAME_HEADS``) and then "of" as the first two words of its ``subject_key``, which
    case-folds the name and splits it at non-word characters (dots stripped), so the
    case-folded text holds the head, non-word characters and "of". One scan of the text
    instead of running the name finder over a whole document that names no "University of
    X" (most documents that hold a rank)."""
    return _OF_HEAD_THEN_OF.search(text.casefold()) is not None


def _items_in_full(claims: list[Claim], text: str) -> list[Claim]:
    """Rank items written short, in the full name the document gives them: "Wexley placed
    14th" after "the University of Wexley" holds the rank as "University of Wexley", so
    it meets the same item named in full in another article. Only a name after "of" in a
    name of ``data/of_name_heads.txt`` is read so (see ``subjects.of_name_tail``), and only
    when the document writes exactly one such full name for it."""
    if not any(c.kind is Kind.RANK and c.item for c in claims):
        return claims
    if not _may_name_of_heads(text):
        return claims
    full: dict[str, set[str]] = {}
    for start, end in find_names(text):
        name = text[start:end]
        tail = of_name_tail(subject_key(name))
        if tail is not None:
            full.setdefault(tail, set()).add(name)
    if not full:
        return claims
    out = []
    for claim in claims:
        names = full.get(subject_key(claim.item)) if claim.item else None
        if claim.kind is Kind.RANK and names is not None and len(names) == 1:
            claim = dataclasses.replace(claim, item=next(iter(names)))
        out.append(claim)
    return out
