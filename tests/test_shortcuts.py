"""The speed shortcuts change no result: each is compared with the slow path it skips.

* ``PlainNames`` finds a sentence's entities without running the spaCy pipeline: it must
  give exactly the entities the pipeline gives, or step aside (None).
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.extract import dates as date_rules
from factcheck.pipeline import Extractor
from factcheck.subjects import AliasTable, corpus_names

SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# Words around which dates, figures and names hide, plus odd characters that tokenizers and
# case-insensitive regexes treat in their own ways (long s, Kelvin sign, dotless i).
_PIECES = [
    *sorted(date_rules._TRIGGERS)[::3],
    "Good Friday", "New Year", "new years", "Christmas Eve", "tonight", "ago", "Q3", "H1",
    "FY2025", "1990s", "2019", "3/4", "12.5", "½", "٣", "fifth", "twenty-one", "$5bn",
    "a dollar", "half a mile", "tenfold", "#1", "No. 2", "percent", "Acme", "Acme's",
    "Globex,", "Initech.", "Amazon.com", "AWS", "U.S.", "Inc.", "Corp", "(Hooli)", "@Vandelay",
    "#Pied", "https://Example.com/Path", "e-mail", "Zephyr-2", "xAI", "iPhone", "O'Brien",
    "ſ", "K", "ı", "İ", "—", "–", "“", "”", "’s", "'", '"', ",", ".", ";", ":", "!",
    "?", "(", ")", "-", "/", "*", "\u00a0", "\t", "said", "the", "rose", "to", "in", "on",
    "by", "Revenue", "Shares", "Analysts", "However", "said Acme", "of Globex",
]


# --- names without the pipeline --------------------------------------------------------


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    aliases = AliasTable.default() | AliasTable.from_pairs(
        [("Hooli", "Hooli Inc."), ("Vandelay", "Vandelay Industries"), ("Acme", "ACME Corp")]
    )
    made = Extractor(aliases=aliases)
    assert made._plain is not None, "the default pipeline takes the shortcut"
    ruler = made.nlp.get_pipe("factcheck_aliases")
    ruler.add_patterns([{"label": "ORG", "pattern": "Initech Corp", "id": "Initech"}])  # type: ignore[attr-defined]
    return made  # a pattern added after the extractor was built counts too


_NAMES_TEXT = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14).map(" ".join) | (
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14).map("".join)
)


@SETTINGS
@given(_NAMES_TEXT, st.booleans())
@example("Hooli Inc. bought Acme's unit.", True)
@example("@Vandelay said Globex, Initech. and U.S. Corp rose.", False)
@example("Revenue at Zephyr-2, (Hooli) and https://Example.com/Path rose.", True)
@example("Initech Corp said Initech rose, as Amazon.com and AWS did.", True)
@example("Globex's unit, (Zephyr-2), said O'Brien's Corp. and U.S.-based xAI,Inc. rose", True)
@example("\u201cGlobex\u201d\tZephyr-2\u00a0Corp.\u2019s iPhone—Acme’s", False)
def test_names_without_the_pipeline_are_the_pipelines(
    extractor: Extractor, text: str, with_corpus_names: bool
) -> None:
    finder = extractor._plain.finder  # type: ignore[union-attr]
    finder.corpus_names = corpus_names([text, "said Acme and Revenue"]) if with_corpus_names else (
        frozenset()
    )
    text = text.strip()
    if not text:
        return
    extractor._plain.refresh()  # type: ignore[union-attr]
    plain = extractor._plain.entities(text)  # type: ignore[union-attr]
    doc = next(extractor.nlp.pipe([text], disable=extractor._presplit))
    piped = extractor._entities(doc)
    if plain is not None:
        assert [(e.start, e.end) for e in piped] == [(s, e) for s, e, _ in plain]
    assert extractor._entities_of([text]) == [piped]


def test_the_shortcut_is_only_for_rule_only_pipelines() -> None:
    import spacy
    from spacy.attrs import ORTH

    from factcheck.nlp import PlainNames

    spaced = spacy.blank("en")
    spaced.tokenizer.add_special_case("New York", [{ORTH: "New York"}])  # a token across a space
    assert not PlainNames.applies_to(Extractor(nlp=spaced).nlp)
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "ORG", "pattern": "Acme"}])  # type: ignore[attr-defined]
    assert not PlainNames.applies_to(Extractor(nlp=nlp).nlp)
    assert PlainNames.applies_to(Extractor().nlp)


# --- front matter without PyYAML -------------------------------------------------------

_KEYS = ["title", "source", "url", "published", "on", "yes", "null", "a-b", "_x", "1a", "tags"]
_VALUES = [
    "", " ", "Plain title", "Mavelel's Tie-Up", "https://example.org/a?b=1&c=2", "2026-03-04",
    "2026-13-45", "2026-03-04 10:00:00", "2026-3-4", '"Explainer: What Is"', "'single'",
    "'it''s'", '"esc \\" quote"', '"tab\\there"', "yes", "No", "on", "~", "null", "42", "0x1F",
    "1_000", "3.5", ".5", ".inf", "-1", "+1", "1:30", "a: b", "ends:", "C# rocks", "x # note",
    "[a, b]", "{a: 1}", "- item", "*alias", "&anchor x", "!tag x", "|", ">", "%", "@x", "`x",
    "A, B [C]", "\u00a0nbsp", "nbsp\u00a0", "line\u2028sep", "nel\x85", "bom\ufeff", "ctl\x07",
    "\t tabbed", "trailing   ", "(paren)", "$5bn", "/path", "é accent", "🙂",
]
_HEADER_LINE = st.tuples(
    st.sampled_from(_KEYS),
    st.sampled_from([":", ": ", ":  ", " : ", ":\t"]),
    st.sampled_from(_VALUES),
).map("".join) | st.sampled_from(["", "  nested: 1", "# comment", "- listed", "key", "\r"])


@SETTINGS
@given(st.lists(_HEADER_LINE, max_size=6).map("\n".join))
def test_simple_front_matter_reads_as_yaml_does(header: str) -> None:
    import yaml

    from factcheck.corpus import _FrontMatterLoader, _simple_front_matter

    simple = _simple_front_matter(header)
    if simple is None:
        return  # PyYAML reads it
    assert simple == (yaml.load(header, Loader=_FrontMatterLoader) or {})
    assert [type(v) for v in simple.values()] == [
        type(v) for v in (yaml.load(header, Loader=_FrontMatterLoader) or {}).values()
    ]


def test_the_fixtures_front_matter_takes_the_simple_path(fixtures_dir) -> None:  # type: ignore[no-untyped-def]
    from factcheck.corpus import _simple_front_matter

    for path in (fixtures_dir / "corpus").glob("*.md"):
        header = path.read_text("utf-8").split("---\n")[1]
        assert _simple_front_matter(header), path.name


# --- money's currency precheck ---------------------------------------------------------


def _currency_pieces() -> list[str]:
    from factcheck.extract import money

    texts = sorted({t for _, t, _ in money._TABLE})
    return [*texts[::7], "$", "€", "£", "USD", "MUSD", "dollars", "won", "Rs.", "kr", "R", "c"]


_MONEY_TEXT = st.lists(
    st.sampled_from(
        [*_currency_pieces(), "5", "12.5", "1,500", "five", "twenty-one", "twentyone", "a",
         "an", "one", "bn", "m", "million", "and", "43", "per", "share", "people", "numbers",
         "Acme", "-", ".", ",", "(", ")", "\u00a0", "ſ", "K", "ı", "İ"]
    ),
    max_size=10,
).flatmap(lambda parts: st.sampled_from(["", " ", "-"]).map(lambda glue: glue.join(parts)))


@SETTINGS
@given(_MONEY_TEXT)
@example("adollar and onedollar, 5dollars, 5 USD, MUSD5, 50 cents, Rs. 5, 5kr")
@example("\u0bb0\u0bc2million")  # a symbol in another script: not an ASCII word
@example("\u0131irish punt5")  # a dotless i folds to "i" only when case is ignored
def test_the_currency_precheck_never_drops_money(text: str) -> None:
    from factcheck.extract import money
    from factcheck.extract._numbers import plain_spaces

    found = money.find_money(text)
    unchecked = money._money(plain_spaces(text))
    assert [(m.start, m.end, m.value, m.unit) for m in found] == [
        (m.start, m.end, m.value, m.unit) for m in unchecked
    ]


# --- date anchors: trigger words found by one regex, not a loop over every word ---------


def _anchors_by_tokens(text: str) -> tuple[int, dict[int, list[int]]]:
    """The anchor loop as it was: every ``\\d+|[A-Za-z]+`` token through Python."""
    d = date_rules
    out: dict[int, list[int]] = {c: [] for c in d._CLASSES}
    present, prev = 0, ""
    for m in d._TOKEN.finditer(text):
        w = m.group().lower()
        if w[0].isdigit():
            start, end = m.start(), m.end()
            if text.startswith(("/", "-"), end):
                out[d._SLASH].append(start)
            elif text.startswith(".", end) and text[end + 1 : end + 2].isdigit():
                out[d._DOTNUM].append(start)
            n = len(w)
            if n == 4 and "1500" <= w < "2200":
                out[d._YEARNUM].append(start)
            elif n == 8:
                out[d._LONGNUM].append(start)
            elif n == 2 and start and text[start - 1] in "'\u2019":
                out[d._APOSNUM].append(start)
            if text[end : end + 2].lower() in d._SUFFIXES:
                out[d._ORDINAL].append(start)
            prev = ""
            continue
        if prev and (prev, w) in d._HOLIDAY_BIGRAMS:
            out[d._HOLIDAY].append(m.start())
            present |= d._HOLIDAY
        prev = w if w in d._BIGRAM_FIRSTS else ""
        hit = d._TRIGGER_CLASSES.get(w)
        if hit:
            present |= hit[0]
            for c in hit[1]:
                out[c].append(m.start())
    for c in d._DIGIT_CLASSES_SEQ:
        if out[c]:
            present |= c
    return (present, out) if d._runnable(present) else (0, out)


_DATE_TEXT = st.lists(
    st.sampled_from([*_PIECES, *sorted(date_rules._TRIGGERS)[1::4], "New", "year", "Good",
                     "FRIDAY", "holy", "x", "5", "١٢", "2019", "07", "'19", "3rd", "2.3",
                     "20190304"]),
    min_size=1,
    max_size=14,
).flatmap(lambda parts: st.sampled_from(["", " ", "-", ", ", "é"]).map(lambda g: g.join(parts)))


@SETTINGS
@given(_DATE_TEXT)
@example("New Year, new-years, New 5 Year, New éYear, NEW\nYEAR, Good x Friday")
@example("Holy Saturday 2019New Year '19 3rd 2.3 20190304 ١٢/٣")
def test_date_anchors_are_the_token_loops(text: str) -> None:
    work = text.translate(date_rules._LOOKALIKES)  # as find_dates gives it
    present, anchors = date_rules._anchors(work)
    expected, expected_anchors = _anchors_by_tokens(work)
    assert present == expected
    if present:
        assert anchors == expected_anchors


# --- the finders inside find_numeric run on text made plain once ----------------------


@SETTINGS
@given(_MONEY_TEXT | _DATE_TEXT)
@example("5\u00a0km, 10\u202f000 people, 3\u2009% and $1.5\u00a0billion\nranked #1")
def test_numeric_finders_unwrapped_give_the_wrapped_results(text: str) -> None:
    from factcheck.extract import count, money, percent, quantity, rank
    from factcheck.extract._numbers import plain_spaces

    work = plain_spaces(text)
    assert plain_spaces(work) == work  # idempotent: a second pass changes nothing
    for finder in (money.find_money, percent.find_percent, quantity.find_quantities,
                   rank.find_ranks, count.find_counts):
        assert finder.__wrapped__(work) == finder(work)  # type: ignore[attr-defined]


# --- a sentence's own name words, found only when a sentence-initial word asks ---------


@SETTINGS
@given(_NAMES_TEXT, st.booleans())
@example("Revenue rose. Acme said Revenue rose", True)
@example("However Globex rose; The Acme unit said", False)
def test_name_spans_match_those_with_every_known_word(text: str, with_corpus: bool) -> None:
    from factcheck.nlp import NameFinder
    from factcheck.subjects import NOT_NAMES, find_names

    finder = NameFinder()
    finder.corpus_names = corpus_names([text[::-1], "said Acme and Revenue"]) if with_corpus else (
        frozenset()
    )
    local = corpus_names((text,), never_lower=False)  # as the name finder asks of one text
    assert not local & NOT_NAMES  # what lets find_names do without the sentence's own words
    known = finder.corpus_names | local
    assert list(find_names(text, known=known)) == list(
        find_names(text, known=finder.corpus_names)
    )
    slow = NameFinder()
    slow.corpus_names = known  # every known word given up front
    assert finder.spans(text) == slow.spans(text)


# --- sourcing's word lists as tries --------------------------------------------------------


def _flat_sourcing_patterns() -> dict[str, re.Pattern[str]]:
    """The flat alternations that attribution's trie patterns replaced."""
    from factcheck.extract import attribution as a

    verbs = sorted(a.SPEECH_VERBS | a.EVIDENCE_VERBS | a.FIRST_PERSON_VERBS)
    docs = sorted(a.DOCUMENTS | a.EVIDENCE | a.CUES["possessed_only"], key=len, reverse=True)
    return {
        "_SPEAKER_VERB": re.compile(r"\b(?:" + "|".join(verbs) + r")\b"),
        "_DOC_WORD": re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in docs)
            + r")(?![\w-])(?!\s+and\s+development)", re.IGNORECASE),
        "_HEDGE": re.compile(
            r"\b(?:" + "|".join(re.escape(h) for h in a.HEDGES) + r")\b", re.IGNORECASE),
    }


