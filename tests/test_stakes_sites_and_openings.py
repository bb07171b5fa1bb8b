"""The price of a stake, however the clause turns it; designators written before a name;
"the company" after a sentence about a person; a revised price's premium; a span or a year
opening a sentence; counts of one site, one city or a start; a share's price with a move
(sentences written for these tests, with invented names).
"""

from __future__ import annotations

import datetime as dt

import pytest
from prose import claim, contradictions

import factcheck
from factcheck import Document, Kind
from factcheck.context.reading import figure_is_unqualified
from factcheck.subjects import has_designator, subject_key

DAY = dt.date(2026, 2, 20)


def _claim(text: str, figure: str) -> factcheck.Claim:
    return claim(text, figure, published=DAY)


def _contradictions(*texts: str) -> list[list[str]]:
    return sorted(sorted(pair) for pair in contradictions(*texts, published=DAY))





# --- the price of a stake ---------------------------------------------------------------

STAKE_SENTENCES = [
    ("Corvane Bank agreed on Tuesday to buy a 76% stake in Paylark Ltd for $185 million.",
     "$185 million", "Corvane Bank"),
    ("Corvane Bank agreed to buy 76% of Paylark Ltd from its founders for $185 million.",
     "$185 million", "Corvane Bank"),
    ("Corvane Bank agreed to pay $185 million for 76 per cent of Paylark.",
     "$185 million", "Corvane Bank"),
    ("Corvane Bank paid $185 million for its 76% stake in Paylark, filings show.",
     "$185 million", "Corvane Bank"),
    ("Corvane Bank rose after completing its $185 million purchase of a 76% stake in Paylark.",
     "$185 million", "Corvane Bank"),
    ("Traders said the $185 million Corvane is paying for its 76% interest in the start-up"
     " looked rich.", "$185 million", "Corvane"),
    ("Corvane Bank agreed to hand the Osei family $185 million for its 76% block.",
     "$185 million", "Corvane Bank"),
]


@pytest.mark.parametrize(("text", "figure", "buyer"), STAKE_SENTENCES)
def test_a_sum_paid_for_a_stake_is_the_buyers_price_of_that_stake(
    text: str, figure: str, buyer: str
) -> None:
    claim = _claim(text, figure)
    assert (claim.subject, claim.attribute) == (buyer, "price paid (76% stake)")


def test_a_stake_held_by_what_is_bought_prices_no_stake() -> None:
    # the control: the company bought holds a stake; the sum is no stake's price
    text = "Corvane Bank bought Lumio, which holds a 40% stake in Paylark, for $2bn."
    claim = _claim(text, "$2bn")
    assert claim.attribute is None or "stake" not in claim.attribute


def test_two_prices_of_one_stake_contradict_and_other_sizes_do_not() -> None:
    agreed = "Corvane Bank agreed to buy a 76% stake in Paylark Ltd for $185 million."
    mistyped = "Corvane Bank agreed to pay $158 million for 76 per cent of Paylark."
    other = "Corvane Bank later agreed to pay $60 million for 24 per cent of Paylark."
    assert _contradictions(agreed, mistyped) == [["$158 million", "$185 million"]]
    assert _contradictions(agreed, other) == []


# --- designators written before a name ---------------------------------------------------


def test_indonesian_and_indian_designators_leave_the_key() -> None:
    assert subject_key("PT Halwen Nikel Utama Tbk") == subject_key("Halwen Nikel Utama")
    assert subject_key("Amberon Cells Pvt Ltd") == "amberon cells"
    assert subject_key("Grupo Solano SAB") == "grupo solano"
    assert has_designator("PT Halwen Nikel")
    # a two-word name starting with the letters is left whole
    assert subject_key("PT Cruiser") == "pt cruiser"


# --- "the company" after a sentence about a person ---------------------------------------


def test_the_company_after_a_person_is_the_company_before_the_person() -> None:
    text = (
        "Halwen Mineral runs four mines on Sulawesi. \"We were a trading house,\" says Dewi"
        " Santoso, now president director of Halwen Mineral. Santoso's answer was to buy into"
        " batteries. In March 2025 the company agreed to pay $650 million for 45% of Weda"
        " Smelting."
    )
    claim = _claim(text, "$650 million")
    assert claim.subject == "Halwen Mineral"


# --- a revised price's premium -----------------------------------------------------------


def test_the_premium_of_a_revised_price_is_another_step_of_the_offer() -> None:
    first = "The price is a premium of 42.3% to Hayashi's closing price on Wednesday."
    revised = (
        "The revised price is a premium of 55.5% to Hayashi's close on the day before"
        " the first offer."
    )
    plain = "The offer is a premium of 55.5% to Hayashi's closing price."
    assert _contradictions(first, revised) == []
    assert _contradictions(first, plain) == [["42.3%", "55.5%"]]


# --- a span or a year opening the sentence -----------------------------------------------


def test_a_span_after_a_colon_scopes_every_clause_after_it() -> None:
    text = (
        "The recovery shows in Kemara's own numbers: in the six months to December, its gross"
        " margin widened to 14.7% and net profit rose 84% to RM76.2 million."
    )
    assert _claim(text, "RM76.2 million").attribute == "profit (half-year)"
    assert _claim(text, "84%").attribute == "growth of profit (half-year)"


