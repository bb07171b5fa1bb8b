"""Subjects: rule-based names, keys that merge spellings, and the user's alias table."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import AliasTable, AliasTableError
from factcheck.nlp import build_pipeline
from factcheck.subjects import (
    corpus_names,
    find_names,
    group_key,
    is_demonym,
    is_modifier,
    relation_subject,
    short_names,
    subject_key,
)


def names(text: str) -> list[str]:
    return [text[s:e] for s, e in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Globex agreed terms with Initech Corp. on Monday.", ["Globex", "Initech Corp"]),
        ("The Zephyr-Image-2.5 model and GPT-4o were compared.", ["Zephyr-Image-2.5", "GPT-4o"]),
        (
            "Claude 3.5 Sonnet beat Windows 11 and Llama 2 in tests.",
            ["Claude 3.5 Sonnet", "Windows 11", "Llama 2"],
        ),
        ("then xAI and iPhone maker Apple rose.", ["xAI", "iPhone", "Apple"]),
        ("However, Acme's chief said so.", ["Acme"]),
        ("At Build 2026 the firm spoke.", ["Build"]),
        ("Bank staff paid 11,000 fees and 45 percent more.", ["Bank"]),
    ],
)
def test_find_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_subject_key_merges_designators_and_possessives() -> None:
    assert subject_key("Zephyr AI") == subject_key("Zephyr's") == "zephyr"
    assert subject_key("Initech Corp.") == subject_key("Initech") == "initech"
    assert subject_key("The Walt Disney Company") == "walt disney"
    assert subject_key("AI") == "ai"  # a lone designator is still a name


def test_relation_subject_is_order_free() -> None:
    assert (
        relation_subject("Globex", "Acme") == relation_subject("Acme", "Globex") == "Acme – Globex"
    )
    assert group_key("Globex – Acme") == group_key("Acme – Globex") == "acme|globex"


def test_default_alias_table_is_data() -> None:
    table = AliasTable.default()
    assert table.canonical("IBM") == "International Business Machines"
    assert table.canonical("Unknown Co's") == "Unknown Co"


def test_user_alias_tables_csv_and_yaml(tmp_path: Path) -> None:
    csv_path = tmp_path / "a.csv"
    csv_path.write_text("canonical,alias\nNorthbridge United,Northbridge\n", encoding="utf-8")
    yaml_path = tmp_path / "a.yaml"
    yaml_path.write_text(
        "Halvorsen Semiconductor: [HLVS, Halvorsen]\nBrightmart: BMRT\n", encoding="utf-8"
    )
    table = AliasTable.default() | AliasTable.load(csv_path) | AliasTable.load(yaml_path)
    assert table.canonical("Northbridge") == "Northbridge United"
    assert table.canonical("HLVS") == "Halvorsen Semiconductor"
    assert table.canonical("BMRT") == "Brightmart"
    assert table.canonical("IBM") == "International Business Machines"  # default kept


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.csv", "name,other\nA,B\n", "needs the columns"),
        ("empty.csv", "canonical,alias\nA,\n", "empty"),
        ("bad.yaml", "- just a list\n", "must map"),
        ("broken.yaml", "a: [unclosed\n", "not valid YAML"),
    ],
)
def test_alias_table_errors_name_the_file(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AliasTableError, match=message) as info:
        AliasTable.load(path)
    assert name in str(info.value)
    assert isinstance(info.value, ValueError)


def test_pipeline_marks_aliases_with_their_canonical_id() -> None:
    table = AliasTable.from_pairs([("Halvorsen Semiconductor", "HLVS")])
    nlp = build_pipeline(table)
    doc = nlp("Analysts at HLVS said Initech rose.\nQuarterly Update\nGlobex fell.")
    found = {(e.text, e.ent_id_ or e.text) for e in doc.ents}
    assert ("HLVS", "Halvorsen Semiconductor") in found
    assert ("Initech", "Initech") in found
    assert [s.text.strip() for s in doc.sents if s.text.strip()][
        1
    ] == "Quarterly Update"  # a line break ends a sentence


def test_sentence_initial_common_words_are_not_names() -> None:
    nlp = build_pipeline(AliasTable())
    doc = nlp(
        "Enterprise buyers like Globex. Globex agreed. Revenue rose at Acme. "
        "Additionally, enterprise revenue fell. Initech agreed too."
    )
    # a word the document also writes in lower case is a common word; a word met only
    # capitalised at a sentence start is taken as a name ("Initech agreed")
    assert [e.text for e in doc.ents] == ["Globex", "Globex", "Acme", "Initech"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme closed a Series C led by Globex.", ["Acme", "Globex"]),
        ("Initech began a Phase 3 trial of Zephyr-2.", ["Initech", "Zephyr-2"]),
        ("Globex sold Class A shares.", ["Globex"]),
    ],
)
def test_labels_are_not_names(text: str, expected: list[str]) -> None:
    # a generic word and a letter or number labels a round, a trial or a share class
    assert names(text) == expected


def test_short_names_merge_a_brand_with_its_one_business_name() -> None:
    keys = ["corvane therapeutics", "corvane", "eastmere energy", "eastmere", "globex"]
    assert short_names(keys) == {"corvane": "corvane therapeutics", "eastmere": "eastmere energy"}
    # two businesses of one brand, or a longer name of another kind: left alone
    assert short_names(["tata", "tata steel", "tata motors"]) == {}
    assert short_names(["acme", "acme energy", "acme cloud"]) == {}
    # only ever merges: a key without a short form keeps itself
    assert group_key("Corvane – Brenmoor Pharma", {"corvane": "corvane therapeutics"}) == (
        "brenmoor pharma|corvane therapeutics"
    )


def test_short_names_merge_a_brand_with_its_one_name_known_to_be_a_company() -> None:
    # "Launch" and "Cartography" name no kind of business, but a name that was founded or
    # raised a round is a company's: its brand alone is short for it
    keys = ["orbiline launch", "orbiline", "tessmark cartography", "tessmark"]
    assert short_names(keys) == {}
    assert short_names(keys, companies=["orbiline launch"]) == {"orbiline": "orbiline launch"}
    # still only one such name: two companies of one brand, or a product beside it
    assert short_names([*keys, "orbiline orbital"], companies=["orbiline launch"]) == {}
    assert short_names(
        [*keys, "orbiline orbital"], companies=["orbiline launch", "orbiline orbital"]
    ) == {}
    # a company's name is no person's: its last word is no surname
    assert short_names(["launch", "orbiline launch"], companies=["orbiline launch"]) == {}


def test_short_names_merge_a_surname_with_its_one_full_name() -> None:
    assert short_names(["marco lenz", "lenz", "castellon"]) == {"lenz": "marco lenz"}
    # two people of one surname, or a surname that also opens a name: left alone
    assert short_names(["marco lenz", "anna lenz", "lenz"]) == {}
    assert short_names(["marco lenz", "lenz", "lenz capital"]) == {}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("European", True),
        ("Nordic", True),
        ("chinese", True),
        ("European Commission", False),  # a name that contains one is a name
        ("Norvane", False),
        ("Europe", False),  # a place can own figures ("Europe's GDP"); its adjective cannot
    ],
)
def test_adjectives_of_place_are_data(name: str, expected: bool) -> None:
    assert is_demonym(name) is expected


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (["Telvana ranked first.", "Telvana's share rose."], "telvana"),  # a possessive
        (["Kestrel produced gold.", "Kestrel said so."], "kestrel"),  # a reporting verb
        (["Voltaris was founded in 2014.", "Voltaris Motors grew."], "voltaris"),  # a business
        (["Output rose.", "It said Zephyr grew."], "zephyr"),  # capitalised mid-sentence
    ],
)
def test_words_a_corpus_uses_as_names(texts: list[str], name: str) -> None:
    assert name in corpus_names(texts)


@pytest.mark.parametrize(
    "texts",
    [
        ["Analysts said revenue rose."],  # a plural before a reporting verb
        ["Revenue rose. Shares fell."],  # words that only open sentences
    ],
)
def test_words_a_corpus_does_not_use_as_names(texts: list[str]) -> None:
    assert not {"analysts", "revenue", "shares"} & corpus_names(texts)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Leeds-based", True),
        ("Oslo-listed", True),
        ("Hong Kong-registered", True),
        ("Third-quarter", True),
        ("Rolls-Royce", False),  # every part capitalised: a name
        ("GPT-4o", False),  # a version
        ("Zephyr-Image-2.5", False),
        ("Norvane", False),
    ],
)
def test_hyphenated_adjectives_are_no_names(name: str, expected: bool) -> None:
    assert is_modifier(name) is expected


def test_document_short_names_need_the_full_name_first_and_alone() -> None:
    from factcheck.subjects import document_short_names

    assert document_short_names(["Dunmere Chemicals", "Dunmere"]) == {
        "dunmere": "dunmere chemicals"
    }
    assert document_short_names(["Dunmere", "Dunmere Chemicals", "Dunmere"]) == {}
    assert document_short_names(["Dunmere Chemicals", "Dunmere Ventures", "Dunmere"]) == {}
    assert document_short_names(["Dunmere Chemicals"]) == {}