def _sourcing_pieces() -> list[str]:
    from factcheck.extract import attribution as a

    words = sorted(a.SPEECH_VERBS | a.EVIDENCE_VERBS | a.DOCUMENTS | a.EVIDENCE | set(a.HEDGES))
    return [*words, *(w.upper() for w in words[::5]), *(w[:-1] for w in words[::3]), "s",
            "d", "ed", "-", "and development", "ſ", "K", "\u2019", "'", ".", ",", "x"]


@SETTINGS
@given(st.lists(st.sampled_from(_sourcing_pieces()), max_size=12).flatmap(
    lambda parts: st.sampled_from(["", " ", "-", "  "]).map(lambda glue: glue.join(parts))))
@example("it's estimated, by some estimates, the research and development survey10-K s-1")
def test_sourcing_tries_match_the_flat_alternations(text: str) -> None:
    from factcheck.extract import attribution as a

    for name, flat in _flat_sourcing_patterns().items():
        trie = getattr(a, name)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


# --- sentences without a numeral: money and quantities only where an article can start -----


_WORDY_TEXT = st.lists(
    st.sampled_from([*_currency_pieces(), "a", "an", "one", "half", "quarter", "of", "liter",
                     "litre", "mile", "miles", "lb", "lbs", "acre", "pound", "absolute zero",
                     "Absolute Zero", "zero", "fold", "#", "ſ", "K", "cup", "the price of"]),
    max_size=10,
).flatmap(lambda parts: st.sampled_from(["", " ", "-", " - "]).map(lambda g: g.join(parts)))