def test_an_opening_year_without_a_comma_dates_every_clause() -> None:
    text = "By 2010 the company ran six plants and had around 1,100 staff."
    assert str(_claim(text, "around 1,100").period) == "by 2010"
    later = "In 2010 Ostrava Recykl opened six plants and now employs 1,100 people."
    assert _claim(later, "1,100").period is None


# --- counts of a part: a site, a city, a start -------------------------------------------


def test_a_plants_staff_is_not_the_owners() -> None:
    text = (
        "Ostrava Recykl's newest plant, which opened on 18 September, runs three shifts with a"
        " total staff of 120."
    )
    assert _claim(text, "120").subject is None


def test_staff_at_the_head_office_are_a_part() -> None:
    text = "The company, which employs about 430 people at its head office, is a big employer."
    assert _claim(text, "about 430").attribute == "count of staff (employs) (at head office)"


def test_cafes_in_a_city_of_a_province_are_a_part() -> None:
    text = "Birchwood Café now has 61 cafés in the city of Ottawa."
    assert _claim(text, "61").attribute == "count of cafes (in the city of ottawa)"


def test_a_count_a_business_started_with_is_no_count_of_now() -> None:
    text = "Crumbly launched in May 2024 with 12 bakeries in Vancouver."
    assert _claim(text, "12").attribute is None
    assert _claim("Crumbly works with 140 bakeries.", "140").attribute == "count of bakeries"


def test_the_combination_once_combined() -> None:
    text = "Once combined, the group will have capacity of 62 billion gloves a year."
    assert _claim(text, "62 billion").attribute.endswith("(combined)")


# --- a share's price after its move is lent nothing ---------------------------------------


def test_a_share_price_after_its_move_is_never_lent_a_fine() -> None:
    fined = "Glove maker Nusantara Glove Bhd was fined RM1.35 million by a court on Tuesday."
    moved = "Nusantara Glove Bhd slipped 1.2% to RM0.42."
    assert _contradictions(fined, moved) == []
    at = moved.index("RM0.42")
    assert not figure_is_unqualified(moved, at, at + len("RM0.42"), Kind.MONEY)


# --- a fine on "it" ----------------------------------------------------------------------


def test_a_fine_on_it_is_the_company_referred_back_to_never_the_regulator() -> None:
    text = (
        "Lunhe Precision Equipment posted record sales. The year had blemishes: in December,"
        " Taiwan's Fair Trade Commission fined it NT$84 million over distributors."
    )
    assert _claim(text, "NT$84 million").subject == "Lunhe Precision Equipment"
    # "it" is the sentence's own subject when that is no regulator
    own = "Lunhe has lost 2.1% since the Fair Trade Commission fined it NT$48 million."
    assert _claim(own, "NT$48 million").subject == "Lunhe"


def test_a_brand_before_words_of_its_trade_is_its_short_form() -> None:
    full = "The Fair Trade Commission fined Lunhe Precision Equipment NT$48 million in May."
    short = "In May the Fair Trade Commission fined Lunhe NT$84 million."
    assert _contradictions(full, short) == [["NT$48 million", "NT$84 million"]]


# --- the first shop of a chain; fines in the plural --------------------------------------


def test_opening_the_first_shop_of_a_chain_is_its_founding() -> None:
    text = "Dana Roy, who opened the first Birchwood Café on Elgin Street in 1996, keeps 10%."
    claim = _claim(text, "1996")
    assert (claim.subject, claim.attribute) == ("Birchwood Café", "date founded")
    # a franchisee's first café is no founding of the chain
    franchisee = "Marc Gold opened his first Birchwood Café in Halifax in 2015."
    assert _claim(franchisee, "2015").attribute != "date founded"


def test_a_sum_in_fines_is_a_fine() -> None:
    text = "Nusantara Glove was ordered in November to pay RM1.53 million in fines over hostels."
    claim = _claim(text, "RM1.53 million")
    assert (claim.subject, claim.attribute) == ("Nusantara Glove", "fine")


def test_the_company_a_founder_founded_is_the_company_the_title_is_about() -> None:
    text = (
        "Tomasz Nowicki still keeps a photograph of the yard on his office wall. \"That was"
        " everything,\" he says. The yard is long gone. The company Nowicki founded there in"
        " 1998 now runs 15 sorting plants."
    )
    document = Document("a.md", text, title="How Zielar grew up", published=DAY)
    claims = factcheck.check([document]).claims
    founded = [c for c in claims if c.text == "1998"]
    assert [(c.subject, c.attribute) for c in founded] == [("Zielar", "date founded")]


def test_a_holders_possessive_percentage_is_the_stake_bought() -> None:
    text = "Bravela will now pay R$2.4 billion for the Zanetti family's 60% block."
    assert _claim(text, "R$2.4 billion").attribute == "price paid (60% stake)"
    bare = "In the end Bravela paid R$2.4 billion for the family's 60 per cent, its filing shows."
    assert _claim(bare, "R$2.4 billion").attribute == "price paid (60% stake)"


def test_a_price_paid_after_improving_the_terms_is_a_later_step() -> None:
    agreed = "Bravela agreed to buy a 60% stake in Dourado Aves SA for R$2.23 billion."
    paid = (
        "In the end Bravela paid R$2.7 billion for the family's 60 per cent, after a rival"
        " approach forced it to improve its terms."
    )
    assert _contradictions(agreed, paid) == []
    plain = "In the end Bravela paid R$2.7 billion for the family's 60 per cent."
    assert _contradictions(agreed, plain) == [["R$2.23 billion", "R$2.7 billion"]]
