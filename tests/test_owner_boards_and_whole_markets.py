"""A story on a ranking names the list by its owner ("the Corbel Review annual league
table", "Ostrander Research's annual ranking of ...", "the league table published on
Tuesday by Leeds broker Fenwick & Hale"), restates its item's place in its title, and says
"the index" for the list it is about: its bare ranks are places on that list, and meet the
same item's place told in another article. A whole market's count ("the country's roughly
45,000 pubs") is no company's, and an offer that first states its premium still values
what it buys. A fined party is the one named after "fined", however it is described; a
currency's letter glued to a sum is no word of its name; a name in an opening phrase of
cause, or between a preposition's "a" and a noun ("the owner of a Soho pub"), is no party;
a span eight words after a sum is its span, and a round of funding takes none but "to
date" (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose
from prose import rank_readings

import factcheck
from factcheck import Document, FindingType, Kind
from factcheck.context import article_board

SEPTEMBER = dt.date(2025, 9, 24)
TITLE = "Pewter league table 2025: Ardmore holds top spot as Quillon climbs to fourth"
LEAD = (
    "Listed pewter makers had a record year, but the Corbel Review annual league table shows"
    " that the order at the top barely moved."
)
TABLE = (
    LEAD + "\n\n"
    "Ardmore Pewter kept the No. 1 spot with 1.42 million pieces. Quillon Works rose two"
    " places to fourth, its highest position since the index began, with 512,000 pieces."
)
ELSEWHERE = (
    "Quillon Works said on Monday that it would open a second foundry.\n\n"
    "Quillon Works, which ranked fifth in Corbel Review's 2025 league table, plans to double"
    " its output. It was third in Dunmore Insights' 2025 design index."
)


def test_a_board_named_by_its_owner_is_the_articles() -> None:
    board = article_board([TITLE, LEAD])
    assert board is not None and board[0] == "Corbel Review"
    assert str(board[1]) == "2025"  # the title's one year
    held = "Ostrander Research's annual ranking of dealer groups put Vell first."
    assert article_board(["Vell tops dealer ranking", held]) == ("Ostrander Research", None)
    made = "the annual league table published on Tuesday by Leeds broker Fenwick & Hale."
    assert article_board(["Vell climbs", made]) == ("Fenwick & Hale", None)
    # with no board in the lead, the paragraph after it names it
    after = ["The 2025 Pewter Trust Index, compiled by Corbel Review, ranks 40 makers."]
    board = article_board(["Vell climbs", "Vell was named the most trusted."], after)
    assert board is not None and board[0] == "Pewter Trust" and str(board[1]) == "2025"
    # two owners named: none is the article's
    two = "the Corbel Review annual league table and the Dunmore Insights ranking"
    assert article_board(["Vell climbs", two]) is None
    # a board with a name of its own, which the lead does not parse, is not its owner's
    named = "Vell kept first place in the 2025 edition of the Operator 50, Dunmore's ranking."
    assert article_board(["Vell stays on top", named]) is None


def test_a_place_restated_in_the_title_and_the_index_meant_is_on_the_board() -> None:
    ranks = rank_readings(Document("table.md", TABLE, title=TITLE, published=SEPTEMBER))
    assert ("fourth", "Corbel Review", "Quillon Works", "2025") in ranks


def test_two_places_of_an_item_with_no_list_named_stay_bare() -> None:
    text = TABLE + " Quillon Works was second on the sales measure."
    ranks = rank_readings(Document("table.md", text, title=TITLE, published=SEPTEMBER))
    assert ("fourth", None, "Quillon Works", None) in ranks


def test_the_owners_board_meets_the_same_board_elsewhere() -> None:
    # the other article ranks the item on two lists, so the corpus lends neither to a bare
    # rank: only the article's own list places "fourth" on Corbel Review's table
    documents = [
        Document("table.md", TABLE, title=TITLE, published=SEPTEMBER),
        Document("foundry.md", ELSEWHERE, published=dt.date(2025, 10, 6)),
    ]
    found = [
        {f.a.text, f.b.text}
        for f in factcheck.check(documents).findings
        if f.type is FindingType.CONTRADICTION and f.b is not None
    ]
    assert found == [{"fourth", "fifth"}]


def test_a_whole_markets_count_is_no_companys() -> None:
    [count] = [
        c
        for c in prose.all_claims_of(
            "Harlow Taverns' estate is a small share of the country's roughly 45,000 pubs."
        )
        if c.kind is Kind.COUNT
    ]
    assert count.attribute is None
    [own] = [
        c
        for c in prose.all_claims_of("Harlow Taverns runs roughly 1,200 pubs.")
        if c.kind is Kind.COUNT
    ]
    assert own.attribute is not None and own.attribute.startswith("count of pubs")


def test_an_offer_that_states_its_premium_first_still_prices_the_target() -> None:
    text = (
        "Harlow Taverns agreed to buy Kettlewell Brewing. The offer of 412p a share represents"
        " a 33% premium to the brewer's closing price before the announcement, and values the"
        " business, including its debt, at £248m."
    )
    [total] = [c for c in prose.all_claims_of(text) if c.text == "£248m"]
    assert total.attribute == "acquisition_price"


def test_the_fined_party_after_an_aside_or_a_place_based_description() -> None:
    text = (
        "Poland's competition authority on Tuesday fined Oszczedny, the country's largest"
        " discount chain, 41.3 million zł for a misleading campaign."
    )
    [fine] = [c for c in prose.all_claims_of(text) if c.kind is Kind.MONEY]
    assert (fine.subject, fine.attribute) == ("Oszczedny", "fine")
    text = "The Central Bank has fined Lagos-based mobile money operator OsoPay ₦1.25 billion."
    [fine] = [c for c in prose.all_claims_of(text) if c.text == "₦1.25 billion"]
    assert (fine.subject, fine.attribute) == ("OsoPay", "fine")


def test_the_fined_party_with_its_designator_or_a_duty_to_pay() -> None:
    text = (
        "The Fair Trade Commission on Wednesday fined Haneul Beauty Co., Ltd. 4.82 billion"
        " won for unfair franchise terms."
    )
    [fine] = [c for c in prose.all_claims_of(text) if c.text == "4.82 billion won"]
    assert (fine.subject, fine.attribute) == ("Haneul Beauty Co.", "fine")
    text = "The regulator said on Thursday that Brenlow must pay a penalty of £4.62 million."
    [fine] = [c for c in prose.all_claims_of(text) if c.text == "£4.62 million"]
    assert (fine.subject, fine.attribute) == ("Brenlow", "fine")


def test_a_currency_letter_glued_to_a_sum_is_no_name_word() -> None:
    [fine] = [
        c
        for c in prose.all_claims_of("The regulator has fined Imvula Connect R45 million.")
        if c.kind is Kind.MONEY
    ]
    assert (fine.subject, fine.unit, fine.attribute) == ("Imvula Connect", "ZAR", "fine")
    # a version glued to a name's last word stays a name: "the Galaxy S24 sold 10 million"
    names = {c.subject for c in prose.all_claims_of("The Galaxy S24 sold 10 million units.")}
    assert "Galaxy S24" in names


def test_a_name_in_an_opening_phrase_of_cause_is_no_subject() -> None:
    text = (
        "Korvale Platinum reported headline earnings of R4.6 billion on Tuesday.\n\n"
        "Because of the 40 million shares issued to Dunmere Mines at the end of September,"
        " earnings per share rose by a smaller 94%.\n\nRevenue increased 27% to R24.6 billion."
    )
    document = Document("korvale.md", text, title="Korvale doubles interim earnings")
    [revenue] = [c for c in factcheck.check([document]).claims if c.text == "R24.6 billion"]
    assert revenue.subject == "Korvale Platinum"


def test_a_last_financial_year_eight_words_after_the_figure_is_its_span() -> None:
    text = (
        "For an operator like Kuvale that generated almost R20 billion of EBITDA in its last"
        " financial year, the price is manageable."
    )
    [ebitda] = [c for c in prose.all_claims_of(text) if c.kind is Kind.MONEY]
    assert ebitda.attribute == "ebitda (annual)"


def test_a_round_takes_no_span_but_a_total_to_date() -> None:
    text = (
        "Baytik, the start-up that lets tenants pay their annual rent in monthly instalments,"
        " has raised $42 million in a Series B round."
    )
    [round_] = [c for c in prose.all_claims_of(text) if c.kind is Kind.MONEY]
    assert round_.attribute == "funding_round (series b)"
    [total] = [
        c for c in prose.all_claims_of("Baytik has raised $115 million to date.")
        if c.kind is Kind.MONEY
    ]
    assert total.attribute == "funding_round (to date)"


def test_a_name_modifying_a_noun_after_a_prepositions_article_is_no_party() -> None:
    text = "The owner of a Soho pub has been fined £24,000 after staff served drinks late."
    [fine] = [c for c in prose.all_claims_of(text) if c.kind is Kind.MONEY]
    assert (fine.subject, fine.attribute) == (None, "fine")
    # a name after a verb's article is a party: "won a Tesco contract"
    text = "Globex Foods won a Tesco contract worth $5 million."
    [deal] = [c for c in prose.all_claims_of(text) if c.kind is Kind.MONEY]
    assert deal.subject is not None and "Tesco" in deal.subject
