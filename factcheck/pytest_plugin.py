"""factcheck as a pytest plugin: check a corpus of articles as part of a test run.

    pytest --factcheck articles/ --factcheck-ledger facts.csv

collects one test per document (its unsourced statistics, the contradictions inside it
and its ledger mismatches) and one ``factcheck::corpus`` test (contradictions between
documents). Inside one document, ranks and dates of events are compared, and amounts too
with ``--factcheck-within-documents``. A failure reads like a note to an editor, never
like a traceback.

The plugin is registered through the ``pytest11`` entry point, so it is loaded in every
pytest run of an environment where factcheck is installed. It therefore stays inert until
asked (``--factcheck`` or the ini key ``factcheck_paths``): this module imports nothing
heavy, and spaCy is loaded only when a corpus is actually checked. The check runs once per
session and is cached on the config; every item reads its slice of the one report.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

import pytest

if TYPE_CHECKING:
    from factcheck.corpus import Corpus
    from factcheck.model import Document, Finding, LedgerFact
    from factcheck.report import Report
    from factcheck.subjects import AliasTable

FINDING_KINDS = ("contradiction", "unsourced", "ledger_mismatch")
CORPUS_ITEM = "corpus"
_NOT_CONFIGURED = (
    "no factcheck corpus is configured: pass --factcheck PATH or set factcheck_paths "
    "in the pytest configuration"
)


# ------------------------------------------------------------------ options
def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "factcheck: check a corpus of news articles")
    group.addoption(
        "--factcheck",
        dest="factcheck_paths",
        action="extend",
        nargs="+",
        default=None,
        metavar="PATH",
        help="check these articles (folders, .txt/.md, .jsonl or .csv files): one test per "
        "document plus one for contradictions between documents. The list ends at the next "
        "option; write --factcheck=PATH when test paths follow.",
    )
    group.addoption(
        "--factcheck-ledger",
        dest="factcheck_ledger",
        default=None,
        metavar="FILE",
        help="CSV of known facts (subject,attribute,value,as_of,source) to check against",
    )
    group.addoption(
        "--factcheck-aliases",
        dest="factcheck_aliases",
        default=None,
        metavar="FILE",
        help="alias table (CSV canonical,alias or YAML) added to the shipped one",
    )
    group.addoption(
        "--factcheck-fail-on",
        dest="factcheck_fail_on",
        default=None,
        metavar="KINDS",
        help="comma-separated finding kinds that fail a test "
        "(default: contradiction,unsourced,ledger_mismatch)",
    )
    group.addoption(
        "--factcheck-within-documents",
        dest="factcheck_within_documents",
        action="store_true",
        default=None,
        help="also compare the amounts of one article with each other (by default only "
        "articles with articles; ranks and dates of events always are)",
    )
    parser.addini("factcheck_paths", "articles to check, one path per line", type="linelist")
    parser.addini("factcheck_ledger", "CSV of known facts to check against", type="string")
    parser.addini("factcheck_aliases", "alias table added to the shipped one", type="string")
    parser.addini(
        "factcheck_fail_on", "comma-separated finding kinds that fail a test", type="string"
    )
    parser.addini(
        "factcheck_within_documents",
        "also compare the amounts of one article with each other",
        type="bool",
        default=False,
    )


@dataclass(frozen=True)
class Settings:
    """What the user asked for, with every path made absolute: command-line paths
    relative to where pytest was run, ini paths relative to the ini file, so the same
    configuration works from any directory."""

    paths: tuple[Path, ...]
    ledger: Path | None = None
    aliases: Path | None = None
    fail_on: frozenset[str] = frozenset(FINDING_KINDS)
    within_documents: bool = False

    @classmethod
    def from_config(cls, config: pytest.Config) -> Settings | None:
        """The settings, or None when factcheck was not asked for (the plugin stays inert)."""
        here = config.invocation_params.dir
        ini_dir = config.inipath.parent if config.inipath is not None else config.rootpath
        option = config.option
        if option.factcheck_paths:
            paths = tuple(here / p for p in option.factcheck_paths)
            python = [p for p in option.factcheck_paths if Path(p).suffix == ".py"]
            if python:
                # argparse hands every word after --factcheck to it, test files too
                articles = [p for p in option.factcheck_paths if p not in python] or ["PATH"]
                fixed = " ".join([*(f"--factcheck={a}" for a in articles), *python])
                raise pytest.UsageError(
                    f"--factcheck: {python[0]} is a Python file, not an article; the paths "
                    f"after --factcheck run to the next option, so write: {fixed}"
                )
        else:
            paths = tuple(ini_dir / p for p in config.getini("factcheck_paths"))
        if not paths:
            return None

        def path(name: str) -> Path | None:
            cli: str | None = getattr(option, name)
            if cli:
                return here / cli
            ini = str(config.getini(name) or "").strip()
            return ini_dir / ini if ini else None

        fail_on = option.factcheck_fail_on
        if fail_on is None:
            fail_on = str(config.getini("factcheck_fail_on") or "").strip() or ",".join(
                FINDING_KINDS
            )
        within = option.factcheck_within_documents or bool(
            config.getini("factcheck_within_documents")
        )
        return cls(
            paths, path("factcheck_ledger"), path("factcheck_aliases"), _kinds(fail_on), within
        )


def _kinds(text: str) -> frozenset[str]:
    """Parse ``contradiction,unsourced``; "none" (or nothing) makes every item pass."""
    kinds = {k.strip().lower().replace("-", "_") for k in text.split(",") if k.strip()}
    kinds.discard("none")
    unknown = sorted(kinds - set(FINDING_KINDS))
    if unknown:
        raise pytest.UsageError(
            f"--factcheck-fail-on: unknown finding kind {', '.join(map(repr, unknown))}; "
            f"choose from {', '.join(FINDING_KINDS)}"
        )
    return frozenset(kinds)


@dataclass
class Run:
    """One session's corpus and report, computed on first use and then reused.

    Loading (corpus, ledger, alias table) happens at collection, so a missing folder or a
    broken ledger row stops the run before any test; the check itself (building the spaCy
    pipeline, extracting claims) waits for the first test that needs it, so
    ``--collect-only`` and ``-m "not factcheck"`` stay fast.
    """

    settings: Settings
    _corpus: Corpus | None = None
    _aliases: AliasTable | None = None
    _ledger: tuple[LedgerFact, ...] = ()
    _report: Report | None = None
    _documents: dict[str, Document] = field(default_factory=dict)

    def corpus(self) -> Corpus:
        """Load the corpus, the alias table and the ledger (raises ``FactcheckError``)."""
        if self._corpus is None:
            from factcheck.corpus import load_corpus
            from factcheck.ledger import load_ledger
            from factcheck.subjects import AliasTable

            paths = self.settings.paths
            if self.settings.aliases is not None:
                self._aliases = AliasTable.load(self.settings.aliases)
            if self.settings.ledger is not None:
                table = AliasTable.default()
                if self._aliases is not None:
                    table = table | self._aliases
                self._ledger = load_ledger(self.settings.ledger, table)
            corpus = load_corpus(paths[0] if len(paths) == 1 else list(paths))
            self._documents = {d.id: d for d in corpus.documents}
            self._corpus = corpus
        return self._corpus

    def report(self) -> Report:
        """Check the corpus once per session."""
        if self._report is None:
            from factcheck.api import check

            self._report = check(
                self.corpus(),
                ledger=self._ledger,
                aliases=self._aliases,
                within_documents=self.settings.within_documents,
            )
        return self._report

    @property
    def documents(self) -> dict[str, Document]:
        """Document id -> document, so failures can give the line in its file."""
        return self._documents

    def origin(self, doc_id: str) -> Path:
        """The file a document came from, or the configured path that holds it (a .jsonl
        or .csv file holds many documents)."""
        for path in self.settings.paths:
            if path.is_dir() and (path / doc_id).is_file():
                return path / doc_id
            if path.is_file() and path.name == doc_id:
                return path
        return self.settings.paths[0]


_RUN = pytest.StashKey[Run]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "factcheck: a document or corpus checked by factcheck")
    settings = Settings.from_config(config)
    if settings is not None:
        config.stash[_RUN] = Run(settings)


# ------------------------------------------------------------------ collection
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    """Add the corpus's items to the session (first, so ``-k``/``-m`` apply to them)."""
    if _RUN not in config.stash:
        return
    collector = FactcheckCollector.from_parent(session, name="factcheck", nodeid="factcheck")
    items.extend(session.genitems(collector))


