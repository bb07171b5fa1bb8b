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
        # speakers: the head of the clause before the verb
        ("Analysts at Brightwater Securities estimate costs of 14%.", "14%"),
        ("Economists polled by Lakeside had forecast a 0.3% rise.", "0.3%"),
        ("Average earnings rose 0.4% on the month, the office said.", "0.4%"),
        ("Same-store sales fell 2.3%, the supermarket chain said.", "2.3%"),
        ("Researchers at the University of Eastvale reported a 30% drop.", "30%"),
        ("A record 48,500 runners finished, organisers said, 11% more than last year.", "11%"),
        ("We surveyed 1,200 marketers and 61% said budgets were flat.", "61%"),
        ("Acme found that 64% of teams use video.", "64%"),
        ("The company, which has 14 million users, expects bookings to grow 20%.", "20%"),
        ("Dana Reyes, a director at Acme, said churn fell to 4%.", "4%"),
        ("Odds of a cut are 35%, according to futures pricing tracked by Northgate.", "35%"),
        ("In our 2024 customer benchmark, teams resolved tickets 2.3x faster.", "2.3x"),
        # documents with an owner
        ("A study from the Northfield Review found that retention rose 5%.", "5%"),
        ("Video is used by 91% of firms, according to a survey of 500 marketers by Wyvern.", "91%"),
        ("Prices in the north rose faster, the lender's data showed, up 8.1%.", "8.1%"),
        ("Short video has the best return, say 39% of marketers in Sproutly's 2024 report.", "39%"),
        ("The report, released by the ministry on Monday, put growth at 2.4%.", "2.4%"),
        ("Unemployment rose to 4.1%, government data showed.", "4.1%"),
        ("Solar made 19% of power, according to an analysis by the think tank Ember Watch.", "19%"),
        ("Short video wins, say 39% of marketers in Sproutly's 2024 Social Index.", "39%"),
        # citations
        ("54% of marketers expect bigger budgets (Contently Institute, 2024).", "54%"),
        ("Email has an ROI of 3,600% (Litmus).", "3,600%"),
        ("Ransomware attacks rose 95% last year[^1].", "95%"),
        ("Mobile accounts for 58% of traffic, via Similarweb.", "58%"),
        ("Per Statista, the market grew 14% in 2024.", "14%"),
        ("Clicks rose by up to 300% ([source](https://example.com/study)).", "300%"),
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
        ("It's estimated that 60% of content is never used.", "60%"),
        ("Online sales totalled an estimated $96 billion last year.", "$96 billion"),
        ("A widely cited study found reps spend 28% of their week selling.", "28%"),
        ("A study of adults in Germany found 20% were obese.", "20%"),
        ("Premium phones make up 24% of sales, according to industry estimates.", "24%"),
        ("Analysts expect sales to reach $12 billion a year by 2030.", "$12 billion"),
        ("By some estimates, AI could add $4.4 trillion a year to the economy.", "$4.4 trillion"),
        ("Scientists have long warned that ice is melting four times faster.", "four times"),
        ("Running clubs report that the average finisher is 36.4 years old.", "36.4"),
        ("Public health experts say 40% of cases are preventable.", "40%"),
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
        # cue-like words that name no source
        ("Google shows ads to 90% of internet users.", "90%"),
        ("Return on investment (ROI) rose 12% last year.", "12%"),
        ("Traffic grows 2% per month.", "2%"),
        ("The central bank has held its benchmark rate at 4.5%.", "4.5%"),
        ("Here's what the numbers say: 61% of emails are opened on a phone.", "61%"),
        ("Why 73% Of Small Businesses Say Email Works Better Than Social", "73%"),
        ("About 60% of respondents said they would switch providers.", "60%"),
        # statistics that are not percentages
        ("About one in four adults exercises every day.", "four"),
        ("Housing completions fell to 168,000 last year.", "168,000"),  # a measured level
        ("The club now sells 40,000 tickets a game.", "40,000"),
        ("It was the seventh-lowest reading on record.", "seventh"),
        ("AI could add $4.4 trillion a year to the world economy.", "$4.4 trillion"),
        ("Influencer marketing has become a $24 billion industry.", "$24 billion"),  # a market
        ("The S&P 500 index rose 1.2% on Tuesday.", "1.2%"),  # a market index is no source
        ("Microsoft's data centre capacity grew 30% last year.", "30%"),  # a compound noun
        ("Its research and development spending rose 12%.", "12%"),
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
        ("The institute surveyed 3,100 employees in May.", "3,100"),  # a sample's size
        ("Completions fell short of the target of 300,000 homes a year.", "300,000"),  # a goal
        ("The drug costs about $1,000 a month.", "$1,000"),  # a price
        ('Lee was upbeat. "Sign-ups jumped 30%. We are thrilled," she said.', "30%"),  # a quote
        ("The government wants renewables to supply 70% of power by 2035.", "70%"),  # a goal
        ("Acme plans to cut 10% of its staff.", "10%"),  # an intention
        ("The government wants 600,000 installations a year by 2028.", "600,000"),
        ("Its investment grew to $13 billion by 2023.", "$13 billion"),  # a result, not a level
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


