"""From documents to claims: evidence, a user's own spaCy pipeline, failures isolated."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

import factcheck
from factcheck import Document, Extractor, Kind, load_corpus
from factcheck.corpus import Corpus


def test_claims_keep_their_evidence() -> None:
    text = "Intro.\n\nAcme agreed to acquire Globex for $69 billion in cash. Shares rose."
    report = factcheck.check([Document("a.md", text, published=dt.date(2026, 3, 1))])
    money = [c for c in report.claims if c.kind is Kind.MONEY]
    assert len(money) == 1
    claim = money[0]
    assert text[claim.location.start : claim.location.end] == claim.text == "$69 billion"
    assert claim.location.sentence == "Acme agreed to acquire Globex for $69 billion in cash."
    assert text[claim.location.sentence_start :].startswith(claim.location.sentence)
    assert claim.subject == "Globex"  # an acquisition price is about what is bought
    assert claim.attribute == "acquisition_price"
    assert claim.unit == "USD"


def test_user_supplied_pipeline_plugs_in_and_keeps_its_entities() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "the lab", "id": "Initech"}])
    extractor = Extractor(nlp=nlp)
    assert extractor.nlp is nlp
    assert "sentencizer" in nlp.pipe_names
    report = factcheck.check(
        [Document("a.md", "Acme invested $2 billion in the lab in 2024.")], extractor=extractor
    )
    money = next(c for c in report.claims if c.kind is Kind.MONEY)
    assert money.subject == "Acme – Initech"
    assert str(money.period) == "2024"


def test_one_failing_document_never_stops_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.pipeline as pipeline

    real = pipeline.find_mentions

    def explode(text: str, published: dt.date | None = None) -> list:
        if "poison" in text:
            raise RuntimeError("extractor bug")
        return real(text, published)

    monkeypatch.setattr(pipeline, "find_mentions", explode)
    corpus = Corpus(
        (
            Document("bad.md", "This has poison in it."),
            Document("good.md", "Revenue was $5 billion at Acme."),
        )
    )
    report = factcheck.check(corpus)
    statuses = {d.id: d for d in report.documents}
    assert statuses["bad.md"].status == "failed"
    assert "extractor bug" in (statuses["bad.md"].error or "")
    assert statuses["good.md"].status == "checked"
    assert any(c.doc == "good.md" for c in report.claims)


def test_every_input_document_is_accounted_for(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Acme revenue was $5 billion.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.md").write_text(
        "---\npublished: 2026-01-05\n---\nNothing here.", encoding="utf-8"
    )
    report = factcheck.check(tmp_path)
    assert [(d.id, d.status) for d in report.documents] == [
        ("a.txt", "checked"),
        ("b.txt", "failed"),
        ("c.md", "checked"),
    ]
    assert len(load_corpus(tmp_path).documents) == 2


def test_relative_dates_anchor_on_publication() -> None:
    doc = Document("a.md", "The deal closed last week.", published=dt.date(2026, 6, 10))
    dates = [c for c in factcheck.check([doc]).claims if c.kind is Kind.DATE]
    assert dates and dates[0].value.start <= dt.date(2026, 6, 9)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # "It" -> "the steelmaker" -> the heading: the subject carries through references
        (
            "Kestrel Steel (KSTL). The Frankfurt-listed steelmaker posted revenue of $5 "
            "billion. It produced 12.3 million tonnes of crude steel in 2024.",
            "Kestrel Steel",
        ),
        (
            "Kestrel Steel had a strong year. Revenue rose 8% to $5 billion. It produced 12.3 "
            "million tonnes of crude steel in 2024.",
            "Kestrel Steel",
        ),
        # a sentence of its own ends the chain: "It" is not the steelmaker two sentences back
        (
            "Kestrel Steel had a strong year. Shares in the sector rallied on Monday. It "
            "produced 12.3 million tonnes of crude steel in 2024.",
            None,
        ),
    ],
)
def test_a_subject_carries_through_sentences_that_refer_back(
    text: str, subject: str | None
) -> None:
    report = factcheck.check([Document("a.md", text)])
    (claim,) = [c for c in report.claims if "tonnes" in c.text]
    assert claim.subject == subject
