"""Figures that belong to something other than the name next to them: a founding year told
of a quoted speaker's company, never of the customer her words name; a headcount "there",
at a site named before, never the company's whole; several holders' stake "together"; a
new total a name is "brought to"; a share price that "settled at" a level, never a
settlement (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import factcheck
from factcheck import Amount, Document, Kind
from factcheck.context import figure_is_unqualified
from factcheck.context.clauses import Entity
from factcheck.context.events import _outside_quotations
from factcheck.model import Mention

NOVEMBER = dt.date(2025, 11, 24)


def _claims(text: str) -> dict[str, tuple[str | None, str | None]]:
    report = factcheck.check([Document("a.md", text, published=NOVEMBER)])
    return {c.text: (c.subject, c.attribute) for c in report.claims}


def test_a_figure_after_a_quotation_is_never_about_a_name_inside_it() -> None:
    # the founding rule's last resort is the first name free of a preposition: never one
    # the quotation holds, when the figure stands outside it (corpus 132 read "Kestrel",
    # the customer the launcher's chief executive named, as the company she co-founded)
    sentence = (
        '"Brennock wanted a European launcher," said chief executive Maja Lind, who'
        " co-founded the company in 2017."
    )
    names = [
        Entity(sentence.index(n), sentence.index(n) + len(n), n) for n in ("Brennock", "Maja Lind")
    ]
    at = sentence.index("2017")
    year = Mention(Kind.DATE, at, at + 4, "2017", Amount(Decimal(2017)))
    assert [e.name for e in _outside_quotations(sentence, year, names)] == ["Maja Lind"]
    inside = sentence.index("European")
    word = Mention(Kind.COUNT, inside, inside + 8, "European", Amount(Decimal(1)))
    assert [e.name for e in _outside_quotations(sentence, word, names)] == [
        "Brennock",
        "Maja Lind",
    ]


def test_a_founding_without_a_quotation_keeps_its_name() -> None:
    # the control: the same name outside a quotation is the company founded
    found = _claims("Brennock Orbital, which Maja Lind co-founded in 2017, builds rockets.")
    assert found["2017"] == ("Brennock Orbital", "date founded")


def test_a_headcount_there_is_a_sites() -> None:
    found = _claims(
        "Tessaro Launch employs 310 people. It will eventually employ 180 people there,"
        " building twelve rockets a year."
    )
    assert found["310"] == ("Tessaro Launch", "count of staff (employs)")
    assert found["180"][1] is None


def test_several_holders_together_are_no_ones_stake() -> None:
    found = _claims(
        "Norte Capital owns 9.8% of the shares, and the two holders together account for"
        " 37.3% of the shares."
    )
    assert found["37.3%"][1] is None
    assert found["9.8%"][1] == "share of shares"  # the control: one holder's stake is read


def test_a_new_total_a_name_is_brought_to_is_never_lent_an_attribute() -> None:
    sentence = "The new park brings Calvente to 1,330 megawatts across 32 parks."
    start = sentence.index("1,330")
    end = start + len("1,330 megawatts")
    assert not figure_is_unqualified(sentence, start, end, Kind.QUANTITY)
    plain = "The new park has 1,330 megawatts across 32 parks."
    start = plain.index("1,330")
    assert figure_is_unqualified(plain, start, start + len("1,330 megawatts"), Kind.QUANTITY)


def test_shares_that_settled_at_a_price_are_no_settlement() -> None:
    found = _claims(
        "Brennock shares have settled at around 579p. Brennock settled the case for £4.6"
        " million in May."
    )
    assert found["around 579p"][1] is None
    assert found["£4.6 million"][1] == "fine"


def test_a_sum_of_an_acronym_last_financial_year_is_an_annual_figure() -> None:
    found = factcheck.check(
        [Document("a.md", "Nirvana Clinics made ₹147 crore of EBITDA last financial year.",
                  published=NOVEMBER)]
    ).claims
    [ebitda] = [c for c in found if c.text == "₹147 crore"]
    assert ebitda.attribute == "ebitda (annual)"