def test_a_cue_speaks_only_for_the_figures_it_covers() -> None:
    footnote = "Attacks rose 95% last year[^1], and the average ransom is now $1.5 million."
    assert sourcing_of(footnote, "95%")[0] is Sourcing.SOURCED
    assert sourcing_of(footnote, "$1.5 million")[0] is Sourcing.UNSOURCED
    later = "Teams that try it see a 35% jump, and in our own survey of 850 teams, 58% agreed."
    assert sourcing_of(later, "35%")[0] is Sourcing.UNSOURCED
    assert sourcing_of(later, "58%")[0] is Sourcing.SOURCED
    trailing = "Prices rose 5% and rents climbed 3%, the agency said."
    assert sourcing_of(trailing, "5%")[0] is Sourcing.SOURCED


def test_a_cue_only_sentence_frames_its_paragraph() -> None:
    text = "The benefits levelled off, the researchers found. Even light walking cut risk 25%."
    assert sourcing_of(text, "25%")[0] is Sourcing.SOURCED
    spans = "It is the first time in a six-month period, the group said. Wind supplied 12%."
    assert sourcing_of(spans, "12%")[0] is Sourcing.SOURCED  # ordinals and spans of time
    figure = "Sales rose 5%, the group said. Costs fell 12%."
    assert sourcing_of(figure, "12%")[0] is Sourcing.UNSOURCED  # it followed a figure


def test_a_lead_in_with_a_colon_frames_the_list_under_it() -> None:
    text = (
        "Here is what the Ironleaf 2024 Threat Report found:\n\n"
        "- 43% of attacks target small firms\n"
        "- Phishing causes 36% of breaches\n\n"
        "Worse, 60% of small firms close within a year.\n\n"
        "- 20% of firms have no backups\n"
    )
    assert sourcing_of(text, "43%")[0] is Sourcing.SOURCED
    assert sourcing_of(text, "36%")[0] is Sourcing.SOURCED
    assert sourcing_of(text, "60%")[0] is Sourcing.UNSOURCED
    assert sourcing_of(text, "20%")[0] is Sourcing.UNSOURCED  # a later list: no lead-in
    plain = "Here are the numbers:\n\n- 43% of attacks target small firms\n"
    assert sourcing_of(plain, "43%")[0] is Sourcing.UNSOURCED  # a lead-in that names nobody


def test_a_source_line_sources_what_is_right_above_it() -> None:
    listed = (
        "Local search matters.\n\n"
        "- 46% of searches are local\n"
        "- 88% of local searches end in a visit\n\n"
        "Source: Brightlocal Consumer Survey 2024\n\n"
        "Reviews matter too: 70% of buyers read them.\n"
    )
    assert sourcing_of(listed, "46%")[0] is Sourcing.SOURCED
    assert sourcing_of(listed, "88%")[0] is Sourcing.SOURCED
    assert sourcing_of(listed, "70%")[0] is Sourcing.UNSOURCED
    below = "Mobile makes up 73% of traffic.\nSource: Similarweb\n"
    assert sourcing_of(below, "73%")[0] is Sourcing.SOURCED
    unnamed = "Mobile makes up 73% of traffic.\nSource: various\n"
    assert sourcing_of(unnamed, "73%")[0] is Sourcing.UNSOURCED


def test_cue_tables_are_data() -> None:
    from factcheck.extract.attribution import CUES

    assert {"speech_verbs", "documents", "bodies", "vague", "hedges"} <= set(CUES)
    assert "according" not in CUES["speech_verbs"]  # "according to" is its own pattern
    assert all(w == w.lower() for words in CUES.values() for w in words)


