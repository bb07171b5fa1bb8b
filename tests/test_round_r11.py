"""Round r11: figures written once for a passage. A sentence that opens with a modified
attribute ("Adjusted operating profit rose ...") goes on about the previous subject; a
passage about one quarter dates its undated figures ("Net sales rose 4% ..." after "its
second-quarter results", "... in the quarter"), while an annual figure stays apart; "$X in
revenue last year" is last year's. Sentences written for these tests, in other domains
than the corpus that prompted them."""

from __future__ import annotations

import datetime as dt

import factcheck
from factcheck import Document, Kind

PUBLISHED = dt.date(2026, 5, 7)


def claims_of(text: str, kind: Kind = Kind.MONEY) -> list[factcheck.Claim]:
    report = factcheck.check([Document("t.md", text, published=PUBLISHED)])
    return [c for c in report.claims if c.kind is kind]


def claim_of(text: str, figure: str, kind: Kind = Kind.MONEY) -> factcheck.Claim:
    (claim,) = [c for c in claims_of(text, kind) if c.text == figure]
    return claim


def findings_of(*texts: str) -> list[factcheck.Finding]:
    docs = [Document(f"d{i}.md", t, published=PUBLISHED) for i, t in enumerate(texts)]
    return [f for f in factcheck.check(docs).findings if f.b is not None]


# -- a sentence that opens with a modified attribute refers back --


def test_a_modified_attribute_opening_the_sentence_refers_back() -> None:
    claim = claim_of(
        "Kellworth Logistics published its first-quarter figures on Thursday. "
        "Underlying operating profit fell 3% to €88m.",
        "€88m",
    )
    assert claim.subject == "Kellworth Logistics"
    assert claim.attribute is not None and claim.attribute.startswith("operating_profit")


def test_a_capitalised_first_word_before_the_attribute_names_its_part() -> None:
    # "Adjusted" opening the sentence is the same part as "adjusted" inside one
    opening = claim_of(
        "Pellworth Cinemas posted its first-quarter results. Adjusted operating profit "
        "rose to £41m.",
        "£41m",
    )
    inside = claim_of("Pellworth Cinemas posted adjusted operating profit of £44m.", "£44m")
    assert opening.attribute == inside.attribute == "operating_profit (adjusted)"


# -- a passage about one quarter --


def test_a_quarter_named_by_its_results_dates_the_next_sentence() -> None:
    claim = claim_of(
        "The hospital group released its first-quarter results alongside the bond sale. "
        "Revenue grew 6% to $1.41 billion, helped by more outpatient visits.",
        "$1.41 billion",
    )
    assert str(claim.period) == "2026-Q1"


def test_the_quarter_carries_on_through_sentences_that_refer_back() -> None:
    text = (
        "Second-quarter revenue at Marlow Seeds rose 5% to €310m. Operating profit climbed "
        "9% to €46m from €42m a year earlier."
    )
    profit = claim_of(text, "€46m")
    assert str(profit.period) == "2026-Q2"
    assert profit.subject == "Marlow Seeds"
    assert claim_of(text, "€42m").attribute is None  # the base stays no fact


def test_in_the_quarter_is_the_quarter_the_article_reported() -> None:
    text = (
        "Tamsin Air said first-quarter revenue rose to $2.2 billion.\n\n"
        "The airline flew 4.1 million passengers in the quarter, and its load factor "
        "improved."
    )
    (count,) = [c for c in claims_of(text, Kind.COUNT) if c.text == "4.1 million"]
    assert str(count.period) == "2026-Q1"
    assert count.attribute is not None and "(quarterly)" not in count.attribute


def test_an_annual_figure_does_not_take_the_passage_quarter() -> None:
    text = (
        "Second-quarter revenue at Marlow Seeds rose 5% to €310m. Full-year revenue is "
        "seen near €1.2bn, and annual sales in the seed unit reached €700m."
    )
    assert claim_of(text, "€700m").period is None


def test_a_quarter_for_a_deal_completion_names_no_passage() -> None:
    text = (
        "The merger is expected to close in the first quarter of 2027. Revenue rose 5% to "
        "$640 million."
    )
    assert claim_of(text, "$640 million").period is None