class FactcheckCollector(pytest.Collector):
    """The corpus: one item per input document, then the cross-document item."""

    def collect(self) -> Iterable[pytest.Item | pytest.Collector]:
        from factcheck.errors import FactcheckError

        run = self.config.stash[_RUN]
        try:
            corpus = run.corpus()
        except FactcheckError as exc:
            raise self.CollectError(f"factcheck: {exc}") from None
        entries: list[tuple[str, str | None]] = [(d.id, None) for d in corpus.documents]
        entries += [(f.id, f.error or "could not be read") for f in corpus.failures]
        seen: dict[str, int] = {}
        for doc_id, error in sorted(entries, key=lambda e: (e[0], e[1] is not None)):
            seen[doc_id] = seen.get(doc_id, 0) + 1
            name = doc_id if seen[doc_id] == 1 else f"{doc_id} [{seen[doc_id]}]"
            yield DocumentItem.from_parent(
                self, name=name, doc_id=doc_id, load_error=error, path=run.origin(doc_id)
            )
        yield CorpusItem.from_parent(self, name=CORPUS_ITEM)


class FactcheckFailure(Exception):
    """A finding (or an unreadable document) that fails an item; carries the text to show."""


class FactcheckItem(pytest.Item):
    """Common ground of document and corpus items: clean failure reports."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_marker("factcheck")

    @property
    def run(self) -> Run:
        return self.config.stash[_RUN]

    def report(self) -> Report:
        from factcheck.errors import FactcheckError

        try:
            return self.run.report()
        except FactcheckError as exc:
            raise FactcheckFailure(f"factcheck: {exc}") from None

    def check(self, failing: Sequence[Finding], other: Sequence[Finding], headline: str) -> None:
        """Fail with ``failing``; show ``other`` (kinds not in fail-on) as a report section."""
        from factcheck.testing import format_findings

        if other:
            self.add_report_section(
                "call", "factcheck (not failing)", format_findings(other, self.run.documents)
            )
        if failing:
            raise FactcheckFailure(f"{headline}\n\n{format_findings(failing, self.run.documents)}")

    def split(self, findings: Iterable[Finding]) -> tuple[list[Finding], list[Finding]]:
        fail_on = self.run.settings.fail_on
        failing: list[Finding] = []
        other: list[Finding] = []
        for finding in findings:
            (failing if finding.type.value in fail_on else other).append(finding)
        return failing, other

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None
    ) -> Any:
        """The finding as an editor reads it; a traceback only for a bug in factcheck."""
        if isinstance(excinfo.value, FactcheckFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)


class DocumentItem(FactcheckItem):
    """One document: its unsourced statistics, the contradictions whose both sides it
    states, and its ledger mismatches. A document that could not be read fails with the
    loader's reason."""

    def __init__(self, *, doc_id: str, load_error: str | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.doc_id = doc_id
        self.load_error = load_error

    def runtest(self) -> None:
        if self.load_error is not None:
            raise FactcheckFailure(f"{self.doc_id} could not be checked: {self.load_error}")
        report = self.report()
        statuses = [d for d in report.documents if d.id == self.doc_id]
        if statuses and not any(d.status == "checked" for d in statuses):
            raise FactcheckFailure(f"{self.doc_id} could not be checked: {statuses[0].error}")
        mine = [f for f in report.findings if _in_document(f, self.doc_id)]
        failing, other = self.split(mine)
        self.check(failing, other, f"{self.doc_id}: {_tally(failing)}")

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"factcheck: {self.doc_id}"


class CorpusItem(FactcheckItem):
    """Contradictions between two documents: a figure one article states and another
    article contradicts, which no single document's test can see."""

    def runtest(self) -> None:
        report = self.report()
        if not report.documents:
            paths = ", ".join(str(p) for p in self.run.settings.paths)
            raise FactcheckFailure(
                f"factcheck found no articles (.txt, .md, .jsonl, .csv) in {paths}"
            )
        across = [
            f
            for f in report.findings
            if f.type.value == "contradiction" and f.b is not None and f.b.doc != f.a.doc
        ]
        failing, other = self.split(across)
        self.check(failing, other, f"across documents: {_tally(failing)}")

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.run.settings.paths[0], None, "factcheck: contradictions between documents"


def _in_document(finding: Finding, doc_id: str) -> bool:
    if finding.a.doc != doc_id:
        return False
    return finding.b is None or finding.b.doc == doc_id


_NOUNS = {
    "contradiction": ("contradiction", "contradictions"),
    "ledger_mismatch": ("ledger mismatch", "ledger mismatches"),
    "unsourced": ("unsourced statistic", "unsourced statistics"),
}


def _tally(findings: Sequence[Finding]) -> str:
    """"1 contradiction, 2 unsourced statistics"."""
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.type.value] = counts.get(finding.type.value, 0) + 1
    return ", ".join(
        f"{counts[kind]} {_NOUNS[kind][counts[kind] != 1]}" for kind in _NOUNS if kind in counts
    )