@SETTINGS
@given(_WORDY_TEXT)
@example("a dollar, half a mile and an acre at absolute zero")
def test_numberless_sentences_skip_money_and_quantities_only_when_they_find_nothing(
    text: str,
) -> None:
    from factcheck.extract import numeric
    from factcheck.extract._numbers import plain_spaces

    work = plain_spaces(text)
    if numeric.has_number_hint(work) or "fold" in work or "#" in work:
        return  # the full path, or ranks alone
    both = numeric._resolve([*numeric.find_money(work), *numeric.find_quantities(work)])
    if numeric._A_NAME.search(work) is None and numeric._ARTICLE.search(work) is None and (
        "bsolute" not in work
    ):
        assert both == []
    assert numeric.find_numeric(text) == [
        dataclasses.replace(m, text=text[m.start : m.end]) for m in both
    ]


def test_date_anchors_on_lower_cased_text_are_the_same_tokens() -> None:
    import sys

    changed = [chr(i) for i in range(sys.maxunicode + 1) if chr(i).lower() != chr(i)]
    assert [c for c in changed if len(c.lower()) != 1] == ["\u0130"]
    # nothing but A-Z, and the Kelvin sign and dotted I, lower-cases to an ASCII letter or
    # a digit: the lower-cased scan sees the same letters and digits at the same offsets
    assert sorted(c for c in changed if re.fullmatch(r"[a-z]|\d", c.lower()[0])) == sorted(
        [*map(chr, range(65, 91)), "\u0130", "\u212a"]
    )
    text = "NEW YEAR's Day, 3RD May 2019 and MONDAY 12/3 Kelvin \u212a İ"
    lower = [m.span() for m in date_rules._ANCHOR_TOKEN_LOWER.finditer(text[:-4].lower())]
    assert lower == [m.span() for m in date_rules._ANCHOR_TOKEN.finditer(text[:-4])]
    assert date_rules._anchors(text) == _anchors_by_tokens(text)


