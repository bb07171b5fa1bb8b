"""The fourth round of speed shortcuts changes no result: each is compared with the code
it replaced (kept here as the reference), on text made of the pieces it is about.

* ``segment._BOUNDARY``, ``subjects._MID_SENTENCE_CAPITAL`` and ``subjects._USED_AS_A_NAME``
  put their lookbehind after the first character (and the business words in a trie);
* ``_numbers._PHRASE`` asks for a word boundary in its opening lookahead;
* ``_numbers._find_numbers_cached`` skips the numeral pass when every digit is read;
* ``pipeline._items_in_full`` runs the name finder only where an of-name head is written.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck import pipeline, segment, subjects
from factcheck.extract import _numbers as numbers

SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# --- the patterns as they were ---------------------------------------------------------

_BOUNDARY_THEN = re.compile(
    r"(?<![.!?…])[.!?…]+[\"'”’)\]*_]*\s+(?=[\"'“‘(\[*_]*[A-Z0-9$€£¥])"
)
_MID_SENTENCE_CAPITAL_THEN = re.compile(r"(?<=[a-z0-9,;)] )[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9]")
_USED_AS_A_NAME_THEN = re.compile(
    r"(?<![\w'’.-])[A-Z][a-z]+[A-Za-z]*"
    + rf"(?={subjects._ACTS}|[ \t]+(?:"
    + "|".join(re.escape(w.capitalize()) for w in sorted(subjects.BUSINESS_WORDS))
    + r")\b"
    + r"|(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’.-]*){1,3}"
    + subjects._ACTS.removeprefix(r"(?<![^s]s)")
    + ")"
)
_PHRASE_THEN = re.compile(
    "(?=[\\d" + numbers._FIRST_LETTERS + "])"
    + numbers._PHRASE.pattern.split("])", 1)[1],
    re.IGNORECASE,
)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


_SENTENCE_PIECES = [
    "Acme", "said", "agreed", "'s", "’s", "Motors", "Airlines", "Airline", "Air", "Bank",
    "Bancorp", "Brewing", "Brewers", "&", "x", "A", "b", "U.S.", "Inc.", "No.", "...", "?!",
    "!", "?", "…", ".", ",", ";", ")", "(", "\"", "“", "”", "’", "*", "_", "-", "9", "$",
    "Globex", "was fined", "has also said", "s", "Its", "ſ", "K", "é", "\t", "\n",
]
_SENTENCE_TEXT = st.lists(
    st.tuples(st.sampled_from(_SENTENCE_PIECES), st.sampled_from(["", " ", "  "])),
    max_size=16,
).map(lambda parts: "".join(p + gap for p, gap in parts))


@SETTINGS
@given(_SENTENCE_TEXT)
@example("Acme said. Its Airlines rose... ?! “The Bank”. U.S. Acme Motors's x")
def test_lookbehinds_after_the_first_character_match_the_same(text: str) -> None:
    assert _spans(segment._BOUNDARY, text) == _spans(_BOUNDARY_THEN, text)
    assert _spans(subjects._MID_SENTENCE_CAPITAL, text) == _spans(
        _MID_SENTENCE_CAPITAL_THEN, text
    )
    assert _spans(subjects._USED_AS_A_NAME, text) == _spans(_USED_AS_A_NAME_THEN, text)


def test_business_word_trie_matches_every_word_and_no_more() -> None:
    for word in sorted(subjects.BUSINESS_WORDS):
        for text in (f"Acme {word.capitalize()}", f"Acme {word.capitalize()}x",
                     f"Acme {word.capitalize()[:-1]}", f"Acme {word}"):
            assert _spans(subjects._USED_AS_A_NAME, text) == _spans(_USED_AS_A_NAME_THEN, text)


_NUMBER_PIECES = [
    "one", "One", "ONE", "two", "twenty", "thirtyfive", "hundred", "thousand", "million",
    "a", "an", "and", "minus", "negative", "half", "dozen", "fifths", "third", "3", "1,000",
    "12.5", "-4", "½", "2½", "10 1/2", "1/4", "2bn", "5th", "1e5", "٣", "$", "%", "x", "M",
    "-", ".", ",", "&", "é", "ſ", "K", "none", "often", "someone", "bone",
]
_NUMBER_TEXT = st.lists(
    st.tuples(st.sampled_from(_NUMBER_PIECES), st.sampled_from(["", " ", "-"])),
    max_size=12,
).map(lambda parts: "".join(p + gap for p, gap in parts))


@SETTINGS
@given(_NUMBER_TEXT)
@example("someone paid 2½ and twenty-one ½ bn")
def test_number_phrase_scan_matches_the_same(text: str) -> None:
    assert _spans(numbers._PHRASE, text) == _spans(_PHRASE_THEN, text)
    lower = text.lower()
    if lower.isascii():
        assert _spans(numbers._PHRASE_LOWER, lower) == _spans(
            re.compile(_PHRASE_THEN.pattern), lower
        )


@SETTINGS
@given(_NUMBER_TEXT)
@example("x3 one ½")
def test_numeral_pass_is_skipped_only_where_it_finds_nothing(text: str) -> None:
    numbers._find_numbers_cached.cache_clear()
    found = numbers._find_numbers_cached(text)
    real = numbers._numerals_outside
    try:
        numbers._numerals_outside = lambda text, covered: True  # type: ignore[assignment]
        numbers._find_numbers_cached.cache_clear()
        assert numbers._find_numbers_cached(text) == found
    finally:
        numbers._numerals_outside = real  # type: ignore[assignment]
        numbers._find_numbers_cached.cache_clear()


_OF_PIECES = [
    "University", "UNIVERSITY", "university", "of", "OF", "Of", "the", "The", "Port",
    "Bank", "Wexley", "Elmford", "Acme", ".", "..", ",", "'s", "’", "-", "&", "ranked",
    "14th", "ſ", "K",
]


@SETTINGS
@given(st.lists(st.sampled_from(_OF_PIECES), max_size=12).map(" ".join))
@example("The UNIVERSITY. OF Wexley ranked 14th")
@example("Port..of the Elmford")
def test_of_name_precheck_never_hides_a_full_name(text: str) -> None:
    if pipeline._may_name_of_heads(text):
        return
    for start, end in subjects.find_names(text):
        assert subjects.of_name_tail(subjects.subject_key(text[start:end])) is None


def test_of_name_precheck_sees_a_full_name() -> None:
    text = "The University of Wexley rose. Wexley placed 14th in the table."
    assert pipeline._may_name_of_heads(text)
    assert pipeline._may_name_of_heads("PORT.. OF Elmford")
    assert not pipeline._may_name_of_heads("Wexley placed 14th.")
