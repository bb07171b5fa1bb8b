"""A name of several words opening a sentence keeps its first word when the corpus never
writes that word in lower case ("Kestrel Cove opened"), while a common noun, a role, a
kind of organisation or a participle before a name is still left out ("Chipmaker Orlisk
said", "Housebuilder Acme Homes", "Neighbouring Acme Water"). Our own sentences with
invented names; the first four fail on the code before this rule (8d46bf8), the others
are guards."""

from __future__ import annotations

import datetime as dt

import factcheck
from factcheck import Document
from factcheck.subjects import corpus_names

PUBLISHED = dt.date(2025, 6, 1)


def _claims(*texts: str) -> list[factcheck.Claim]:
    docs = [Document(f"d{i}.md", t, published=PUBLISHED) for i, t in enumerate(texts)]
    return list(factcheck.check(docs).claims)


def _subject(claims: list[factcheck.Claim], written: str) -> str | None:
    return next(c.subject for c in claims if c.text == written)


def test_a_first_word_never_written_in_lower_case_is_a_names() -> None:
    claims = _claims(
        "Kestrel Cove opened in 1997 on the site of a clay quarry.",
        "Kestrel Cove had revenue of $5 million in 2024, its owners said.",
    )
    assert _subject(claims, "1997") == "Kestrel Cove"
    assert _subject(claims, "$5 million") == "Kestrel Cove"


def test_a_common_noun_the_corpus_writes_in_lower_case_is_left_out() -> None:
    claims = _claims(
        "Chipmaker Orlisk said revenue rose to $90 million in 2024.",
        "Another chipmaker, Vandelay Semis, said it had 300 staff.",
    )
    assert _subject(claims, "$90 million") == "Orlisk"


def test_roles_kinds_and_participles_before_a_name_are_left_out() -> None:
    claims = _claims(
        "Housebuilder Hooli Homes completed 4,380 homes in 2024.",
        "Neighbouring Globex Water has 171 reservoirs in 2024.",
    )
    assert _subject(claims, "4,380") == "Hooli Homes"
    assert _subject(claims, "171") == "Globex Water"


def test_one_sentence_alone_adds_no_first_words() -> None:
    text = "Kestrel Cove opened in 1997."
    assert "kestrel" in corpus_names([text])
    assert "kestrel" not in corpus_names([text], never_lower=False)
    assert "kestrel" not in corpus_names([text, "A kestrel hunted over the cove."])


def test_a_name_that_goes_on_by_of_keeps_its_first_word() -> None:
    claims = _claims("Bank of England raised its rate to 5% on Thursday.")
    assert _subject(claims, "5%") == "Bank of England"


def test_a_first_word_of_a_multi_word_role_may_begin_a_name() -> None:
    claims = _claims("Financial Times reported 2 million subscribers in 2024.")
    assert _subject(claims, "2 million") == "Financial Times"
