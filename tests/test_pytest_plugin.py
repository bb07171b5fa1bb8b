"""The pytest plugin, run the way users run it: ``pytest --factcheck articles/`` in a
scratch project (``pytester``), checking exit codes, outcomes and what the output says.

Subjects and explanations come from the extractors, which keep improving; the tests read
them from ``factcheck.check`` on the same files rather than spelling them out, and pin
only what the plugin owns (which item fails, what it shows, how it exits).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

import pytest

import factcheck

# The scratch runs are in-process, and each forgets the modules it imported; numpy (under
# spaCy) then refuses its second import and the plugin fails to load. Loading the pipeline
# here keeps it in memory, so this file passes on its own as well as in the whole suite.
import factcheck.api
from factcheck import FindingType

DEAL = "On Monday, Acme agreed to acquire Globex for $69 billion.\n"
TAKEOVER = "Analysts praised Acme's $75 billion takeover of Globex.\n"
VALUATION = "Globex was valued at $12 billion in its latest funding round, the company said.\n"
GBX_VALUATION = (
    "Investors valued GBX Holdings at $20 billion, according to people familiar with the matter.\n"
)
SURVEY = "About 67% of customers now use Globex tools.\n"
PACKAGE_DIR = str(Path(factcheck.__file__).parent)


def write(pytester: pytest.Pytester, files: dict[str, str], folder: str = "articles") -> Path:
    """Write articles into ``folder`` of the scratch project and return the folder."""
    root = pytester.path / folder
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def only_finding(folder: Path, kind: FindingType, **kwargs: object) -> factcheck.Finding:
    """The single finding of ``kind`` that factcheck itself reports for ``folder``."""
    found = [f for f in factcheck.check(folder, **kwargs).findings if f.type is kind]  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def assert_clean_output(output: str) -> None:
    """An editor's message, not a programmer's: no traceback into factcheck's code."""
    assert "Traceback" not in output
    assert PACKAGE_DIR not in output
    assert "pytest_plugin.py" not in output
    assert "factcheck/" not in output.replace("factcheck::", "")


# ------------------------------------------------------------------ registration, inertness
def test_registered_through_the_pytest11_entry_point() -> None:
    plugins = {e.name: e.value for e in entry_points(group="pytest11")}
    assert plugins.get("factcheck") == "factcheck.pytest_plugin"