# --- number words in ASCII text: a case-sensitive scan of the lower-cased text ------------


def test_number_words_are_lower_case_so_the_lower_cased_scan_is_the_same() -> None:
    from factcheck.extract import _numbers

    assert not any(c.isupper() for c in _numbers._CORE_RE)


@SETTINGS
@given(st.lists(st.sampled_from([*_PIECES, "One", "TWENTY", "Dozen", "hundreds", "Fifth",
                                 "twentyOne", "None", "tone", "ONEs", "x"]), max_size=8).flatmap(
    lambda parts: st.sampled_from(["", " ", "-", "_"]).map(lambda g: g.join(parts))))
@example("SEVEN hundred and Forty-Two")
@example("ſix and ıne")  # not ASCII: the case-folding scan
def test_number_hint_is_the_case_folding_scans(text: str) -> None:
    from factcheck.extract import _numbers

    expected = bool(_numbers._NUMERAL_CHAR.search(text) or _numbers._NUMBER_WORD.search(text))
    assert _numbers.has_number_hint.__wrapped__(text) == expected


def test_the_phrase_scans_capitals_all_have_their_lower_case() -> None:
    from factcheck.extract import _numbers

    pattern = _numbers._PHRASE_LOWER.pattern
    outside = re.sub(r"\(\?=\\d\|\\b\[[^\]]*\]\)|\[A-Za-z\]", "", pattern)  # the two classes
    assert not any(c.isupper() for c in outside)
    assert all(c.lower() in _numbers._FIRST_LETTERS for c in _numbers._FIRST_LETTERS)


