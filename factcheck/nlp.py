"""Build the spaCy pipeline: ``spacy.blank("en")`` + sentencizer + rule components.

No trained pipeline is needed (none can be downloaded on CI). A user's own ``nlp`` (for
example a trained ``en_core_web_sm``) plugs in: we only add what it lacks — sentence
boundaries if it has no parser or senter, our alias ruler, and the rule-based name finder,
which never overwrites entities the user's NER found.
"""

from __future__ import annotations

import re
from collections.abc import Container

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from factcheck.extract._numbers import trie_regex
from factcheck.subjects import (
    ACTS_LIKE_A_NAME,
    NOT_NAMES,
    AliasTable,
    corpus_names,
    find_names,
    name_goes_on,
)

ALIAS_RULER = "factcheck_aliases"
LINE_BREAKS = "factcheck_line_breaks"
NAME_FINDER = "factcheck_names"
# Components that find entities by rule only, from the text and the tokenizer's output.
RULE_COMPONENTS = frozenset({LINE_BREAKS, "sentencizer", ALIAS_RULER, NAME_FINDER})
_SPACE = re.compile(r"\s")
_FIRST_WORD = re.compile(r"[^\s\"“”‘’()\[\],;:.!?]+(?:\.[^\s\"“”‘’()\[\],;:.!?]+)*")