def test_options_are_in_a_factcheck_group(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_subprocess("--help")
    result.stdout.fnmatch_lines(
        [
            "factcheck: check a corpus of news articles:",
            "*--factcheck=PATH*",
            "*--factcheck-ledger=FILE*",
            "*--factcheck-aliases=FILE*",
            "*--factcheck-fail-on=KINDS*",
        ]
    )
    result.stdout.fnmatch_lines(["*factcheck_paths (linelist)*"])


def test_inert_when_not_asked(pytester: pytest.Pytester) -> None:
    write(pytester, {"deal.md": DEAL, "takeover.md": TAKEOVER})
    pytester.makepyfile(test_user="def test_one():\n    assert True\n")
    collected = pytester.runpytest("--collect-only", "-q")
    assert collected.ret == pytest.ExitCode.OK
    lines = [line for line in collected.stdout.lines if "::" in line]
    assert lines == ["test_user.py::test_one"]
    result = pytester.runpytest()
    result.assert_outcomes(passed=1)
    assert "factcheck" not in result.stdout.str().replace("newsroom-factcheck", "")


def test_importing_the_plugin_loads_nothing_heavy() -> None:
    """The plugin module itself must not pull in spaCy or the pipeline. (The package's
    own ``__init__`` is stubbed so this measures the plugin module alone.)"""
    code = textwrap.dedent(
        f"""
        import sys, types
        package = types.ModuleType("factcheck")
        package.__path__ = [{PACKAGE_DIR!r}]
        sys.modules["factcheck"] = package
        import factcheck.pytest_plugin
        heavy = [m for m in ("spacy", "factcheck.api", "factcheck.pipeline", "pandas")
                 if m in sys.modules]
        print(heavy)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


# ------------------------------------------------------------------ passing and failing corpora
def test_passing_corpus(pytester: pytest.Pytester) -> None:
    write(pytester, {"deal.md": DEAL, "valuation.md": VALUATION})
    result = pytester.runpytest("--factcheck", "articles", "-v")
    assert result.ret == pytest.ExitCode.OK
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(
        [
            "*factcheck::deal.md PASSED*",
            "*factcheck::valuation.md PASSED*",
            "*factcheck::corpus PASSED*",
        ]
    )


def test_failing_corpus_reads_like_a_note_to_an_editor(pytester: pytest.Pytester) -> None:
    folder = write(pytester, {"deal.md": DEAL, "takeover.md": TAKEOVER})
    finding = only_finding(folder, FindingType.CONTRADICTION)
    # a fresh interpreter: the entry point, not this process's imports, loads the plugin
    result = pytester.runpytest_subprocess("--factcheck", "articles")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.assert_outcomes(passed=2, failed=1)
    output = result.stdout.str()
    for expected in (
        "across documents: 1 contradiction",
        "deal.md, line 1 says $69 billion:",
        f'"{DEAL.strip()}"',
        "takeover.md, line 1 says $75 billion:",
        f'"{TAKEOVER.strip()}"',
        f"why: {finding.explanation}",
        "FAILED factcheck::corpus",
    ):
        assert expected in output, expected
    assert_clean_output(output)


def test_amounts_inside_one_document_are_compared_only_when_asked(
    pytester: pytest.Pytester,
) -> None:
    write(pytester, {"both.md": DEAL + "\n" + TAKEOVER, "valuation.md": VALUATION})
    result = pytester.runpytest("--factcheck", "articles", "-v")
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["*factcheck::both.md PASSED*"])


@pytest.mark.parametrize(
    ("args", "ini"),
    [
        (["--factcheck-within-documents"], ""),
        ([], "[pytest]\nfactcheck_within_documents = true\n"),
    ],
)
def test_conflict_inside_one_document_fails_that_document(
    pytester: pytest.Pytester, args: list[str], ini: str
) -> None:
    write(pytester, {"both.md": DEAL + "\n" + TAKEOVER, "valuation.md": VALUATION})
    if ini:
        pytester.makefile(".ini", pytest=ini)
    result = pytester.runpytest("--factcheck", "articles", *args, "-v")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "*factcheck::both.md FAILED*",
            "*factcheck::valuation.md PASSED*",
            "*factcheck::corpus PASSED*",
        ]
    )
    output = result.stdout.str()
    assert "both.md: 1 contradiction" in output
    assert "both.md, line 1 says $69 billion:" in output
    assert "both.md, line 3 says $75 billion:" in output


def test_line_numbers_are_the_files_own_below_front_matter(pytester: pytest.Pytester) -> None:
    front = "---\ntitle: Two takes\nsource: The Wire\n---\n"
    write(pytester, {"both.md": front + DEAL + "\n" + TAKEOVER})
    result = pytester.runpytest("--factcheck", "articles", "--factcheck-within-documents")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    output = result.stdout.str()
    # the figures sit on lines 5 and 7 of the file an editor opens, not of the body
    assert "both.md, line 5 says $69 billion:" in output
    assert "both.md, line 7 says $75 billion:" in output


def test_html_pages_give_no_line_numbers(pytester: pytest.Pytester) -> None:
    page = f"<html><body><p>{DEAL}</p><p>{TAKEOVER}</p></body></html>"
    write(pytester, {"both.html": page})
    result = pytester.runpytest("--factcheck", "articles", "--factcheck-within-documents")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    output = result.stdout.str()
    # the page's text is not the file's lines, so no line is claimed
    assert "both.html says $69 billion:" in output
    assert "both.html, line" not in output


def test_unsourced_statistic_fails_its_document(pytester: pytest.Pytester) -> None:
    folder = write(pytester, {"survey.md": SURVEY, "valuation.md": VALUATION})
    finding = only_finding(folder, FindingType.UNSOURCED)
    result = pytester.runpytest("--factcheck", "articles")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.assert_outcomes(passed=2, failed=1)
    output = result.stdout.str()
    assert "survey.md: 1 unsourced statistic" in output
    assert f'"{SURVEY.strip()}"' in output
    assert f"why: {finding.explanation}" in output
    assert "FAILED factcheck::survey.md" in output
    assert_clean_output(output)


def test_fail_on_contradiction_ignores_unsourced_statistics(pytester: pytest.Pytester) -> None:
    write(pytester, {"survey.md": SURVEY, "valuation.md": VALUATION})
    result = pytester.runpytest("--factcheck", "articles", "--factcheck-fail-on=contradiction")
    assert result.ret == pytest.ExitCode.OK
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["*not failing on: ledger_mismatch, unsourced*"])


def test_fail_on_contradiction_still_fails_on_contradictions(pytester: pytest.Pytester) -> None:
    write(pytester, {"survey.md": SURVEY, "deal.md": DEAL, "takeover.md": TAKEOVER})
    result = pytester.runpytest("--factcheck", "articles", "--factcheck-fail-on=contradiction")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.assert_outcomes(passed=3, failed=1)
    assert "FAILED factcheck::corpus" in result.stdout.str()


def test_unknown_fail_on_kind_is_a_usage_error(pytester: pytest.Pytester) -> None:
    write(pytester, {"deal.md": DEAL})
    result = pytester.runpytest("--factcheck", "articles", "--factcheck-fail-on=contradiction,typo")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--factcheck-fail-on: unknown finding kind 'typo'*"])


def test_test_file_after_the_option_is_a_usage_error(pytester: pytest.Pytester) -> None:
    write(pytester, {"deal.md": DEAL})
    pytester.makepyfile(test_user="def test_one():\n    assert True\n")
    result = pytester.runpytest("--factcheck", "articles", "test_user.py")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--factcheck=articles test_user.py*"])
    fixed = pytester.runpytest("--factcheck=articles", "test_user.py", "-v")
    fixed.assert_outcomes(passed=3)
    fixed.stdout.fnmatch_lines(["*test_user.py::test_one PASSED*"])


def test_marker_selects_or_excludes_the_corpus(pytester: pytest.Pytester) -> None:
    write(pytester, {"deal.md": DEAL, "takeover.md": TAKEOVER})
    pytester.makepyfile(test_user="def test_one():\n    assert True\n")
    only = pytester.runpytest("--factcheck=articles", "-m", "factcheck", "--strict-markers")
    only.assert_outcomes(passed=2, failed=1, deselected=1)
    without = pytester.runpytest("--factcheck=articles", "-m", "not factcheck")
    without.assert_outcomes(passed=1, deselected=3)


# ------------------------------------------------------------------ configuration
def test_ini_keys_configure_the_run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(pytester, {"survey.md": SURVEY}, folder="articles")
    write(pytester, {"deal.md": DEAL, "takeover.md": TAKEOVER}, folder="more")
    pytester.makeini(
        """
        [pytest]
        factcheck_paths =
            articles
            more
        factcheck_fail_on = contradiction
        """
    )
    (pytester.path / "sub").mkdir()
    monkeypatch.chdir(pytester.path / "sub")  # paths are relative to the ini file
    result = pytester.runpytest("-v")
    result.stdout.fnmatch_lines(
        [
            "*factcheck::deal.md PASSED*",
            "*factcheck::survey.md PASSED*",
            "*factcheck::takeover.md PASSED*",
            "*factcheck::corpus FAILED*",
        ]
    )
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    # the command line wins over the ini file
    strict = pytester.runpytest("--factcheck-fail-on=unsourced", "-v")
    strict.stdout.fnmatch_lines(["*factcheck::survey.md FAILED*", "*factcheck::corpus PASSED*"])


def test_ledger_option(pytester: pytest.Pytester) -> None:
    write(pytester, {"globex.md": VALUATION.replace("$12 billion", "$20 billion")})
    ledger = pytester.path / "facts.csv"
    ledger.write_text(
        "subject,attribute,value,as_of,source\n"
        "Globex,valuation,$12 billion,,Globex funding announcement\n",
        encoding="utf-8",
    )
    assert pytester.runpytest("--factcheck", "articles").ret == pytest.ExitCode.OK
    result = pytester.runpytest("--factcheck", "articles", "--factcheck-ledger", "facts.csv")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.assert_outcomes(passed=1, failed=1)
    output = result.stdout.str()
    assert "globex.md: 1 ledger mismatch" in output
    assert "globex.md, line 1 says $20 billion:" in output
    assert "the ledger, row 2, says $12 billion (source: Globex funding announcement)" in output
    assert_clean_output(output)


def test_ledger_ini_key(pytester: pytest.Pytester) -> None:
    write(pytester, {"globex.md": VALUATION.replace("$12 billion", "$20 billion")})
    (pytester.path / "facts.csv").write_text(
        "subject,attribute,value,as_of,source\nGlobex,valuation,$12 billion,,filing\n",
        encoding="utf-8",
    )
    pytester.makeini("[pytest]\nfactcheck_paths = articles\nfactcheck_ledger = facts.csv\n")
    result = pytester.runpytest()
    result.assert_outcomes(passed=1, failed=1)
    assert "globex.md: 1 ledger mismatch" in result.stdout.str()


def test_broken_ledger_stops_collection_with_its_message(pytester: pytest.Pytester) -> None:
    write(pytester, {"deal.md": DEAL})
    (pytester.path / "facts.csv").write_text("name,value\nGlobex,$1\n", encoding="utf-8")
    result = pytester.runpytest("--factcheck", "articles", "--factcheck-ledger", "facts.csv")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*facts.csv:1: missing column(s) subject, attribute*"])
    assert_clean_output(result.stdout.str())


def test_aliases_option(pytester: pytest.Pytester) -> None:
    write(pytester, {"globex.md": VALUATION, "gbx.md": GBX_VALUATION})
    (pytester.path / "aliases.csv").write_text(
        "canonical,alias\nGlobex,GBX Holdings\n", encoding="utf-8"
    )
    assert pytester.runpytest("--factcheck", "articles").ret == pytest.ExitCode.OK
    result = pytester.runpytest("--factcheck", "articles", "--factcheck-aliases", "aliases.csv")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.assert_outcomes(passed=2, failed=1)
    output = result.stdout.str()
    assert f'"{VALUATION.strip()}"' in output
    assert f'"{GBX_VALUATION.strip()}"' in output


# ------------------------------------------------------------------ documents that fail to load
def test_unreadable_document_fails_with_the_loaders_message(pytester: pytest.Pytester) -> None:
    folder = write(pytester, {"deal.md": DEAL})
    (folder / "scan.txt").write_bytes(b"\x00\x01 not text \x00")
    (error,) = [f.error for f in factcheck.load_corpus(folder).failures]
    assert error
    result = pytester.runpytest("--factcheck", "articles", "-v")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*factcheck::deal.md PASSED*", "*factcheck::scan.txt FAILED*"])
    output = result.stdout.str()
    assert f"scan.txt could not be checked: {error}" in output
    assert "Traceback" not in output


def test_missing_path_is_a_collection_error(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--factcheck", "nowhere")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(
        ["*ERROR collecting factcheck*", "factcheck: *nowhere: no such file or folder"]
    )
    assert_clean_output(result.stdout.str())


def test_empty_corpus_fails_rather_than_passing_silently(pytester: pytest.Pytester) -> None:
    (pytester.path / "articles").mkdir()
    result = pytester.runpytest("--factcheck", "articles")
    result.assert_outcomes(failed=1)
    assert "factcheck found no articles" in result.stdout.str()


def test_reportinfo_names_the_document(pytester: pytest.Pytester) -> None:
    write(pytester, {"deal.md": DEAL, "takeover.md": TAKEOVER})
    records = pytester.inline_run("--factcheck", "articles")
    reports = {
        r.nodeid: r for r in records.getreports("pytest_runtest_logreport") if r.when == "call"
    }
    deal = reports["factcheck::deal.md"]
    assert deal.location == ("articles/deal.md", None, "factcheck: deal.md")
    assert reports["factcheck::corpus"].failed
    assert reports["factcheck::deal.md"].passed


def test_check_runs_once_per_session(pytester: pytest.Pytester) -> None:
    write(pytester, {"deal.md": DEAL, "takeover.md": TAKEOVER, "survey.md": SURVEY})
    pytester.makeconftest(
        """
        import factcheck.api

        calls = []
        original = factcheck.api.check

        def counting(*args, **kwargs):
            calls.append(1)
            return original(*args, **kwargs)

        def pytest_configure(config):
            factcheck.api.check = counting

        def pytest_unconfigure(config):
            factcheck.api.check = original

        def pytest_terminal_summary(terminalreporter):
            terminalreporter.write_line(f"check() ran {len(calls)} time(s)")
        """
    )
    pytester.makepyfile(
        test_user="def test_uses_report(factcheck_corpus):\n    assert factcheck_corpus.claims\n"
    )
    result = pytester.runpytest("--factcheck=articles", "test_user.py")
    result.assert_outcomes(passed=3, failed=2)
    result.stdout.fnmatch_lines(["check() ran 1 time(s)"])


# ------------------------------------------------------------------ fixture and assertion repr
def test_factcheck_corpus_fixture(pytester: pytest.Pytester) -> None:
    write(pytester, {"deal.md": DEAL, "valuation.md": VALUATION})
    pytester.makepyfile(
        test_user="""
        from factcheck import Report

        def test_report(factcheck_corpus):
            assert isinstance(factcheck_corpus, Report)
            assert [d.id for d in factcheck_corpus.documents] == ["deal.md", "valuation.md"]
        """
    )
    result = pytester.runpytest("--factcheck=articles", "test_user.py", "-v")
    result.stdout.fnmatch_lines(["*test_user.py::test_report PASSED*"])
    assert result.ret == pytest.ExitCode.OK


def test_factcheck_corpus_fixture_skips_when_nothing_is_configured(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(test_user="def test_report(factcheck_corpus):\n    pass\n")
    result = pytester.runpytest("-rs")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*no factcheck corpus is configured: pass --factcheck PATH*"])


def test_assertrepr_renders_findings(pytester: pytest.Pytester) -> None:
    write(pytester, {"deal.md": DEAL, "takeover.md": TAKEOVER})
    pytester.makepyfile(
        test_user="""
        def test_no_findings(factcheck_corpus):
            assert factcheck_corpus.findings == ()
        """
    )
    result = pytester.runpytest("--factcheck=articles", "test_user.py")
    result.assert_outcomes(passed=2, failed=2)
    output = result.stdout.str()
    assert "(1 finding) == (0 findings)" in output
    assert "1 finding on the left only:" in output
    assert f'"{DEAL.strip()}"' in output
    assert f'"{TAKEOVER.strip()}"' in output
    assert "Finding(type=" not in output


def test_assertrepr_compares_two_reports(pytester: pytest.Pytester) -> None:
    write(pytester, {"deal.md": DEAL}, folder="before")
    write(pytester, {"deal.md": DEAL, "takeover.md": TAKEOVER}, folder="after")
    pytester.makepyfile(
        test_user="""
        import factcheck

        def test_same():
            assert factcheck.check("before") == factcheck.check("after")
        """
    )
    result = pytester.runpytest("-vv")
    result.assert_outcomes(failed=1)
    output = result.stdout.str()
    assert "Report(1 claim, 0 findings) == Report(2 claims, 1 finding)" in output
    assert "1 finding on the right only:" in output
    assert "documents on the right only:" in output
    assert "takeover.md (checked)" in output
    assert f'"{TAKEOVER.strip()}"' in output
    assert "Claim(kind=" not in output


def test_bundled_corpus_items_fail_exactly_where_the_report_has_findings(
    pytester: pytest.Pytester, fixtures_dir: Path
) -> None:
    """Every finding of ``check`` lands in exactly one item: its document's, or the corpus
    item when its two figures are in different documents."""
    corpus, ledger = fixtures_dir / "corpus", fixtures_dir / "ledger.csv"
    report = factcheck.check(corpus, ledger=ledger)
    expected = {
        "corpus" if f.b is not None and f.b.doc != f.a.doc else f.a.doc for f in report.findings
    }
    records = pytester.inline_run(f"--factcheck={corpus}", f"--factcheck-ledger={ledger}")
    calls = [r for r in records.getreports("pytest_runtest_logreport") if r.when == "call"]
    assert {r.nodeid.removeprefix("factcheck::") for r in calls if r.failed} == expected
    assert len(calls) == len(report.documents) + 1


def test_pyproject_configuration(pytester: pytest.Pytester) -> None:
    write(pytester, {"survey.md": SURVEY, "deal.md": DEAL})
    pytester.makepyprojecttoml(
        """
        [tool.pytest.ini_options]
        factcheck_paths = ["articles"]
        factcheck_fail_on = "contradiction,ledger_mismatch"
        """
    )
    result = pytester.runpytest("-v")
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["*factcheck::deal.md PASSED*", "*factcheck::survey.md PASSED*"])
    strict = pytester.runpytest("--factcheck-fail-on=unsourced")
    strict.assert_outcomes(passed=2, failed=1)
