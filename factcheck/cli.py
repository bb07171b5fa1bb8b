"""The ``factcheck`` command: ``check`` a corpus, or list its ``claims``.

Exit codes: 0 clean, 1 findings, 2 bad usage or unreadable input (including any
document that could not be read). ``main(argv)`` returns the code; only ``run`` exits.

Results go to standard output (or the files asked for); the progress bar goes to standard
error and only when that is a terminal outside CI, so logs and pipes never see it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from factcheck import __version__
from factcheck.api import check
from factcheck.corpus import DEFAULT_MAX_BYTES, load_corpus, parse_size
from factcheck.errors import FactcheckError
from factcheck.pipeline import Extractor
from factcheck.report import claim_row, claims_csv
from factcheck.subjects import AliasTable

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_PIPE_CLOSED = 141  # what a shell reports for a program stopped by SIGPIPE

EPILOG = """\
examples:
  factcheck check fixtures/corpus --csv contradictions.csv
  factcheck check articles/ --ledger facts.csv --html report.html --json report.json
  factcheck check articles/ --ledger facts.csv --aliases aliases.csv --csv out.csv --excel
  factcheck claims corpus.jsonl --format jsonl > claims.jsonl
  cat article.txt | factcheck check -

exit codes:
  0  no findings
  1  findings (contradictions, ledger mismatches or unsourced statistics)
  2  usage error, or input that could not be read (a missing path, a document
     that failed: the summary names it and says why)
  141  standard output closed early (piped into `head`); files asked for are written
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Catch contradictory figures and unsourced statistics in news articles.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="folders of .txt/.md/.html articles, .jsonl or .csv files, or - for standard input",
    )
    common.add_argument("--aliases", metavar="FILE", help="alias table (CSV or YAML) to add")
    common.add_argument(
        "--max-bytes",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="refuse documents larger than this (default 20MB; e.g. 50MB, 100000000)",
    )
    common.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="extract with N processes (0 or -1: every core); same results as one",
    )
    common.add_argument(
        "--cache",
        metavar="DIR",
        help="keep each document's claims in DIR, so a later run only extracts new articles",
    )

    run = commands.add_parser(
        "check",
        parents=[common],
        help="report contradictions and unsourced statistics",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("--csv", metavar="FILE", help="write the findings CSV here")
    run.add_argument("--excel", action="store_true", help="add a byte-order mark for Excel")
    run.add_argument(
        "--html",
        metavar="FILE",
        help="write the editor's report here: one self-contained HTML page",
    )
    run.add_argument(
        "--json",
        metavar="FILE",
        help="write findings, claims and every document's status here, as JSON",
    )
    run.add_argument(
        "--no-progress",
        action="store_true",
        help="never draw the progress bar (it only appears on a terminal, outside CI)",
    )
    run.add_argument("--ledger", metavar="FILE", help="CSV of known facts to check against")
    run.add_argument(
        "--tolerance",
        type=float,
        default=None,
        metavar="REL",
        help="relative tolerance when comparing figures (default 0.005)",
    )
    run.add_argument(
        "--within-documents",
        action="store_true",
        help="also compare the amounts of one article with each other (by default only "
        "articles with articles; ranks and dates of events always are)",
    )

    claims = commands.add_parser(
        "claims",
        parents=[common],
        help="list every claim extracted",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    claims.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    claims.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help/--version
        return int(exc.code or 0)
    try:
        if args.command == "check":
            return _check(args)
        return _claims(args)
    except FactcheckError as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # the reader stopped early (`factcheck check ... | head`): files asked for are
        # written already; stop quietly, and keep Python from failing again on the exit flush
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE_CLOSED


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _source(paths: list[str]) -> str | list[str]:
    return paths[0] if len(paths) == 1 else paths


def _inside_corpus(output: str, inputs: Sequence[str]) -> str | None:
    """The input an output path would overwrite or land in, if any: a report must never
    replace an article, nor be read as one on the next run."""
    target = Path(output).resolve()
    for given in inputs:
        if given == "-":
            continue
        source = Path(given).resolve()
        if target == source or (source.is_dir() and source in target.parents):
            return given
    return None


def _check(args: argparse.Namespace) -> int:
    for output in (args.csv, args.html, args.json):
        clash = _inside_corpus(output, args.paths) if output else None
        if clash is not None:
            print(
                f"factcheck: refusing to write {output}: it is inside the corpus {clash}",
                file=sys.stderr,
            )
            return EXIT_ERROR
    bar = None if args.no_progress else progress_bar(sys.stderr)
    try:
        report = check(
            _source(args.paths),
            ledger=args.ledger,
            aliases=args.aliases,
            relative_tolerance=args.tolerance,
            within_documents=args.within_documents,
            progress=bar,
            max_bytes=args.max_bytes,
            jobs=args.jobs,
            cache=args.cache,
        )
    finally:
        if bar is not None:
            bar.close()
    written: list[str] = []
    unwritten: list[str] = []  # reported after the summary, so a long run's results still show
    for option, label, write in (
        (args.csv, "findings", lambda path: report.to_csv(path, excel=args.excel)),
        (args.html, "HTML report", report.to_html),
        (args.json, "JSON", report.to_json),
    ):
        if not option:
            continue
        try:
            write(option)
        except OSError as exc:
            unwritten.append(f"factcheck: cannot write {option}: {exc.strerror or exc}")
            continue
        written.append(f"{label} written to {option}")
    print(report.summary())
    checked = sum(1 for d in report.documents if d.status == "checked")
    if checked == 1 and not args.within_documents:
        # one article has no other to be set against: say how to check it against itself
        print(
            "  (amounts are compared between articles; --within-documents compares them "
            "inside one)"
        )
    for finding in report.findings:
        if finding.type.value != "unsourced":
            where = f"{finding.a.location.doc}"
            if finding.b is not None:
                where += f" vs {finding.b.location.doc}"
            print(f"- {finding.type.value}: {where}: {finding.explanation}")
    for line in written:
        print(line)
    for line in unwritten:
        print(line, file=sys.stderr)
    if report.failures or unwritten:
        return EXIT_ERROR
    return EXIT_FINDINGS if report.findings else EXIT_CLEAN


def _claims(args: argparse.Namespace) -> int:
    aliases = AliasTable.default()
    if args.aliases:
        aliases = aliases | AliasTable.load(args.aliases)
    corpus = load_corpus(_source(args.paths), max_bytes=args.max_bytes)
    extraction = Extractor(aliases=aliases).extract(corpus, jobs=args.jobs, cache=args.cache)
    if args.format == "csv":
        text = claims_csv(extraction.claims)
    else:
        text = "".join(
            json.dumps(claim_row(c), ensure_ascii=False) + "\n" for c in extraction.claims
        )
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    for status in extraction.documents:
        if status.status != "checked":
            print(f"factcheck: {status.error}", file=sys.stderr)
    return EXIT_ERROR if any(s.status != "checked" for s in extraction.documents) else EXIT_CLEAN


def run() -> None:
    sys.exit(main())


def progress_bar(stream: TextIO, environ: Mapping[str, str] | None = None) -> ProgressBar | None:
    """A progress bar on ``stream`` when a person is watching it, else None.

    Only a terminal gets one: a pipe, a file or a CI log would keep every redraw as noise.
    ``CI`` is set by the common CI services, some of which attach a pseudo-terminal.
    """
    env = os.environ if environ is None else environ
    if env.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return None
    if env.get("TERM") == "dumb":
        return None
    try:
        if not stream.isatty():
            return None
    except (AttributeError, ValueError):  # a closed or unusual stream
        return None
    return ProgressBar(stream)


class ProgressBar:
    """A one-line textual bar, redrawn in place with a carriage return.

    It stays hidden for the first ``delay`` seconds, so a short run prints nothing, and
    redraws at most every ``interval`` seconds; ``close`` wipes it so the summary that
    follows starts on a clean line. Used as the ``progress(done, total)`` callback.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        delay: float = 0.5,
        interval: float = 0.1,
        width: int = 30,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.delay = delay
        self.interval = interval
        self.width = width
        self.clock = clock
        self._started: float | None = None
        self._drawn_at: float | None = None
        self._length = 0

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if self._started is None:
            self._started = now
        if total <= 0 or now - self._started < self.delay:
            return
        if self._drawn_at is not None and done < total and now - self._drawn_at < self.interval:
            return
        filled = self.width * done // total
        line = f"factcheck: [{'#' * filled}{'.' * (self.width - filled)}] {done}/{total} documents"
        self.stream.write("\r" + line.ljust(self._length))
        self.stream.flush()
        self._length = max(self._length, len(line))
        self._drawn_at = now

    def close(self) -> None:
        """Erase the bar, if it was ever drawn."""
        if self._length:
            self.stream.write("\r" + " " * self._length + "\r")
            self.stream.flush()
            self._length = 0