@SETTINGS
@given(st.lists(st.sampled_from([*_PIECES, "One", "TWENTY", "Dozen", "hundreds", "Fifth", "A",
                                 "AN", "Minus", "NEGATIVE", "And", "POINT", "Over", "5", "1,5",
                                 "2.5", "10K", "3BN", "x"]), max_size=10).flatmap(
    lambda parts: st.sampled_from(["", " ", "-", " - ", ", "]).map(lambda g: g.join(parts))))
@example("Minus Twenty-One POINT five, a HUNDRED AND Two, 3Bn and 10k")
def test_phrase_spans_on_lower_cased_ascii_are_the_case_folding_ones(text: str) -> None:
    from factcheck.extract import _numbers

    if not text.isascii():
        return
    low, folded = [], []
    for rx, src, out in ((_numbers._PHRASE_LOWER, text.lower(), low),
                         (_numbers._PHRASE, text, folded)):
        pos = 0
        while (m := rx.search(src, pos)) is not None:
            out.append(m.span())
            pos = max(m.end(), m.start() + 1)
    assert low == folded


def test_ascii_text_has_no_date_lookalikes_to_translate() -> None:
    assert all(code > 127 for code in date_rules._LOOKALIKES)  # find_dates skips ASCII text


@SETTINGS
@given(st.lists(st.sampled_from([*_sourcing_pieces(), "According To", "SOURCES:", "Data From",
                                 "Reported BY", "Estimates by", "Statistics"]), max_size=12)
       .flatmap(lambda parts: st.sampled_from(["", " ", "-", "  "]).map(lambda g: g.join(parts))))
@example("ACCORDING TO the Survey, It's Estimated; Data from the Annual Accounts")
def test_sourcing_cues_on_lower_cased_ascii_are_the_case_folding_ones(text: str) -> None:
    from factcheck.extract import attribution as a

    for name in ("_HEDGE", "_INTRO", "_DOC_WORD"):
        folding, lower = getattr(a, name), getattr(a, name + "_LOWER")
        assert not any(c.isupper() for c in lower.pattern)
        if text.isascii():
            assert [m.span() for m in lower.finditer(text.lower())] == [
                m.span() for m in folding.finditer(text)
            ]


# --- date rules: the lower-case twin says where a rule cannot match ---------------------


@SETTINGS
@given(_DATE_TEXT)
@example("Monday, MAY 3RD 2019; the Week Ending Jan. 5; Q3 FY2024, H1 2023, 2019-03-04T10:00")
@example("Two Weeks Before Christmas Eve, New Year's Day, the 1990s, last FRIDAY")
def test_date_rule_twins_find_the_rules_spans_in_lower_cased_ascii(text: str) -> None:
    if not text.isascii():
        return
    assert len(date_rules._TWINS) == len(date_rules._RULES)  # names are unique
    low = text.lower()
    for rule in date_rules._RULES:
        twin = date_rules._TWINS[rule.name]
        assert twin is not None, rule.name  # every rule has its twin today
        assert [m.span() for m in twin.finditer(low)] == [
            m.span() for m in rule.regex.finditer(text)
        ], rule.name