def test_a_new_paragraph_ends_the_passage() -> None:
    text = (
        "Second-quarter revenue at Marlow Seeds rose 5% to €310m.\n\n"
        "Revenue was €1.2bn, the company said in its annual report."
    )
    assert claim_of(text, "€1.2bn").period is None


def test_quarter_figures_of_one_passage_meet_those_dated_elsewhere() -> None:
    found = findings_of(
        "Quillmore Foods released its second-quarter results on Tuesday. Adjusted "
        "operating profit rose 4% to $218 million.",
        "Quillmore Foods reported adjusted operating profit of $262 million for the second "
        "quarter.",
    )
    assert len(found) == 1
    assert {found[0].a.text, found[0].b.text} == {"$218 million", "$262 million"}


def test_an_annual_total_never_meets_a_quarter_of_one_passage() -> None:
    found = findings_of(
        "Quillmore Foods released its second-quarter results on Tuesday. Net sales rose "
        "3% to $1.6 billion.",
        "Quillmore Foods booked $6.3 billion in revenue last year.",
    )
    assert found == []


# -- "$X in revenue last year" --


def test_a_sum_in_a_bare_noun_before_a_date_is_that_dates() -> None:
    claim = claim_of("Tenby Outdoor booked £86m in sales last year.", "£86m")
    assert str(claim.period) == "2025"


# -- counted units written as an abbreviation or spelt out --


def test_a_spelt_out_counted_unit_is_a_count_of_its_abbreviation() -> None:
    from factcheck.extract import find_mentions

    spelt = find_mentions("The port handled 3.9 million twenty-foot equivalent units (TEU).")
    short = find_mentions("The port handled 3.9 million TEU.")
    plural = find_mentions("The port handled 3.9 million TEUs.")
    for found in (spelt, short, plural):
        (count,) = [m for m in found if m.kind is Kind.COUNT]
        assert count.text == "3.9 million" and count.unit == "teu"
    assert not [m for m in spelt if m.kind is Kind.QUANTITY]  # no length in feet


def test_an_abbreviation_before_a_noun_sizes_that_noun() -> None:
    from factcheck.extract import find_mentions

    (count,) = [m for m in find_mentions("It ordered six 8,000 TEU ships.") if m.text == "8,000"]
    assert count.unit != "teu"


def test_containers_carried_and_moved_are_one_count() -> None:
    found = findings_of(
        "Saltire Box Lines reported its first-quarter results. The company carried 2.3 "
        "million twenty-foot equivalent units in the quarter.",
        "Saltire Box Lines moved 1.9 million TEU in the January-March quarter.",
    )
    assert len(found) == 1
    assert {found[0].a.text, found[0].b.text} == {"2.3 million", "1.9 million"}


def test_a_fleet_capacity_never_meets_the_volume_carried() -> None:
    found = findings_of(
        "Saltire Box Lines runs 90 ships with a combined capacity of 0.8 million TEU.",
        "Saltire Box Lines moved 1.9 million TEU in the January-March quarter.",
    )
    assert found == []


# -- a sum that names nobody in an article about one company --


TITLE = "Brackwater counts the cost of storms"


def article_claims(text: str, title: str) -> list[factcheck.Claim]:
    report = factcheck.check([Document("t.md", text, title=title, published=PUBLISHED)])
    return [c for c in report.claims if c.kind is Kind.MONEY]


def test_a_sum_naming_nobody_is_the_article_company() -> None:
    text = (
        "After a stormy spring, Brackwater Ferries Ltd cut sailings on its Irish Sea routes.\n\n"
        "The storms dominated the call with analysts. The €9.4m penalty imposed by the "
        "Maritime and Coastguard Board on Monday relates to how the routes handled "
        "cancellations."
    )
    (fine,) = [c for c in article_claims(text, TITLE) if c.text == "€9.4m"]
    assert fine.subject == "Brackwater Ferries Ltd"
    assert fine.period is None  # the day it was imposed is no scope


def test_no_main_subject_when_another_name_stands_as_subject() -> None:
    text = (
        "After a stormy spring, Brackwater Ferries Ltd cut sailings on its Irish Sea routes.\n\n"
        "The storms dominated the call with analysts. Harland Shipping said the €9.4m "
        "penalty was deserved."
    )
    (fine,) = [c for c in article_claims(text, TITLE) if c.text == "€9.4m"]
    assert fine.subject != "Brackwater Ferries Ltd"


