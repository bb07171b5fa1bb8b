"""What the stop-28 corpora 145-148 asked for, each rule on sentences written for these tests
with invented names: a half-year opening the sentence; a sum set aside after it; a share's
worth "each share at"; several holders' stake together; a premium "before the first bid";
debt taken on; a workplace named after its owner; ranks of an earlier edition or of one
part of the field; a clearance's day; a name after "toward"; fines in the plural.
"""

from __future__ import annotations

import datetime as dt

from prose import claim, contradictions

import factcheck

DAY = dt.date(2026, 2, 20)


def _claim(text: str, figure: str) -> factcheck.Claim:
    return claim(text, figure, published=DAY)


def _contradictions(*texts: str) -> list[list[str]]:
    return sorted(sorted(pair) for pair in contradictions(*texts, published=DAY))


def test_a_half_year_opening_the_sentence_is_the_figures_span() -> None:
    text = "In the first six months of 2025 it had revenue of US$785 million."
    assert _claim(text, "US$785 million").attribute == "revenue (half-year)"
    full = "Northrail's revenue for 2025 rose 5.2% to US$1.62 billion."
    half = "In the first six months of 2025 Northrail had revenue of US$785 million."
    assert _contradictions(full, half) == []


def test_a_sum_set_aside_told_after_it_is_no_fine() -> None:
    text = "For Harlowe, the penalty is slightly below the £15 million it set aside in July."
    assert _claim(text, "£15 million").attribute is None


def test_each_share_at_is_a_price_per_share_not_a_valuation() -> None:
    text = "The new ratio values each Bellmore share at about 415p."
    assert _claim(text, "about 415p").attribute == "price per share"


def test_holders_of_a_share_together_hold_no_ones_stake() -> None:
    text = "Including Quayfield, holders of 17.6% of Bellmore's shares have given undertakings."
    assert _claim(text, "17.6%").attribute is None


def test_a_premium_to_the_price_before_the_first_bid_is_a_later_bids() -> None:
    first = "Nordvik offered NOK 62 a share, a premium of 34% to Kvitfjell's close on Tuesday."
    later = (
        "It represents a premium of 42.6% to Kvitfjell's close on October 7, the day before"
        " the first bid."
    )
    assert _contradictions(first, later) == []


def test_debt_taken_on_is_no_price() -> None:
    text = "Under the deal Northrail will also take on US$88 million of Kestrel Line's debt."
    assert _claim(text, "US$88 million").attribute is None


def test_a_workplace_named_after_its_owner_counts_its_own_staff() -> None:
    text = (
        "Bravela employs about 61,000 people. The Bravela plant, which opened in 2009 on the"
        " road out of town, employs about 1,450 people."
    )
    assert _claim(text, "about 1,450").subject is None
    assert _claim(text, "about 61,000").subject == "Bravela"


def test_ranks_of_last_years_edition_or_of_one_part_are_read_apart() -> None:
    board = "Bellmore Living came third in the Home Quality Panel's 2025 league."
    earlier = "In last year's edition Westmere took top spot and Bellmore Living came fourth."
    assert _contradictions(board, earlier) == []
    league = "Pemberly Stock climbed to fourth place in the Rail Finance Report's 2026 table."
    part = "In covered hoppers alone, Pemberly Stock now ranks second behind Trestle."
    assert _contradictions(league, part) == []


def test_the_day_of_a_clearance_is_no_day_of_the_takeover() -> None:
    text = (
        "The farmer received clearance from the competition authority last Friday for its"
        " takeover of Kvitfjell Smolt."
    )
    assert _claim(text, "last Friday").attribute is None


def test_a_name_after_toward_is_not_what_was_bought() -> None:
    text = "In 1994 Kestrel Line bought a 58-mile line toward Tomahawk."
    assert _claim(text, "1994").subject != "Tomahawk"


def test_fines_in_the_plural() -> None:
    text = "Harlowe was handed the largest of the penalties, £18.3m, by the regulator."
    assert _claim(text, "£18.3m").attribute == "fine"
    assert _claim("Harlowe paid £2m in fines last year.", "£2m").attribute == "fine"
    # a charge that covers fines is no fine
    assert _claim("Harlowe took a $5m charge covering fines.", "$5m").attribute != "fine"


def test_a_fine_imposed_on_the_lender_is_the_lenders_never_the_regulators() -> None:
    text = (
        "Meridale Trust Bank said its agent network grew. The suit challenged part of the"
        " N4.2 billion penalty the Central Bank of Nigeria imposed on the lender in September."
    )
    claim = _claim(text, "N4.2 billion")
    assert (claim.subject, claim.attribute) == ("Meridale Trust Bank", "fine")


def test_a_holders_stake_in_a_named_company_is_one_subject_for_the_pair() -> None:
    bid = "Nordvik Havbruk ASA, which already owns 19.9 percent of Kvitfjell Smolt, made a bid."
    later = "Nordvik Havbruk ASA had quietly built a 15.9 percent stake in Kvitfjell Smolt."
    claim = _claim(bid, "19.9 percent")
    assert (claim.subject, claim.attribute) == ("Kvitfjell Smolt – Nordvik Havbruk ASA", "stake")
    assert _claim(later, "15.9 percent").attribute == "stake"
    assert _contradictions(bid, later) == [["15.9 percent", "19.9 percent"]]
    # a holding of a description ("of the shares") is no stake in a named company
    shares = "Nordvik Havbruk ASA owns 19.9 percent of the shares outstanding."
    assert _claim(shares, "19.9 percent").attribute != "stake"
