"""Sourcing: which figures need a source, and which cues give one. Our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck import Document, Sourcing


def sourcing_of(text: str, figure: str) -> tuple[Sourcing, str | None]:
    report = factcheck.check([Document("t.md", text, published=dt.date(2026, 5, 1))])
    for claim in report.claims:
        if figure in claim.text:
            return claim.sourcing, claim.source
    raise AssertionError(f"no claim {figure!r} in {[c.text for c in report.claims]}")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Acme's chief financial officer Dana Reyes said margins reached 41%.", "41%"),
        ("The company said in a filing that 12% of orders were returned.", "12%"),
        ("According to Gartner, the market will reach $18 billion by 2027.", "$18 billion"),
        ("Data from the ONS show unemployment at 4.2%.", "4.2%"),
        ("A McKinsey survey found that 67% of firms use two clouds.", "67%"),
        ("About 30% of listeners switched, as reported by Reuters.", "30%"),
        ("Churn fell to 3% (source: Acme annual report).", "3%"),
        ("Churn fell to 3% [4].", "3%"),
        ("Churn fell to 3%, see https://example.org/acme-report.", "3%"),
        ("Churn fell to 3%, per the 10-K.", "3%"),
        ("Initech grew 18% last year, the company said.", "18%"),
        ('"We grew 25% this year," Dana Reyes told analysts.', "25%"),
    ],
)
def test_sourced(text: str, figure: str) -> None:
    sourcing, source = sourcing_of(text, figure)
    assert sourcing is Sourcing.SOURCED
    assert source


def test_lead_in_sentence_frames_its_paragraph() -> None:
    text = (
        "According to its annual report, Acme sold more devices than ever. "
        "Margins rose to 41% and returns fell 3%.\n"
        "A new paragraph says 55% of buyers were new."
    )
    assert sourcing_of(text, "41%")[0] is Sourcing.SOURCED
    assert sourcing_of(text, "55%")[0] is Sourcing.UNSOURCED


def test_attribution_after_the_figure_covers_only_its_sentence() -> None:
    text = "Acme's valuation reached €2 billion, according to its investors. Costs were 40% lower."
    assert sourcing_of(text, "40%")[0] is Sourcing.UNSOURCED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Experts say 67% of buyers will switch.", "67%"),
        ("Studies show prices rose 12%.", "12%"),
        ("Reports indicate the market grew 9%.", "9%"),
        ("Prices rose 12%, according to people familiar with the matter.", "12%"),
        ("The unit reportedly lost 20% of its staff.", "20%"),
    ],
)
def test_vague_cues_are_weak(text: str, figure: str) -> None:
    assert sourcing_of(text, figure)[0] is Sourcing.WEAK


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Enterprises ran 3.2 frontier models on average.", "3.2"),
        ("Azure was the main platform in about 67% of cases.", "67%"),
        ("The new chip delivers a 2.5x improvement.", "2.5x"),
        ("The market will create $18 billion of demand by 2026.", "$18 billion"),
        ("Clubs spent a combined €1.3 billion in the window.", "€1.3 billion"),
        ("Acme is the second-largest cloud provider.", "second"),
    ],
)
def test_unsourced_statistics(text: str, figure: str) -> None:
    assert sourcing_of(text, figure)[0] is Sourcing.UNSOURCED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Acme launched seven new models in June.", "seven"),  # a count that is news
        ("Acme agreed to buy Globex for $69 billion.", "$69 billion"),  # a deal value
        ("The model shipped on June 2, 2026.", "June 2, 2026"),  # a date of an event
        ("Zephyr-2 ranked third on the Apex leaderboard.", "third"),  # the board is the source
    ],
)
def test_figures_that_need_no_source(text: str, figure: str) -> None:
    sourcing, _ = sourcing_of(text, figure)
    assert sourcing in (Sourcing.NOT_NEEDED, Sourcing.SOURCED)


def test_version_numbers_are_not_figures() -> None:
    report = factcheck.check(
        [Document("t.md", "GPT-4o and Claude 3.5 Sonnet beat Llama 2 on Windows 11.")]
    )
    assert [c for c in report.claims if c.kind.value != "date"] == []


def test_unsourced_and_weak_are_findings_with_their_sentence() -> None:
    report = factcheck.check(
        [
            Document(
                "t.md",
                "Experts say 67% of buyers will switch. Enterprises ran 3.2 models on average.",
            )
        ]
    )
    frame = report.to_frame()
    unsourced = frame[frame["finding"] == "unsourced"]
    assert set(unsourced["value_a"]) == {"67%", "3.2"}
    assert any("vague" in e for e in unsourced["explanation"])
    assert all(
        s in ("Experts say 67% of buyers will switch.", "Enterprises ran 3.2 models on average.")
        for s in unsourced["sentence_a"]
    )
