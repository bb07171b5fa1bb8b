"""Rule-based sentence splitting: offsets index the document, abbreviations hold."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.segment import sentences


def test_sentences_paragraphs_and_offsets() -> None:
    text = (
        "Heading without a stop\n"
        "Acme Inc. agreed to pay $5 billion. Mr. Smith said so! "
        '"Quotes end here." It rose 5% to 3.2.\n'
        "\n"
        "  **Retail.** The U.S. unit of Globex Corp. gained. A. B. Jones spoke."
    )
    found = list(sentences(text))
    assert [s.text for s in found] == [
        "Heading without a stop",
        "Acme Inc. agreed to pay $5 billion.",
        "Mr. Smith said so!",
        '"Quotes end here."',
        "It rose 5% to 3.2.",
        "**Retail.**",
        "The U.S. unit of Globex Corp. gained.",
        "A. B. Jones spoke.",
    ]
    assert [s.paragraph for s in found] == [0, 1, 1, 1, 1, 2, 2, 2]
    assert all(text[s.start : s.end] == s.text for s in found)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"'$5A(")), max_size=200))
def test_offsets_always_index_the_text(text: str) -> None:
    for sentence in sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text


def test_overlong_sentences_are_cut_into_bounded_pieces() -> None:
    from factcheck.segment import MAX_SENTENCE

    text = "word " * 2000 + "end."
    pieces = list(sentences(text))
    assert len(pieces) > 1
    assert all(len(p.text) <= MAX_SENTENCE for p in pieces)
    assert all(text[p.start : p.end] == p.text for p in pieces)
    assert " ".join(p.text for p in pieces).split() == text.split()


def test_a_designator_written_with_dots_ends_no_sentence() -> None:
    text = "The inspectorate fined Halda Vysočina a.s. CZK 4.8 million. Halda will appeal."
    assert [s.text for s in sentences(text)] == [
        "The inspectorate fined Halda Vysočina a.s. CZK 4.8 million.",
        "Halda will appeal.",
    ]
    italian = "Corvo S.p.A. Revenue rose."  # the price: such a sentence is not split
    assert len(list(sentences(italian))) == 1