# ------------------------------------------------------------------ fixture, reporting
@pytest.fixture(scope="session")
def factcheck_corpus(request: pytest.FixtureRequest) -> Report:
    """The ``Report`` for the corpus given with ``--factcheck`` or ``factcheck_paths``,
    checked once per session (the same report the factcheck items use)."""
    from factcheck.errors import FactcheckError

    run = request.config.stash.get(_RUN, None)
    if run is None:
        pytest.skip(_NOT_CONFIGURED)
    try:
        return run.report()
    except FactcheckError as exc:
        pytest.fail(f"factcheck: {exc}", pytrace=False)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """A few lines on what was checked, when a check ran."""
    run = config.stash.get(_RUN, None)
    if run is None or run._report is None:
        return
    terminalreporter.write_sep("-", "factcheck")
    for line in run._report.summary().splitlines():
        terminalreporter.write_line(line)
    ignored = sorted(set(FINDING_KINDS) - run.settings.fail_on)
    if ignored:
        terminalreporter.write_line(f"  not failing on: {', '.join(ignored)}")


def pytest_assertrepr_compare(
    config: pytest.Config, op: str, left: object, right: object
) -> list[str] | None:
    """Render Reports and findings by what they say, not as dataclass reprs of every claim.

    Covers ``assert report.findings == ()`` and ``assert report_a == report_b``. Nothing
    factcheck is imported here: if factcheck's modules are not loaded, neither side can
    be one of its objects.
    """
    if op != "==":
        return None
    report_module = sys.modules.get("factcheck.report")
    model = sys.modules.get("factcheck.model")
    if report_module is None or model is None:
        return None
    from factcheck.testing import format_findings

    report_type = report_module.Report
    finding_type = model.Finding
    if isinstance(left, report_type) and isinstance(right, report_type):
        return _compare_reports(left, right, format_findings)
    if _findings(left, finding_type) and _findings(right, finding_type):
        return _compare_findings(left, right, format_findings)
    return None


