"""Who a figure is about: definite descriptions ("the co-op", "the ferry operator") that refer
to a subject named earlier in the article, names that are no subjects ("Nobody"), the item
and the board of a rank, and a count at a quarter's end. Sentences written for these tests."""

from __future__ import annotations

from prose import claims_of, findings_of

from factcheck import Kind
from factcheck.referents import KINDS, DocumentReferents
from factcheck.subjects import NOT_NAMES, is_modifier

# -- names that are no subjects --


def test_an_indefinite_pronoun_is_no_name() -> None:
    assert {"nobody", "everyone", "someone"} <= NOT_NAMES
    # "Nobody expects" in one article would make "Nobody" a name the corpus uses
    found = findings_of(
        "Nobody got excited about Tarrow Hotels and its summer. "
        "The chain ended the second quarter with 212 hotels.",
        '"Nobody expects a quick recovery in bookings," one analyst said. '
        "Tarrow Hotels had 240 hotels at the end of June.",
    )
    assert len(found) == 1
    assert found[0].a.subject == "Tarrow Hotels" and found[0].b is not None
    assert found[0].b.subject == "Tarrow Hotels"


def test_a_name_ending_in_a_prefixed_word_is_a_name() -> None:
    assert not is_modifier("Glenmoor Grain Co-operative")
    assert not is_modifier("Harlow Re-insurance")
    assert is_modifier("Leeds-based")
    assert is_modifier("Frankfurt-listed")
    (claim,) = claims_of(
        "Glenmoor Grain Co-operative reported revenue of £210 million for the year, and "
        "members of Glenmoor voted for a new chair.",
        Kind.MONEY,
    )
    assert claim.subject == "Glenmoor Grain Co-operative"


# -- a count at a quarter's end --


def test_a_count_at_a_quarters_end_is_its_last_months() -> None:
    (ended,) = claims_of("Tarrow Hotels ended the second quarter with 212 hotels.", Kind.COUNT)
    assert str(ended.period) == "2025-06"
    (at_end,) = claims_of(
        "Tarrow Hotels had 212 hotels at the end of the third quarter.", Kind.COUNT
    )
    assert str(at_end.period) == "2025-09"
    # a quarter's takings are the quarter's: no end of it is named
    (during,) = claims_of("Tarrow Hotels opened 12 hotels in the second quarter.", Kind.COUNT)
    assert str(during.period) == "2025-Q2"


# -- definite descriptions --


def test_the_kinds_table_is_data() -> None:
    assert "co-op" in KINDS and "streamer" in KINDS and "council" in KINDS
    assert KINDS["company"] == frozenset()  # generic: any organisation fits
    assert "co-operative" in KINDS["co-op"]


def test_a_description_from_the_table_refers_back() -> None:
    quantities = claims_of(
        "Glenmoor Grain Co-operative reported record revenue, and members of Glenmoor "
        "approved the accounts. The co-op handled 2.1 million tonnes of wheat from its "
        "members over the 12 months.",
        Kind.QUANTITY,
    )
    assert [c.subject for c in quantities] == ["Glenmoor Grain Co-operative"]


def test_a_description_never_refers_to_a_person() -> None:
    text = (
        "When Mara Lindqvist and Tomas Ekberg started Skyfold from a hangar near Malmö, the "
        "plan was small. Founded in 2015, the company now flies 40 aircraft to 19 cities. "
        "Lindqvist, who is chief executive, wants more."
    )
    counts = claims_of(text, Kind.COUNT, title="Skyfold bets on small airports")
    assert {c.subject for c in counts if c.text in ("40", "19")} == {"Skyfold"}
    (founded,) = [c for c in claims_of(text, Kind.DATE, title="Skyfold bets") if c.text == "2015"]
    assert founded.subject == "Skyfold" and founded.attribute == "date founded"


def test_without_a_title_a_person_is_still_no_referent() -> None:
    text = (
        "When Mara Lindqvist and Tomas Ekberg started the airline, the plan was small. "
        "Founded in 2015, the company now flies 40 aircraft. Lindqvist, who is chief "
        "executive, wants more."
    )
    (count,) = [c for c in claims_of(text, Kind.COUNT) if c.text == "40"]
    assert count.subject is None


