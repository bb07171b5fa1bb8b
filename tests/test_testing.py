"""``factcheck.testing``: assertions for users' own tests. Each collects every failure and
raises one AssertionError listing them all."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

import factcheck
from factcheck import Amount, Claim, Document, FindingType, Kind, Location, Report
from factcheck.testing import (
    assert_claim,
    assert_consistent,
    assert_sourced,
    format_finding,
)

DEAL = "On Monday, Acme agreed to acquire Globex for $69 billion.\n"
TAKEOVER = "Analysts praised Acme's $75 billion takeover of Globex.\n"
VALUATION = "Globex was valued at $12 billion in its latest funding round, the company said.\n"
GBX_VALUATION = (
    "Investors valued GBX Holdings at $20 billion, according to people familiar with the matter.\n"
)
INITECH = "Initech was valued at $3 billion in its latest funding round, the company said.\n"
INITECH_HIGH = "Investors valued Initech at $9 billion, according to people familiar with it.\n"
SURVEY = "About 67% of customers now use Globex tools.\n"
SHARE = "Globex holds 30% of the market.\n"
SOURCED = "About 67% of customers now use Globex tools, according to a Globex survey.\n"


def corpus(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def numbered(message: str) -> list[str]:
    """The numbered failure headings of an assertion message."""
    return re.findall(r"^\d+\. .*$", message, flags=re.MULTILINE)


# ------------------------------------------------------------------ assert_consistent
def test_consistent_corpus_passes_and_returns_the_report(tmp_path: Path) -> None:
    report = assert_consistent(corpus(tmp_path, {"deal.md": DEAL, "globex.md": VALUATION}))
    assert isinstance(report, Report)
    assert [d.id for d in report.documents] == ["deal.md", "globex.md"]


def test_consistent_lists_every_contradiction_in_one_error(tmp_path: Path) -> None:
    folder = corpus(
        tmp_path,
        {"deal.md": DEAL, "takeover.md": TAKEOVER, "initech.md": INITECH, "high.md": INITECH_HIGH},
    )
    findings = [f for f in factcheck.check(folder).findings if f.type is FindingType.CONTRADICTION]
    assert len(findings) == 2
    with pytest.raises(AssertionError) as raised:
        assert_consistent(folder)
    message = str(raised.value)
    assert message.startswith("factcheck: 2 contradictions (2 failures; 4 documents checked)")
    assert len(numbered(message)) == 2
    for finding in findings:
        assert finding.b is not None
        for claim in (finding.a, finding.b):
            quoted = f'"{claim.location.sentence}"'
            assert f"{claim.doc}, line 1 says {claim.text}:\n    {quoted}" in message
        assert f"why: {finding.explanation}" in message


def test_consistent_ignores_unsourced_statistics(tmp_path: Path) -> None:
    assert_consistent(corpus(tmp_path, {"survey.md": SURVEY}))


def test_consistent_fails_on_a_document_it_could_not_read(tmp_path: Path) -> None:
    folder = corpus(tmp_path, {"deal.md": DEAL})
    (folder / "scan.txt").write_bytes(b"\x00\x01 not text")
    (error,) = [f.error for f in factcheck.load_corpus(folder).failures]
    with pytest.raises(AssertionError, match="1 could not be read") as raised:
        assert_consistent(folder)
    assert f"1. could not check scan.txt: {error}" in str(raised.value)


def test_accepts_a_report_but_not_check_options_with_it(tmp_path: Path) -> None:
    report = factcheck.check(corpus(tmp_path, {"deal.md": DEAL, "takeover.md": TAKEOVER}))
    with pytest.raises(AssertionError, match="1 contradiction"):
        assert_consistent(report)
    with pytest.raises(TypeError, match="ledger"):
        assert_consistent(report, ledger="facts.csv")


def test_check_options_are_passed_through(tmp_path: Path) -> None:
    folder = corpus(tmp_path, {"globex.md": VALUATION, "gbx.md": GBX_VALUATION})
    assert_consistent(folder)
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("canonical,alias\nGlobex,GBX Holdings\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="1 contradiction"):
        assert_consistent(folder, aliases=aliases)


# ------------------------------------------------------------------ assert_sourced
def test_sourced_passes_with_attribution(tmp_path: Path) -> None:
    assert_sourced(corpus(tmp_path, {"survey.md": SOURCED, "deal.md": DEAL}))


def test_sourced_lists_every_unsourced_statistic(tmp_path: Path) -> None:
    folder = corpus(tmp_path, {"survey.md": SURVEY, "share.md": SHARE, "deal.md": DEAL})
    with pytest.raises(AssertionError) as raised:
        assert_sourced(folder)
    message = str(raised.value)
    assert message.startswith("factcheck: 2 unsourced statistics")
    headings = numbered(message)
    assert len(headings) == 2
    assert all("unsourced statistic" in h for h in headings)
    assert f'share.md, line 1 says 30%:\n    "{SHARE.strip()}"' in message
    assert f'survey.md, line 1 says About 67%:\n    "{SURVEY.strip()}"' in message
    assert "no attribution" in message


# ------------------------------------------------------------------ assert_claim
def test_claim_passes_and_returns_the_matching_claims(tmp_path: Path) -> None:
    folder = corpus(tmp_path, {"globex.md": VALUATION, "deal.md": DEAL})
    claims = assert_claim(folder, subject="Globex", attribute="valuation", equals="$12 billion")
    assert [c.text for c in claims] == ["$12 billion"]
    # written precision and the tolerance: "$12.2 billion" is within "$12 billion"
    assert_claim(folder, subject="globex", attribute="Valuation", equals="$12.2 billion")


def test_claim_lists_every_claim_that_disagrees(tmp_path: Path) -> None:
    folder = corpus(
        tmp_path,
        {
            "a.md": VALUATION,
            "b.md": VALUATION.replace("$12", "$15"),
            "c.md": VALUATION.replace("$12", "$18"),
        },
    )
    with pytest.raises(AssertionError) as raised:
        assert_claim(folder, subject="Globex", attribute="valuation", equals="$12 billion")
    message = str(raised.value)
    assert message.startswith("factcheck: Globex valuation is not $12 billion throughout")
    headings = numbered(message)
    assert headings == [
        "1. $15 billion is not $12 billion (relative tolerance 0.01)",
        "2. $18 billion is not $12 billion (relative tolerance 0.01)",
    ]
    assert 'b.md, line 1 says $15 billion:\n    "Globex was valued at $15 billion' in message


def test_claim_relative_tolerance(tmp_path: Path) -> None:
    folder = corpus(tmp_path, {"a.md": VALUATION.replace("$12 billion", "$69.4 billion")})
    with pytest.raises(AssertionError, match=r"\$69\.4 billion is not \$72\.0 billion"):
        assert_claim(folder, subject="Globex", attribute="valuation", equals="$72.0 billion")
    assert_claim(folder, subject="Globex", attribute="valuation", equals="$72.0 billion", rel=0.03)


def test_claim_uses_aliases(tmp_path: Path) -> None:
    folder = corpus(tmp_path, {"gbx.md": GBX_VALUATION})
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("canonical,alias\nGlobex,GBX Holdings\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="no claim states Globex valuation"):
        assert_claim(folder, subject="Globex", attribute="valuation", equals="$20 billion")
    claims = assert_claim(
        folder, subject="Globex", attribute="valuation", equals="$20 billion", aliases=aliases
    )
    assert [c.doc for c in claims] == ["gbx.md"]
    # the subject as written is an alias too
    again = assert_claim(
        folder, subject="GBX Holdings", attribute="valuation", equals="$20 billion", aliases=aliases
    )
    assert again == claims


def test_claim_matches_a_deal_in_either_order() -> None:
    """A deal's subject is a pair; "Globex/Acme" names the same pair as "Acme – Globex"."""
    location = Location("deal.md", 0, 11, "Acme paid $69 billion for Globex.")
    claim = Claim(
        Kind.MONEY,
        Amount(Decimal("69e9"), precision=Decimal("5e8")),
        "USD",
        "$69 billion",
        location,
        subject="Acme – Globex",
        attribute="acquisition_price",
    )
    report = Report((claim,), ())
    for subject in ("Acme – Globex", "Globex/Acme", "Globex – Acme", "acme / globex"):
        found = assert_claim(
            report, subject=subject, attribute="acquisition price", equals="$69 billion"
        )
        assert found == (claim,)
    with pytest.raises(AssertionError, match="no claim states Acme/Initech"):
        assert_claim(report, subject="Acme/Initech", attribute="acquisition_price", equals="$1")


