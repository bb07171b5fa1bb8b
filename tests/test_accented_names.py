"""Names written with accented letters ("Halsøy Laks", "Škoda Auto", "Société Générale")
are read whole, and a claim keeps the words as written: the extractor reads the text with
accents folded to plain letters (``factcheck.letters``), one character for one. Corpus
52's harvest pair was missed because the "ø" cut "Halsøy" off. Invented names and
sentences of our own; the tests marked so fail on the code before (16f149b)."""

from __future__ import annotations

import datetime as dt

import prose
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import AliasTable, Document, Kind
from factcheck.letters import Respelling, fold
from factcheck.subjects import corpus_names, subject_key

PUBLISHED = dt.date(2025, 3, 14)


def test_fold_reads_accented_letters_as_plain_ones() -> None:
    assert fold("Halsøy Laks, Škoda, Société Générale, Łódź, Ærø") == (
        "Halsoy Laks, Skoda, Societe Generale, Lodz, Aro"
    )


def test_fold_keeps_what_is_not_a_latin_letter() -> None:
    kept = "€12m, £3bn, ¥4, 30°C, 5×, “quoted” – dashes’ and Αθήνα"
    assert fold(kept) == kept  # Greek is another script: kept as written
    assert fold("plain ASCII text") == "plain ASCII text"


@given(st.text())
def test_fold_never_moves_an_offset(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert all(a == b for a, b in zip(text, folded, strict=True) if a.isascii())


def test_respelling_gives_back_the_words_as_written() -> None:
    respell = Respelling("Nordvik Sjømat bought Halsøy Laks from José Pérez.")
    assert respell("Halsoy Laks") == "Halsøy Laks"
    assert respell("Jose Perez said") == "José Pérez said"
    assert respell("Nordvik") == "Nordvik"
    assert respell(None) is None


def test_a_name_with_an_accent_is_read_whole() -> None:  # fails before
    harvest = prose.claim(
        "Halsøy Laks harvested 54,800 tonnes of salmon in 2024.", "54,800 tonnes"
    )
    assert harvest.subject == "Halsøy Laks"
    assert harvest.attribute == "production (salmon)"
    cars = prose.claim("Škoda Auto sold 926,000 cars in 2024.", "926,000")
    assert cars.subject == "Škoda Auto"


def test_a_claim_keeps_its_sentence_and_figure_as_written() -> None:  # fails before
    text = "Nordvik Sjømat agreed to pay NOK 11.4 billion for Halsøy Laks, said José Pérez."
    price = prose.claim(text, "NOK 11.4 billion")
    assert price.location.sentence == text
    assert text[price.location.start : price.location.end] == "NOK 11.4 billion"
    assert price.subject == "Halsøy Laks"


def test_a_source_keeps_its_accents() -> None:
    text = "Revenue at Globex rose 62% last year, according to Société Générale analysts."
    growth = prose.claim(text, "62%")
    assert growth.source is not None and "Société Générale" in growth.source


def test_the_same_name_with_and_without_accents_is_one_subject() -> None:  # fails before
    found = prose.contradictions(
        "Nestlé Brevet posted revenue of CHF 91.4 billion in 2024.",
        "Nestle Brevet posted revenue of CHF 99.4 billion in 2024.",
    )
    assert found == [("CHF 91.4 billion", "CHF 99.4 billion")]
    assert subject_key("Société Générale") == subject_key("Societe Generale")


def test_an_alias_written_with_accents_matches_plain_text() -> None:  # fails before
    aliases = AliasTable.default() | AliasTable.from_pairs([("Société Brevet", "SocBrev")])
    document = Document(
        "a.md", "Societe Brevet paid €2.1 billion for Initech.", published=PUBLISHED
    )
    report = factcheck.check([document], aliases=aliases)
    money = [c for c in report.claims if c.kind is Kind.MONEY]
    assert [c.subject for c in money] == ["Initech"]
    document = Document("b.md", "SocBrev said revenue rose to €9.1 billion in 2024.")
    report = factcheck.check([document], aliases=aliases)
    assert [c.subject for c in report.claims if c.kind is Kind.MONEY] == ["Société Brevet"]
    assert aliases.canonical("Societe Brevet") == "Société Brevet"


def test_corpus_names_read_folded_words() -> None:  # fails before
    names = corpus_names(["Analysts at Bærum Capital said so.", "Shares of Ørland rose."])
    assert {"barum", "orland"} <= names


def test_a_no_break_space_joins_a_name_as_a_space_does() -> None:  # fails before
    text = "Globex\u00a0Holdings agreed to buy Initech\u202fFoods for $1.2\u00a0billion."
    price = prose.claim(text, "$1.2\u00a0billion")
    assert (price.subject, price.attribute) == ("Initech Foods", "acquisition_price")
    assert price.location.sentence == text  # the evidence as written
    assert fold("Initech\u00a0Foods") == "Initech Foods"


def test_an_explanation_quotes_figures_as_an_editor_reads_them() -> None:
    # a no-break space is shown as a space, never as "\xa0", and quotes stay single
    first = Document(
        "a.md", "Globex Foods agreed to buy Initech Farms for NOK 11.4\u00a0billion.",
        published=PUBLISHED,
    )
    second = Document(
        "b.md", "Globex Foods will pay NOK 13.1 billion for Initech Farms.", published=PUBLISHED
    )
    (finding,) = factcheck.check([first, second]).findings
    assert "'NOK 11.4 billion' vs 'NOK 13.1 billion'" in finding.explanation
    assert "\\xa0" not in finding.explanation