def build_pipeline(aliases: AliasTable | None = None, nlp: Language | None = None) -> Language:
    """Return a pipeline that yields sentences and subject entities.

    Build it once and reuse it: components compile their patterns at construction.
    """
    aliases = aliases if aliases is not None else AliasTable.default()
    nlp = nlp if nlp is not None else spacy.blank("en")
    names = set(nlp.pipe_names)
    if not names & {"parser", "senter", "sentencizer"}:
        nlp.add_pipe(LINE_BREAKS)
        nlp.add_pipe("sentencizer")
    if ALIAS_RULER in names:
        nlp.remove_pipe(ALIAS_RULER)
    if NAME_FINDER in names:
        nlp.remove_pipe(NAME_FINDER)
    if aliases.spellings:
        ruler = nlp.add_pipe(
            "entity_ruler", name=ALIAS_RULER, config={"overwrite_ents": False, "validate": False}
        )
        ruler.add_patterns(  # type: ignore[attr-defined]
            [
                {"label": "ORG", "pattern": spelling, "id": canonical}
                for spelling, canonical in aliases.spellings
            ]
        )
    nlp.add_pipe(NAME_FINDER)
    return nlp


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headings, bullets and list items carry no full stop,
    and a figure in a heading must not borrow the subject of the paragraph below it."""
    if "\n" not in doc.text:
        return doc  # the extractor feeds single sentences: nothing to do, at no cost
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


@Language.factory(NAME_FINDER)
def make_name_finder(nlp: Language, name: str) -> NameFinder:
    return NameFinder()


class NameFinder:
    """Add capitalised names as ``NAME`` entities where no entity is yet.

    A plain capitalised word that opens a sentence ("Revenue rose", "Acme agreed") is a
    name only when it is also seen capitalised mid-sentence — in this document, or anywhere
    in the corpus being checked (``corpus_names``, set by the extractor before a run).
    """

    def __init__(self) -> None:
        self.corpus_names: frozenset[str] = frozenset()

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("SENT_START"):
            starts = {sent.start_char for sent in doc.sents}
        else:
            starts = {0}  # one sentence, as the extractor feeds them
        spans: list[Span] = []
        for start, end in self.spans(doc.text, starts):
            span = doc.char_span(start, end, label="NAME", alignment_mode="expand")
            if span is not None and span.text.strip():
                spans.append(span)
        existing = list(doc.ents)
        taken = {i for ent in existing for i in range(ent.start, ent.end)}
        fresh = [
            s for s in filter_spans(spans) if not any(i in taken for i in range(s.start, s.end))
        ]
        doc.ents = sorted(existing + fresh, key=lambda s: s.start)
        return doc

    def spans(self, text: str, starts: Container[int] = (0,)) -> list[tuple[int, int]]:
        """Character spans of the names in ``text`` whose sentences start at ``starts``,
        before they are aligned to tokens. A regex over the text, not a loop over tokens:
        this runs on every sentence that holds a figure."""
        # The known words are the corpus names and this text's own (``corpus_names`` of it).
        # The name finder asks only about words of NOT_NAMES, which ``corpus_names`` never
        # returns, so it gets the corpus names alone; this text's own are found (two regex
        # passes) only when a sentence-initial word asks.
        corpus = self.corpus_names
        local: frozenset[str] | None = None
        out: list[tuple[int, int]] = []
        for start, end in find_names(text, known=corpus):
            if _starts_sentence(text, start, starts):
                word = _FIRST_WORD.match(text, start)
                if (
                    word
                    and _plain_word(word.group())
                    and (folded := word.group().casefold()) not in corpus
                    and folded not in (
                        local
                        if local is not None
                        else (local := corpus_names((text,), never_lower=False))
                    )
                    and not ACTS_LIKE_A_NAME.match(text, word.end())
                    # "Pellow & Grange", "Bank of England", "Banco de la Nación": a word
                    # the name goes on from by "&", "of" or a particle is the name's
                    and not (word.end() < end and name_goes_on(text, word.end()))
                ):
                    if word.end() >= end or text[word.end() + 1 : end].casefold() in NOT_NAMES:
                        continue  # "Adjusted EBITDA came in at": no name is left
                    start = word.end() + 1
            out.append((start, end))
        return out


def _plain_word(word: str) -> bool:
    """A capitalised dictionary-looking word ("Enterprise", "Today"), as opposed to a word
    only a name would be ("Zephyr-2", "DataCo", "iPhone", "3M")."""
    return word.isalpha() and word[1:].islower()


def _starts_sentence(text: str, start: int, starts: Container[int]) -> bool:
    """True when only quotes, bullets or spaces stand between a sentence start and ``start``."""
    probe = start
    while probe > 0 and text[probe - 1] in " \t\"'“‘([•*-–—\n":
        probe -= 1
        if probe in starts:
            return True
    return start in starts or probe == 0


class PlainNames:
    """The entities that a rule-only pipeline (the default: spaCy's tokenizer, our alias
    ruler and name finder) gives one sentence, found with as little of spaCy as it takes.

    The name finder's spans are aligned to tokens. spaCy's tokenizer splits at whitespace
    first and never puts a token across it (unless a special case of its own says so:
    ``applies_to`` refuses such a tokenizer), so a name standing between spaces (or at either
    end of the sentence) is a run of whole tokens already, and a sentence whose names all
    do so, and where no alias can match, needs no tokens at all. An alias can match only
    where the text of its first token occurs; there the tokenizer and the alias ruler run,
    and names are aligned on those tokens. ``entities`` says None when two aligned names
    overlap (the name finder's filter decides then), and the sentence goes through the
    whole pipeline.
    """

    def __init__(self, nlp: Language) -> None:
        self.tokenizer = nlp.tokenizer
        self.finder: NameFinder = nlp.get_pipe(NAME_FINDER)  # type: ignore[assignment]
        self.ruler = nlp.get_pipe(ALIAS_RULER) if ALIAS_RULER in nlp.pipe_names else None
        self._compile()

    def _compile(self) -> None:
        """Where the ruler's patterns can match: anywhere for a token pattern, else where
        the first token of a phrase pattern occurs."""
        firsts: set[str] = set()
        self._always = False
        self._patterns = 0 if self.ruler is None else len(self.ruler)  # type: ignore[arg-type]
        if self.ruler is not None:
            self._always = bool(self.ruler.token_patterns)  # type: ignore[attr-defined]
            for docs in self.ruler.phrase_patterns.values():  # type: ignore[attr-defined]
                firsts.update(doc[0].text for doc in docs if len(doc))
        self._alias = re.compile(trie_regex(sorted(firsts))) if firsts else None

    def refresh(self) -> None:
        """Take in alias patterns added to the ruler since (cheap when there are none)."""
        if self.ruler is not None and len(self.ruler) != self._patterns:  # type: ignore[arg-type]
            self._compile()

    @staticmethod
    def applies_to(nlp: Language) -> bool:
        """Does ``nlp`` find its entities by these rules only, with spaCy's own tokenizer
        (and no special case that puts a token across whitespace, as "New York" would)?"""
        tokenizer = nlp.tokenizer
        if not isinstance(tokenizer, Tokenizer) or type(tokenizer) is not Tokenizer:
            return False  # a subclass or another callable may tokenize otherwise
        return (
            NAME_FINDER in nlp.pipe_names
            and set(nlp.pipe_names) <= RULE_COMPONENTS
            and not any(_SPACE.search(c) and not c.isspace() for c in tokenizer.rules or ())
        )

    def entities(self, text: str) -> list[tuple[int, int, str]] | None:
        """(start, end, alias id or "") of each entity of one sentence, in order, or None
        if it needs the pipeline."""
        names = self.finder.spans(text)
        alias = self.ruler is not None and (
            self._always or (self._alias is not None and self._alias.search(text) is not None)
        )
        last = len(text)
        if not alias and all(
            (start == 0 or text[start - 1].isspace()) and (end == last or text[end].isspace())
            for start, end in names
        ):
            return [(start, end, "") for start, end in names]
        if not alias:
            return self._aligned(text, names)
        doc = self.tokenizer(text)
        if alias:
            doc = self.ruler(doc)  # type: ignore[misc]
        found = [(ent.start_char, ent.end_char, ent.ent_id_) for ent in doc.ents]
        reach = 0
        for start, end in names:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not span.text.strip():
                continue
            if span.start_char < reach:
                return None  # overlapping names: the finder's filter decides
            reach = span.end_char
            if not any(a < span.end_char and span.start_char < b for a, b, _ in found):
                found.append((span.start_char, span.end_char, ""))
        return sorted(found)

    def _aligned(
        self, text: str, names: list[tuple[int, int]]
    ) -> list[tuple[int, int, str]] | None:
        """The names aligned to tokens as ``Doc.char_span(..., "expand")`` aligns them, with
        only the whitespace-free stretches that hold an edge tokenized, not the sentence.

        The tokenizer cuts the text at whitespace first and tokenizes each stretch between on
        its own, so a stretch's tokens are the same alone as in the sentence; an edge at
        whitespace (or an end of the text) is a token edge already."""
        found: list[tuple[int, int, str]] = []
        reach = 0
        last = len(text)
        for start, end in names:
            if start >= end or text[start].isspace() or text[end - 1].isspace():
                return None  # not a span the finder gives: let the pipeline decide
            if start and not text[start - 1].isspace():
                start = self._token_edge(text, start, first=True)
            if end < last and not text[end].isspace():
                end = self._token_edge(text, end - 1, first=False)
            if start < reach:
                return None  # overlapping names: the finder's filter decides
            reach = end
            found.append((start, end, ""))
        return found

    def _token_edge(self, text: str, at: int, *, first: bool) -> int:
        """Where the token holding character ``at`` starts (``first``) or ends."""
        lo = at
        while lo and not text[lo - 1].isspace():
            lo -= 1
        hi = at + 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        for token in self.tokenizer(text[lo:hi]):
            start = lo + token.idx
            end = start + len(token.text)
            if start <= at < end:
                return start if first else end
        raise AssertionError("the tokens of a stretch cover all of it")  # pragma: no cover