def test_a_description_naming_a_kind_prefers_the_subject_described_so() -> None:
    text = (
        "Orvane, a ferry operator, has bought four ships this year. Brightwater Bank lent "
        "it most of the money, and Harlan Marine built two of the ships for Orvane. "
        "The operator carried 3.2 million passengers in 2024."
    )
    (count,) = [c for c in claims_of(text, Kind.COUNT) if c.text == "3.2 million"]
    assert count.subject == "Orvane"


def test_two_subjects_of_the_named_kind_compete() -> None:
    memory = DocumentReferents.of("")
    memory.note("Orvane, a ferry operator, bought ships.", _names("Orvane"), "Orvane")
    memory.note("Selka, a rival operator, sold two.", _names("Selka"), "Selka")
    memory.note("Brightwater Bank lent the money.", _names("Brightwater Bank"), "Brightwater Bank")
    assert memory.resolve("The operator carried 3.2 million passengers.", None) is None
    # the previous sentence's subject, when it is of that kind, wins
    assert memory.resolve("The operator carried 3.2 million passengers.", "Selka") == "Selka"
    # a generic head takes the previous subject, as "the company" always did
    assert (
        memory.resolve("The company carried 3.2 million passengers.", "Brightwater Bank")
        == "Brightwater Bank"
    )


def test_people_are_found_by_their_roles_and_as_founders() -> None:
    memory = DocumentReferents.of(
        "Founded in 2019 by former nurses Ana Marr and Jon Feld, Pellow grew fast. "
        "Chief Operating Officer Lise Brandt joined later. Tor Vik took over as chair in "
        'May. "We grew," said Eva Lund, chief executive of Pellow.'
    )
    for name in ("Ana Marr", "Jon Feld", "Lise Brandt", "Tor Vik", "Eva Lund", "Feld"):
        assert memory.is_person(name), name
    assert not memory.is_person("Pellow")


def test_a_role_word_opening_a_sentence_is_no_referent() -> None:
    memory = DocumentReferents.of("")
    memory.note("Chief executive Jo Park said so.", _names("Chief"), "Chief")
    assert memory.resolve("The company was fined £2m in 2021.", None) is None


def test_the_articles_main_subject_wins_over_others_it_names() -> None:
    memory = DocumentReferents.of("", "Quorra")
    memory.note("Quorra raised $40m from Tallow Ventures.", _names("Quorra"), "Quorra")
    memory.note("Tallow Ventures led the round.", _names("Tallow Ventures"), "Tallow Ventures")
    memory.note("Analysts were cautious.", [], None)
    # the sentence before names nobody: "the company" is the article's own subject
    assert memory.resolve("The company generated revenue of $62m.", None) == "Quorra"
    # with no title, the paragraph's first subject is what it is about
    untitled = DocumentReferents.of("")
    untitled.note("Quorra raised $40m.", _names("Quorra"), "Quorra", 0)
    untitled.note("Tallow Ventures led it.", _names("Tallow Ventures"), "Tallow Ventures", 0)
    assert untitled.resolve("The company generated revenue of $62m.", None) == "Quorra"
    # a paragraph that opens naming nobody: two subjects compete
    untitled.note("Analysts were cautious.", [], None, 1)
    assert untitled.resolve("The company generated revenue of $62m.", None) is None


def test_the_title_subject_counts_only_once_the_body_names_it() -> None:
    # "Markets roundup: ...": the title's first name is a column, which the body never names
    column = DocumentReferents.of("", "Markets")
    column.note("Shares fell 2% in early trade.", [], None)
    assert column.resolve("The company said profit rose.", None) is None
    # the body's spelling of the title's name ("Northvale" is "Northvale Dairy Co-operative")
    dairy = DocumentReferents.of("", "Northvale")
    dairy.note(
        "When Ann Moe and Ed Lau set up Northvale Dairy Co-operative, it was small.",
        [_Name("Ann Moe"), _Name("Ed Lau"), _Name("Northvale Dairy Co-operative")],
        "Ann Moe",
    )
    dairy.persons = frozenset({"ann moe", "moe", "ed lau", "lau"})
    assert dairy.resolve("The company now has 900 farms.", "Ann Moe") == (
        "Northvale Dairy Co-operative"
    )