def test_numbered_items_are_list_items() -> None:
    # "6." on its own line is split off as a sentence: the paragraph is still a list item
    text = (
        "From the Quillon 2025 Hosting Survey:\n\n"
        "1. 52% of teams moved a workload last year.\n\n"
        "2. The median saving was 18%.\n\n"
        "## Costs\n\n"
        "3. 27% of budgets go to storage.\n"
    )
    assert sourcing_of(text, "52%")[0] is Sourcing.SOURCED
    assert sourcing_of(text, "18%")[0] is Sourcing.SOURCED
    assert sourcing_of(text, "27%")[0] is Sourcing.UNSOURCED  # a heading ends the list
    below = (
        "Buyers are changing.\n\n"
        "7. 64% of buyers compare three vendors.\n\n"
        "8. 31% buy without a demo.\n\n"
        "Source: Tarrow Research, Buyer Report 2025.\n\n"
        "9. 12% never renew.\n"
    )
    assert sourcing_of(below, "64%")[0] is Sourcing.SOURCED
    assert sourcing_of(below, "31%")[0] is Sourcing.SOURCED
    assert sourcing_of(below, "12%")[0] is Sourcing.UNSOURCED  # below the source line
    unnamed = "Here are the numbers:\n\n1. 52% of teams moved a workload.\n"
    assert sourcing_of(unnamed, "52%")[0] is Sourcing.UNSOURCED
    decimal = "From the Quillon 2025 Hosting Survey:\n\n3.5% of teams moved a workload.\n"
    assert sourcing_of(decimal, "3.5%")[0] is Sourcing.UNSOURCED  # a figure, not a marker


def test_a_sentence_pointing_back_sources_the_one_before() -> None:
    text = "Churn averages 3.1% a month. That's according to [Pellby Metrics](https://x.test/c)."
    sourcing, source = sourcing_of(text, "3.1%")
    assert sourcing is Sourcing.SOURCED and source == "according to [Pellby Metrics]"
    figures = "About 37% of renters moved. These figures come from the Tolland housing survey."
    assert sourcing_of(figures, "37%")[0] is Sourcing.SOURCED
    two_back = "Rents rose 6%. About 37% of renters moved. That's according to the Tolland survey."
    assert sourcing_of(two_back, "6%")[0] is Sourcing.UNSOURCED  # only the sentence before
    new_paragraph = "About 37% of renters moved.\nThat's according to the Tolland survey."
    assert sourcing_of(new_paragraph, "37%")[0] is Sourcing.UNSOURCED
    no_source = "About 37% of renters moved. That is according to plan."
    assert sourcing_of(no_source, "37%")[0] is Sourcing.UNSOURCED


def test_a_quotation_that_goes_on_keeps_its_speaker() -> None:
    text = '"Sales rose 5%," said Dana Lee of the Orrin Clinic. "Costs fell 3% as well."'
    assert sourcing_of(text, "3%")[0] is Sourcing.SOURCED
    prose = '"Sales rose 5%," said Dana Lee of the Orrin Clinic. Costs fell 3% as well.'
    assert sourcing_of(prose, "3%")[0] is Sourcing.UNSOURCED  # the cue followed a figure
    unnamed = '"Sales rose 5%," the post read. "Costs fell 3% as well."'
    assert sourcing_of(unnamed, "3%")[0] is not Sourcing.SOURCED


def test_an_attribution_set_off_inside_a_sentence_frames_nothing_after_it() -> None:
    inside = "Cloud sales, the company said, grew 31%. Hardware sales fell 8%."
    assert sourcing_of(inside, "31%")[0] is Sourcing.SOURCED
    assert sourcing_of(inside, "8%")[0] is Sourcing.UNSOURCED
    opening = "The company said cloud sales grew 31%. Hardware sales fell 8%."
    assert sourcing_of(opening, "8%")[0] is Sourcing.SOURCED
    lead_in = "In its filing, the company said cloud sales grew 31%. Hardware sales fell 8%."
    assert sourcing_of(lead_in, "8%")[0] is Sourcing.SOURCED
    connector = "However, the company said, cloud sales grew 31%. Hardware sales fell 8%."
    assert sourcing_of(connector, "8%")[0] is Sourcing.SOURCED  # "However" is no subject


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The unit brings in 9% of revenue, people familiar with the matter said.", "9%"),
        ("The unit brings in 9% of revenue, two people close to the talks said.", "9%"),
        ("Some analysts expect Orvel phones to make up 60% of shipments.", "60%"),
        ("Analysts had on average expected growth of 12%.", "12%"),
        ("Prices rose 12%, according to a friend's estimate.", "12%"),
        # an unnamed speaker of its own sentence is not the paragraph's named source
        ("According to its annual report, Acme sold more. Analysts had expected 12%.", "12%"),
    ],
)
def test_unnamed_speakers_are_weak(text: str, figure: str) -> None:
    assert sourcing_of(text, figure)[0] is Sourcing.WEAK


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Costs rose 4% last year, said Priya Menon.", "4%"),  # a name after the verb
        ("The chief executive of the supermarket chain said sales rose 12%.", "12%"),
        ("Fees rose 4%, according to the city's finance department.", "4%"),
        ("According to the city auditor's report released in May, overtime rose 27%.", "27%"),
        # a hedge in a framed paragraph is the framing source's estimate
        ("According to the Hollin survey, prices rose. An estimated 40% of homes sold.", "40%"),
        # and researchers are the ones behind the study it names
        ("According to the Hollin survey, prices rose. Researchers found 40% sold.", "40%"),
    ],
)
def test_named_speakers_next_to_unnamed_cues(text: str, figure: str) -> None:
    assert sourcing_of(text, figure)[0] is Sourcing.SOURCED