def _findings(value: object, finding_type: type) -> TypeGuard[Sequence[Any]]:
    """A list or tuple of findings (an empty one counts: ``report.findings == ()``)."""
    return isinstance(value, (tuple, list)) and all(isinstance(v, finding_type) for v in value)


def _compare_findings(left: Sequence[Any], right: Sequence[Any], render: Any) -> list[str] | None:
    if not left and not right:
        return None
    lines = [f"({_n(len(left), 'finding')}) == ({_n(len(right), 'finding')})"]
    only_left = [f for f in left if f not in right]
    only_right = [f for f in right if f not in left]
    for label, group in (("on the left only", only_left), ("on the right only", only_right)):
        if group:
            lines += ["", f"{_n(len(group), 'finding')} {label}:", *render(group).splitlines()]
    if not only_left and not only_right:
        lines += ["", "the same findings, in a different order or number"]
    return lines


def _compare_reports(left: Any, right: Any, render: Any) -> list[str]:
    """What differs between two reports, most telling first: documents (a document that
    failed or went missing explains everything below it), findings, then claims."""
    lines = [
        f"Report({_n(len(left.claims), 'claim')}, {_n(len(left.findings), 'finding')}) == "
        f"Report({_n(len(right.claims), 'claim')}, {_n(len(right.findings), 'finding')})"
    ]
    statuses_left = {(d.id, d.status, d.error or "") for d in left.documents}
    statuses_right = {(d.id, d.status, d.error or "") for d in right.documents}
    for label, group in (
        ("documents on the left only", statuses_left - statuses_right),
        ("documents on the right only", statuses_right - statuses_left),
    ):
        if group:
            lines += ["", f"{label}:"]
            lines += [f"  {i} ({s}{': ' + e if e else ''})" for i, s, e in sorted(group)]
    if left.findings != right.findings:
        compared = _compare_findings(list(left.findings), list(right.findings), render)
        lines += compared[1:] if compared else []
    claims_left, claims_right = set(left.claims), set(right.claims)
    for label, claims in (
        ("on the left only", claims_left - claims_right),
        ("on the right only", claims_right - claims_left),
    ):
        if claims:
            lines += ["", f"{_n(len(claims), 'claim')} {label}:"]
            for claim in sorted(claims, key=lambda c: (c.location.doc, c.location.start))[:20]:
                about = ", ".join(p for p in (claim.subject, claim.attribute) if p)
                about = f" ({about})" if about else ""
                lines.append(f"  {claim.location.doc}: {claim.text}{about}")
            if len(claims) > 20:
                lines.append(f"  ... and {len(claims) - 20} more")
    if len(lines) == 1:
        differing = [
            f.name
            for f in dataclasses.fields(left)
            if getattr(left, f.name) != getattr(right, f.name)
        ]
        lines += ["", f"the reports differ in: {', '.join(differing) or 'nothing visible'}"]
    return lines


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"