def test_a_description_of_several_kinds_keeps_the_previous_subject() -> None:
    memory = DocumentReferents.of("")
    memory.note("Quorra, the Leeds-based payments app, raised $40m.", _names("Quorra"), "Quorra")
    # "the start-up" after "the payments app": nothing in the name says another kind
    assert memory.resolve("The start-up now has 4.2 million users.", "Quorra") == "Quorra"
    # a name that says another kind does not take a description of this one
    assert memory.resolve("The start-up now has 4.2 million users.", "Harlow Bank") is None


def test_a_prefixed_word_alone_is_still_no_name() -> None:
    assert is_modifier("Multi-asset")
    assert is_modifier("Co-founder")


def test_a_founding_in_an_aside_of_a_description_is_the_described_subjects() -> None:
    text = (
        "**Pellow Ferries at 40.** The ferry operator, founded in 1987 by two brothers, now "
        "runs 14 routes for Pellow."
    )
    (founded,) = [c for c in claims_of(text, Kind.DATE) if c.text == "1987"]
    assert founded.subject == "Pellow Ferries" and founded.attribute == "date founded"


def test_founding_years_of_one_subject_described_two_ways_conflict() -> None:
    found = findings_of(
        "Skyfold Air, a regional airline, flies from Malmö. Founded in 2015, the airline "
        "now flies 40 aircraft.",
        "**Skyfold Air grows.** The regional airline, founded in 2012 by two pilots, flies "
        "40 aircraft.",
    )
    assert [(f.a.text, f.b.text if f.b else None) for f in found] == [("2015", "2012")]


# -- ranks: item and board --


def test_the_name_before_a_ranking_verb_holds_the_rank() -> None:
    (rank,) = claims_of(
        "Shares rose a week after Pellow Ferries climbed to 12th place on the Harbour "
        "Operators 50.",
        Kind.RANK,
    )
    assert rank.item == "Pellow Ferries" and rank.subject == "Harbour Operators 50"


def test_this_years_board_is_the_articles_year_edition() -> None:
    (rank,) = claims_of(
        "Shares rose after Pellow Ferries landed at 9th on this year's Harbour Operators 50, "
        "a list led by bigger lines.",
        Kind.RANK,
    )
    assert rank.item == "Pellow Ferries" and rank.subject == "Harbour Operators 50"
    assert str(rank.period) == "2025"
    (last,) = claims_of(
        "Shares rose after Pellow Ferries came 9th on last year's Harbour Operators 50.", Kind.RANK
    )
    assert str(last.period) == "2024"
    # the year the article names the edition by beats another year of the sentence
    (bonds,) = claims_of(
        "Pellow Ferries' 2031 bonds rose after the line climbed to 9th in this year's Harbour "
        "Operators 50.",
        Kind.RANK,
    )
    assert bonds.subject == "Harbour Operators 50" and str(bonds.period) == "2025"


def test_a_place_after_a_name_is_no_rank_item() -> None:
    (rank,) = claims_of(
        "Shares rose after Pellow Ferries from Harwich climbed to 9th on the Harbour Operators 50.",
        Kind.RANK,
    )
    assert rank.item == "Pellow Ferries"


def test_an_annual_rankings_edition_is_its_year() -> None:
    found = findings_of(
        "Pellow Ferries climbed to 12th place on the Harbour Operators 50, the magazine's "
        "annual ranking of ferry lines, published in June.",
        "Pellow Ferries landed at 9th on this year's Harbour Operators 50.",
    )
    assert len(found) == 1 and str(found[0].a.period) == "2025"
    # a different edition is never compared
    assert not findings_of(
        "Pellow Ferries climbed to 12th place on the Harbour Operators 50, the magazine's "
        "annual ranking of ferry lines, published in June.",
        "Pellow Ferries landed at 9th on last year's Harbour Operators 50.",
    )


class _Name:
    def __init__(self, name: str) -> None:
        self.start, self.end, self.name = 0, len(name), name


def _names(name: str) -> list[_Name]:
    return [_Name(name)]