def test_claim_not_found_says_what_was_found(tmp_path: Path) -> None:
    folder = corpus(tmp_path, {"globex.md": VALUATION})
    with pytest.raises(AssertionError) as raised:
        assert_claim(folder, subject="Globex", attribute="revenue", equals="$12 billion")
    message = str(raised.value)
    assert "1. no claim states Globex revenue" in message
    assert "claims about this subject are about: valuation" in message
    with pytest.raises(AssertionError, match="subjects with this attribute: Globex"):
        assert_claim(folder, subject="Initech", attribute="valuation", equals="$12 billion")


def test_claim_of_another_kind_or_unit_fails(tmp_path: Path) -> None:
    folder = corpus(tmp_path, {"globex.md": VALUATION})
    with pytest.raises(AssertionError, match="a money figure \\(\\$12 billion\\), not a percent"):
        assert_claim(folder, subject="Globex", attribute="valuation", equals="12%")
    with pytest.raises(AssertionError, match="cannot be compared"):
        assert_claim(folder, subject="Globex", attribute="valuation", equals="€12 billion")


def test_claim_equals_must_be_a_figure(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="'a lot' is not a figure"):
        assert_claim(tmp_path, subject="Globex", attribute="valuation", equals="a lot")


def test_claim_period_filters(tmp_path: Path) -> None:
    folder = corpus(
        tmp_path,
        {
            "a.md": "Globex reported revenue of $3.1 billion for 2025.\n",
            "b.md": "Globex reported revenue of $2.4 billion for 2024.\n",
        },
    )
    with pytest.raises(AssertionError, match=r"\$2\.4 billion is not \$3\.1 billion"):
        assert_claim(folder, subject="Globex", attribute="revenue", equals="$3.1 billion")
    found = assert_claim(
        folder, subject="Globex", attribute="revenue", equals="$3.1 billion", period="2025"
    )
    assert [c.doc for c in found] == ["a.md"]


