"""The editor's HTML report: self-contained, grouped by subject, figures highlighted side by
side, and no article text ever runs as markup (checked in a real headless browser too)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

import factcheck
from factcheck.html_report import group_by_subject, highlight, render_html, safe_url
from factcheck.model import (
    Amount,
    Claim,
    DocumentInfo,
    DocumentStatus,
    Finding,
    FindingType,
    Kind,
    LedgerFact,
    Location,
    Sourcing,
)
from factcheck.report import Report

CHROMIUM = Path("/usr/bin/chromium")
DASH = "\N{EN DASH}"  # a deal is between two parties: "Acme <en dash> Globex"
ACME_GLOBEX = f"Acme {DASH} Globex"
HOSTILE_ID = "<svg onload=alert(1)>.md"
AMAZON_OPENAI = f"Amazon {DASH} OpenAI"

SCRIPT = "<script>document.title='PWNED';document.body.setAttribute('data-pwned','script')</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"


def located(
    text: str,
    doc: str,
    sentence: str,
    sentence_start: int = 100,
    *,
    subject: str,
    attribute: str,
    kind: Kind = Kind.MONEY,
    sourcing: Sourcing = Sourcing.NOT_NEEDED,
) -> Claim:
    """A claim whose offsets point at ``text`` inside ``sentence``, as the pipeline makes them."""
    at = sentence.index(text)
    start = sentence_start + at
    return Claim(
        kind=kind,
        value=Amount(Decimal(1)),
        unit="USD",
        text=text,
        location=Location(doc, start, start + len(text), sentence, sentence_start),
        subject=subject,
        attribute=attribute,
        sourcing=sourcing,
    )


def hostile_report() -> Report:
    a = located(
        "$69 billion",
        "a.md",
        f"Acme agreed to buy Globex for $69 billion {SCRIPT}.",
        subject=ACME_GLOBEX,
        attribute="deal_value",
    )
    b = located(
        "$20 billion",
        "b.md",
        f"{IMG} Acme will pay $20 billion for Globex.",
        40,
        subject=ACME_GLOBEX,
        attribute="deal_value",
    )
    stat = located(
        "67%",
        "a.md",
        "<b>Bold</b> claim: 67% of readers & viewers switch.",
        300,
        kind=Kind.PERCENT,
        subject="Readers",
        attribute="share of readers",
        sourcing=Sourcing.UNSOURCED,
    )
    valuation = located(
        "€2 billion",
        "b.md",
        "Zeta was valued at €2 billion.",
        0,
        subject="Zeta",
        attribute="valuation",
    )
    fact = LedgerFact(
        "Zeta",
        "valuation",
        Kind.MONEY,
        Amount(Decimal(11)),
        "EUR",
        "€11.7 billion",
        None,
        "Series C <announcement>",
        2,
    )
    return Report(
        (a, b, stat, valuation),
        (
            Finding(FindingType.UNSOURCED, stat, None, "a statistic stated as fact, unattributed"),
            Finding(
                FindingType.LEDGER_MISMATCH, valuation, None, "the ledger gives €11.7 billion", fact
            ),
            Finding(FindingType.CONTRADICTION, a, b, f"same subject ({ACME_GLOBEX}): <b>far</b>"),
        ),
        (
            DocumentStatus("a.md", "checked", None, 2),
            DocumentStatus("b.md", "checked", None, 2),
            DocumentStatus(HOSTILE_ID, "failed", f"{HOSTILE_ID}: binary"),
        ),
        (
            DocumentInfo(
                "a.md",
                f"{SCRIPT} Acme buys Globex",
                "<i>Wire</i>",
                "javascript:document.title='PWNED-URL'",
                dt.date(2026, 3, 5),
            ),
            DocumentInfo("b.md", "Globex sale", "Daily Ledger", 'https://example.org/b?x=1&y="2"'),
        ),
    )


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(hostile_report())


def test_no_markup_from_articles_survives(page: str) -> None:
    lowered = page.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert "<svg" not in lowered
    assert "<b>" not in lowered
    assert "<i>" not in lowered
    # ... and all of it is still there, as text an editor can read
    assert "&lt;script&gt;document.title=&#x27;PWNED&#x27;" in page
    assert "&lt;img src=x onerror=&quot;document.body.setAttribute" in page
    assert "&lt;svg onload=alert(1)&gt;.md: binary" in page
    assert "&lt;b&gt;far&lt;/b&gt;" in page
    assert "readers &amp; viewers" in page


def test_only_plain_web_links_are_followed(page: str) -> None:
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert hrefs, "the report links its articles and its subjects"
    assert all(h.startswith(("#subject-", "https://", "http://")) for h in hrefs)
    assert 'href="https://example.org/b?x=1&amp;y=&quot;2&quot;"' in page
    assert "javascript:" not in "".join(hrefs)
    assert "link not followed: javascript:document.title=&#x27;PWNED-URL&#x27;" in page


def test_self_contained_and_script_free(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "script-src" not in page
    assert "default-src 'none'" in page
    tags = re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>", page)  # real tags: text is escaped
    names = {name.lower() for name, _ in tags}
    assert names.isdisjoint({"script", "link", "img", "iframe", "object", "embed", "svg", "base"})
    assert not [attrs for _, attrs in tags if re.search(r"\b(src|on[a-z]+)\s*=", attrs)]
    style = page[page.index("<style>") : page.index("</style>")]
    assert "url(" not in style
    assert "@import" not in style
    assert render_html(hostile_report()) == page  # no timestamps: same report, same bytes


def test_contradiction_sentences_side_by_side_with_figures_marked(page: str) -> None:
    pair = re.search(r'<article class="finding contradiction">.*?</article>', page, re.S)
    assert pair is not None
    block = pair.group(0)
    assert block.count('<figure class="side">') == 2
    assert "Acme agreed to buy Globex for <mark>$69 billion</mark> &lt;script&gt;" in block
    assert (
        "onerror=&quot;document.body.setAttribute(&#x27;data-pwned&#x27;,&#x27;img&#x27;)&quot;"
        "&gt; Acme will pay <mark>$20 billion</mark> for Globex."
    ) in block
    assert block.index("$69 billion") < block.index("$20 billion")  # article A on the left
    assert "deal value" in block
    assert 'href="https://example.org/b?x=1&amp;y=&quot;2&quot;"' in block  # article B links out
    assert "5 March 2026" in block  # article A's date, as an editor writes it


def test_ledger_mismatch_shows_the_known_fact(page: str) -> None:
    block = re.search(r'<article class="finding ledger_mismatch">.*?</article>', page, re.S)
    assert block is not None
    assert "Ledger of known facts" in block.group(0)
    assert "€11.7 billion" in block.group(0)
    assert "Series C &lt;announcement&gt;" in block.group(0)
    assert "ledger row 2" in block.group(0)
    assert "Zeta was valued at <mark>€2 billion</mark>." in block.group(0)


def test_counts_at_the_top(page: str) -> None:
    top = page[: page.index('<nav class="panel contents">')]
    cell = r'<span class="n">(\d+)</span><span class="what">([^<]+)</span>'
    counts = {what: int(n) for n, what in re.findall(cell, top)}
    assert counts == {
        "documents": 3,
        "claims": 4,
        "contradictions": 1,
        "ledger mismatches": 1,
        "unsourced statistics": 1,
        "failed documents": 1,
    }
    assert "Documents that could not be checked" in top


def test_findings_grouped_by_subject_most_serious_first(page: str) -> None:
    headings = re.findall(r'<section class="subject" id="subject-(\d+)"><h2>([^<]+)</h2>', page)
    assert [h for _, h in headings] == [ACME_GLOBEX, "Zeta", "Readers"]
    assert [n for n, _ in headings] == ["1", "2", "3"]
    assert f'<a href="#subject-1">{ACME_GLOBEX}</a>' in page


def test_grouping_puts_ledger_findings_under_the_ledger_subject() -> None:
    report = hostile_report()
    groups = group_by_subject(report.findings)
    assert [(g.subject, [f.type.value for f in g.findings]) for g in groups] == [
        (ACME_GLOBEX, ["contradiction"]),
        ("Zeta", ["ledger_mismatch"]),
        ("Readers", ["unsourced"]),
    ]


def test_highlight_uses_offsets_and_falls_back_to_the_text() -> None:
    sentence = "Revenue was $5 million, then $5 million again."
    second = Claim(
        Kind.MONEY,
        Amount(Decimal(5)),
        "USD",
        "$5 million",
        Location("d", 1029, 1039, sentence, 1000),
    )
    assert highlight(second) == "Revenue was $5 million, then <mark>$5 million</mark> again."
    stale = Claim(
        Kind.MONEY, Amount(Decimal(5)), "USD", "$5 million", Location("d", 0, 3, sentence)
    )
    assert highlight(stale) == "Revenue was <mark>$5 million</mark>, then $5 million again."
    missing = Claim(
        Kind.MONEY, Amount(Decimal(5)), "USD", "<$9>", Location("d", 0, 4, "No <figure>.")
    )
    assert highlight(missing) == "No &lt;figure&gt;."


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a", True),
        ("http://example.org/a?b=1&c=2", True),
        ("HTTPS://example.org/", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        (" https://example.org/", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//example.org/a", False),
        ("https:alert", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_url(url: str | None, kept: bool) -> None:
    assert safe_url(url) == (url if kept else None)


def test_empty_report_says_so() -> None:
    page = render_html(Report((), (), (DocumentStatus("a.md", "checked"),)))
    assert "No findings" in page
    assert '<section class="subject"' not in page


@pytest.fixture(scope="module")
def corpus_report(fixtures_dir: Path) -> Report:
    return factcheck.check(fixtures_dir / "corpus", ledger=fixtures_dir / "ledger.csv")


def test_bundled_corpus_report_links_every_article(corpus_report: Report, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    text = corpus_report.to_html(path)
    assert path.read_text(encoding="utf-8") == text
    assert len(corpus_report.sources) == 6
    for info in corpus_report.sources:
        assert info.url
        assert info.title
        assert f'href="{info.url}"' in text  # in the documents table at least
    assert f"<h2>{AMAZON_OPENAI}</h2>" in text
    assert "<mark>$50 billion</mark>" in text
    assert "<mark>$15B</mark>" in text


# -- a real browser ---------------------------------------------------------------------------

HOSTILE_A = f"""---
title: "{SCRIPT} Hostile headline"
source: "<b>Bold</b> Wire"
url: "javascript:document.title='PWNED-URL'"
published: 2026-03-05
---

