"""Descriptions that refer back to an organisation ("The studio employs ...") are never
read as a work the article wrote as a quoted title (a game, a film, a book), and find an
organisation written short for a longer name that shows its kind ("Wexley" for "Wexley
Games" is a studio). Sentences and names invented for these tests."""

from __future__ import annotations

from prose import claim

from factcheck.context import Entity
from factcheck.referents import KINDS, DocumentReferents

_TEXT = (
    "Globex Media has agreed to buy Wexley Games, the developer of \"Lanternfall\", "
    "for $300 million. "
    "Wexley was set up in 2012. "
    "An expansion, \"The Silent Harbor\", added another 1.2 million sales last year. "
    "The studio employs 210 people at its base in Dunmore."
)


def test_a_studio_description_is_not_the_game_named_before() -> None:
    assert claim(_TEXT, "210").subject == "Wexley"


def test_a_quoted_title_is_no_subject_for_an_organisation_description() -> None:
    memory = DocumentReferents()
    sentence = 'An expansion, "The Silent Harbor", added another 1.2 million sales.'
    start = sentence.index("Silent")
    harbor = Entity(start, start + len("Silent Harbor"), "Silent Harbor")
    memory.note(sentence, [harbor], "Silent Harbor")
    assert "Silent Harbor" in memory.titles
    assert memory.resolve("The studio employs 210 people.", "Silent Harbor") is None


def test_a_name_written_bare_keeps_its_kind() -> None:
    assert "games" in KINDS["studio"]
    memory = DocumentReferents()
    first = "Globex Media will buy Wexley Games for $300 million."
    memory.note(
        first,
        [Entity(0, 12, "Globex Media"), Entity(22, 34, "Wexley Games")],
        "Globex Media",
    )
    memory.note("Wexley was set up in 2012.", [Entity(0, 6, "Wexley")], "Wexley")
    sentence = 'Its game "Lanternfall" sold well.'
    start = sentence.index("Lanternfall")
    memory.note(sentence, [Entity(start, start + 11, "Lanternfall")], "Lanternfall")
    # the previous subject is a game; of the organisations, "Wexley" was written "Wexley
    # Games", a studio's name, and "Globex Media" was not
    assert memory.resolve("The studio employs 210 people.", "Lanternfall") == "Wexley"


def test_an_unquoted_name_is_still_a_subject() -> None:
    memory = DocumentReferents()
    sentence = "Hooli Games added 1.2 million sales."
    memory.note(sentence, [Entity(0, 11, "Hooli Games")], "Hooli Games")
    assert not memory.titles
    assert memory.resolve("The studio employs 210 people.", "Hooli Games") == "Hooli Games"


# -- "it" and "its" never stand for a person --


def _memory_with_person() -> DocumentReferents:
    memory = DocumentReferents.of(
        "Wexley Property Trust owns offices. Dana Hooli-Marsh, who is chief executive, "
        "says little.",
    )
    first = "Wexley Property Trust owns offices."
    memory.note(first, [Entity(0, 21, "Wexley Property Trust")], "Wexley Property Trust")
    second = "Under Hooli-Marsh, who took over as chief executive in 2021, the trust grew."
    start = second.index("Hooli-Marsh")
    memory.note(second, [Entity(start, start + 11, "Hooli-Marsh")], "Hooli-Marsh")
    return memory


def test_its_after_a_person_is_the_organisation_before() -> None:
    memory = _memory_with_person()
    assert memory.is_person("Hooli-Marsh")
    sentence = "Today its $3.2 billion portfolio spans 48 buildings."
    assert memory.resolve(sentence, "Hooli-Marsh") == "Wexley Property Trust"


def test_he_after_a_person_stays_the_person() -> None:
    memory = _memory_with_person()
    assert memory.resolve("He has sold 12 buildings.", "Hooli-Marsh") == "Hooli-Marsh"


def test_its_after_a_founder_whose_name_the_company_bears_stays() -> None:
    memory = DocumentReferents.of("Initech Clinics was founded by surgeon Alun Vandelay.")
    memory.note(
        "Initech Clinics was founded in 2008 by surgeon Alun Vandelay.",
        [Entity(0, 15, "Initech Clinics"), Entity(46, 58, "Alun Vandelay")],
        "Initech Clinics",
    )
    memory.note("Vandelay Clinics opened a site.", [Entity(0, 16, "Vandelay Clinics")], None)
    memory.note("Vandelay opened a site.", [Entity(0, 8, "Vandelay")], "Vandelay")
    assert memory.is_person("Vandelay")
    assert memory.resolve("Its revenue reached £90mn.", "Vandelay") == "Vandelay"


# -- "the trust" is a kind of organisation --


def test_the_trust_refers_to_the_trust_named_before() -> None:
    assert "trust" in KINDS["trust"]
    text = (
        "Wexley Estates Trust opened two estates in Dunmore this year. "
        "The trust, which employs about 1,150 people, plans more."
    )
    assert claim(text, "about 1,150").subject == "Wexley Estates Trust"


# -- a description after sentences about people --


def test_a_trader_after_two_people_is_the_company_before_them() -> None:
    text = (
        "On Monday Wexley Grain Holdings named Mara Quill, a former banker, as chair. "
        "She succeeds Tomas Reeve, who is retiring after 12 years. "
        "The Dunmore trader posted revenue of $9.2 billion for the year."
    )
    assert claim(text, "$9.2 billion").subject == "Wexley Grain Holdings"


def test_no_company_before_the_person_leaves_it_unresolved() -> None:
    memory = DocumentReferents()
    sentence = "Chief executive Mara Quill spoke on Monday."
    memory.persons = frozenset({"mara quill", "quill"})
    memory.note(sentence, [Entity(16, 26, "Mara Quill")], "Mara Quill")
    assert memory.resolve("The Dunmore trader posted revenue.", "Mara Quill") is None