# ------------------------------------------------------------------ formatting, and in a test run
def test_format_finding_shows_both_sides_and_the_reason(tmp_path: Path) -> None:
    folder = corpus(tmp_path, {"deal.md": DEAL, "takeover.md": "Monday.\n\n" + TAKEOVER})
    (finding,) = factcheck.check(folder).findings
    documents = {"takeover.md": Document("takeover.md", "Monday.\n\n" + TAKEOVER)}
    text = format_finding(finding, documents)
    assert text.startswith("contradiction: ")
    assert f'deal.md says $69 billion:\n    "{DEAL.strip()}"' in text
    assert f'takeover.md, line 3 says $75 billion:\n    "{TAKEOVER.strip()}"' in text
    assert text.endswith(f"why: {finding.explanation}")


def test_failure_in_a_users_test_is_one_readable_message(pytester: pytest.Pytester) -> None:
    folder = pytester.path / "articles"
    folder.mkdir()
    (folder / "deal.md").write_text(DEAL, encoding="utf-8")
    (folder / "takeover.md").write_text(TAKEOVER, encoding="utf-8")
    (folder / "survey.md").write_text(SURVEY, encoding="utf-8")
    pytester.makepyfile(
        test_user="""
        from factcheck.testing import assert_consistent, assert_sourced

        def test_consistent():
            assert_consistent("articles")

        def test_sourced():
            assert_sourced("articles")
        """
    )
    result = pytester.runpytest()
    result.assert_outcomes(failed=2)
    output = result.stdout.str()
    assert "AssertionError: factcheck: 1 contradiction (1 failure; 3 documents checked)" in output
    assert "AssertionError: factcheck: 1 unsourced statistic" in output
    assert f'"{DEAL.strip()}"' in output
    assert f'"{TAKEOVER.strip()}"' in output
    assert f'"{SURVEY.strip()}"' in output