def test_a_roundup_under_headings_gives_no_main_subject() -> None:
    text = (
        "After a stormy spring, Brackwater Ferries Ltd cut sailings on its Irish Sea routes.\n\n"
        "**Elsewhere**\n\n"
        "The storms dominated the call with analysts. The €9.4m penalty imposed on Monday "
        "was the largest of the year."
    )
    (fine,) = [c for c in article_claims(text, TITLE) if c.text == "€9.4m"]
    assert fine.subject is None


def test_a_fine_found_through_the_article_company_meets_the_named_one() -> None:
    docs = [
        Document(
            "a.md",
            "After a stormy spring, Brackwater Ferries Ltd put a hard week behind it.\n\n"
            "The fine dominated the call. The €9.4m penalty imposed by the Maritime and "
            "Coastguard Board on Monday relates to cancelled crossings.",
            title="Brackwater shrugs off fine",
            published=PUBLISHED,
        ),
        Document(
            "b.md",
            "Shares in Brackwater Ferries Ltd slipped. Brackwater Ferries Ltd has been fined "
            "€12.1m by the Maritime and Coastguard Board over cancellations.",
            title="Ferry operator fined",
            published=PUBLISHED,
        ),
    ]
    found = [f for f in factcheck.check(docs).findings if f.b is not None]
    assert len(found) == 1
    assert {found[0].a.text, found[0].b.text} == {"€9.4m", "€12.1m"}


def test_the_day_a_penalty_was_imposed_is_no_scope() -> None:
    claim = claim_of(
        "Fenwick Water said the £3.3m penalty imposed by the regulator on Monday was unfair.",
        "£3.3m",
    )
    assert claim.attribute == "fine" and claim.period is None


# -- a transfer fee's fixed part, however the sentence is built --


def test_to_sign_a_described_player_for_an_initial_fee() -> None:
    claim = claim_of(
        "Ashbury Rovers have smashed their record to sign winger Tomas Ekwueme-Hall from "
        "Belgian side KV Lindenhout for an initial €21m, with €4m more in bonuses.",
        "€21m",
    )
    assert claim.subject == "Tomas Ekwueme-Hall"
    assert claim.attribute == "acquisition_price (before add-ons)"


def test_paid_the_seller_up_front_for_a_player() -> None:
    claim = claim_of("Ashbury paid Lindenhout €18m up front for Ekwueme-Hall.", "€18m")
    assert claim.subject == "Ekwueme-Hall"
    assert claim.attribute == "acquisition_price (before add-ons)"


def test_two_fixed_fees_for_one_player_meet() -> None:
    found = findings_of(
        "Ashbury Rovers have smashed their record to sign winger Tomas Ekwueme-Hall from "
        "Belgian side KV Lindenhout for an initial €21m, with €4m more in bonuses.",
        "Ashbury Rovers paid KV Lindenhout €18m up front for Tomas Ekwueme-Hall.",
    )
    assert len(found) == 1
    assert {found[0].a.text, found[0].b.text} == {"€21m", "€18m"}


def test_a_deal_signed_with_a_partner_stays_a_deal() -> None:
    claim = claim_of("Acorn Labs signed a five-year supply agreement with Vestry Health "
                     "for $50m.", "$50m")
    assert claim.attribute == "deal_value"


def test_the_period_of_an_annual_report_is_no_quarter() -> None:
    text = (
        "Fourth-quarter revenue at Harlan Paper rose 2% to $410 million.\n\n"
        "For the full twelve months, the mill group said, it made 1.3 million tonnes of "
        "paper. Revenue for the period was $1.62 billion."
    )
    assert claim_of(text, "$1.62 billion").period is None


def test_a_stock_count_takes_no_passage_quarter() -> None:
    text = (
        "Second-quarter revenue at Corran Air rose 4% to $2.1 billion. The airline has 118 "
        "aircraft, and it flew 9.2 million passengers in the quarter."
    )
    counts = {c.text: c for c in claims_of(text, Kind.COUNT)}
    assert counts["118"].period is None
    assert str(counts["9.2 million"].period) == "2026-Q2"