def test_a_publication_participle_is_no_compound_but_a_verb_is() -> None:
    assert sourcing_of("Acme's figures improved by 12% this year.", "12%")[0] is (
        Sourcing.UNSOURCED
    )


def test_a_clubs_accounts_are_a_document_but_accounting_for_is_not() -> None:
    text = "Revenue rose 19% to £300 million, the club's annual accounts showed."
    assert sourcing_of(text, "19%")[0] is Sourcing.SOURCED
    verb = "Mobile now accounts for 58% of traffic."
    assert sourcing_of(verb, "58%")[0] is Sourcing.UNSOURCED
    savings = "Savings accounts pay 4.1% on average."
    assert sourcing_of(savings, "4.1%")[0] is Sourcing.UNSOURCED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the level a change ends at or starts from is measured like the change
        ("Emissions rose 0.8% last year, to a record 36.2 billion tonnes.", "36.2 billion"),
        ("The town's population has grown 9% over the decade, to about 210,000.", "210,000"),
        ("Fraud offences rose 13% to 2.9 million.", "2.9 million"),
        ("The average firm now runs 95 apps, up from 70 in 2021.", "70"),
        ("Knife offences stood at 41,200 last year.", "41,200"),
        # counts of what there is, not of what happened
        ("There were 1,420 active listings at the end of May.", "1,420"),
        ("About 9,000 exposed servers remain unpatched.", "9,000"),
        # the complement of an average or a typical value
        ("The median time from a click to a breach is now just 52 minutes.", "52"),
        ("A typical emergency-room visit runs about $2,100.", "$2,100"),
        (
            "Sales rose after the arena was expanded, and average attendance reached 46,100.",
            "46,100",
        ),
        ("Users gave the app an average rating of 4.6 out of 5.", "4.6"),  # an averaged score
        ("The median time to reach $1 million in revenue is 2.4 years.", "2.4"),
        ("Rules cap squad spending at 70% of revenue.", "70%"),  # a percentage, not a goal
        ("Reyes scored 29.6 points a game.", "29.6"),  # points scored are no score on a scale
        ("The board voted to hold rates at 4.5%.", "4.5%"),  # a percentage set is still one
    ],
)
def test_levels_stocks_and_typical_values_are_statistics(text: str, figure: str) -> None:
    assert sourcing_of(text, figure)[0] is Sourcing.UNSOURCED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Sales jumped 40% after the arena was expanded to 52,000 seats.", "52,000"),  # a spec
        (
            "Income jumped after the ground was expanded to 48,000 seats, and average "
            "attendance reached 46,100.",
            "48,000",
        ),  # the average is the next clause's
        ("The firm cut 1,200 jobs, up from 800 last year.", "1,200"),  # an event count
        ("The firm hired 300 engineers, up from 200 last year.", "200"),  # and its comparison
        ("Two people remain in hospital.", "Two"),  # a small count is the news itself
        ("The plant employs 2,000 people and still makes 400 cars a day.", "2,000"),
        ("The meeting lasted 52 minutes.", "52"),
        (
            "A buyer would pay about $2,400 a month for a median-priced home.",
            "$2,400",
        ),  # a worked example's price; "median-priced" is no median
        ("The flaw carries a severity score of 9.1 out of 10.", "9.1"),  # a score is a spec
        ("The flaw carries a severity score of 9.1 out of 10.", "10"),
        ("The app is rated 4 out of 5 in the store.", "4"),
        ("The median time to reach $1 million in revenue is 2.4 years.", "$1 million"),
        ("To keep warming to 1.5C, emissions must fall 45% by 2030.", "1.5C"),  # a target
        ("The survey, which examined 18,400 adults, found that 48% had it.", "18,400"),
    ],
)
def test_specs_scores_thresholds_and_targets_need_no_source(text: str, figure: str) -> None:
    assert sourcing_of(text, figure)[0] is Sourcing.NOT_NEEDED