{SCRIPT} Roughly 67% of readers will switch.
"""

HOSTILE_B = f"""---
title: Deal desk
url: https://example.org/deal-desk
---

Amazon agreed a $20 billion deal with OpenAI {IMG}.
"""


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--window-size=1280,2000",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_headless_browser_runs_no_article_markup(fixtures_dir: Path, tmp_path: Path) -> None:
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    (hostile / "hostile_a.md").write_text(HOSTILE_A, encoding="utf-8")
    (hostile / "hostile_b.md").write_text(HOSTILE_B, encoding="utf-8")
    report = factcheck.check(
        [str(fixtures_dir / "corpus"), str(hostile)], ledger=fixtures_dir / "ledger.csv"
    )
    page = tmp_path / "report.html"
    report.to_html(page)
    # the same page without its Content-Security-Policy: escaping alone must hold
    bare = tmp_path / "bare.html"
    bare.write_text(
        re.sub(
            r'<meta http-equiv="Content-Security-Policy"[^>]*>',
            "",
            page.read_text(encoding="utf-8"),
        ),
        encoding="utf-8",
    )
    assert "Content-Security-Policy" not in bare.read_text(encoding="utf-8")
    # a control page proves this browser does run scripts, so silence below means something
    control = tmp_path / "control.html"
    control.write_text(
        f"<!DOCTYPE html><html><head><title>control</title></head><body>{SCRIPT}</body></html>",
        encoding="utf-8",
    )
    ran = chromium("--dump-dom", control.as_uri(), profile=tmp_path / "profile")
    assert 'data-pwned="script"' in ran.stdout
    assert "<title>PWNED</title>" in ran.stdout

    for html_file in (page, bare):
        done = chromium("--dump-dom", html_file.as_uri(), profile=tmp_path / "profile")
        dom = done.stdout
        assert AMAZON_OPENAI in dom, done.stderr[-2000:]
        assert not re.search(r"<body[^>]*data-pwned", dom)
        assert "<title>factcheck report</title>" in dom
        assert "<img" not in dom
        assert "<script" not in dom
        assert "&lt;script&gt;document.title=" in dom  # shown as text
        assert "<mark>$20 billion</mark> deal with OpenAI &lt;img src=x onerror=" in dom
        assert "<mark>$50 billion</mark>" in dom
        assert "Hostile headline" in dom

    shot = tmp_path / "shot.png"
    chromium(f"--screenshot={shot}", page.as_uri(), profile=tmp_path / "profile")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one
