"""The ``factcheck`` command: ``check`` a corpus, or list its ``claims``.

Exit codes: 0 clean, 1 findings, 2 bad usage or unreadable input (including any
document that could not be read). ``main(argv)`` returns the code; only ``run`` exits.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from factcheck import __version__
from factcheck.api import check
from factcheck.corpus import load_corpus
from factcheck.errors import FactcheckError
from factcheck.pipeline import Extractor
from factcheck.report import claim_row, claims_csv
from factcheck.subjects import AliasTable

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

EPILOG = """\
examples:
  factcheck check fixtures/corpus --csv contradictions.csv
  factcheck check articles/ --ledger facts.csv --aliases aliases.csv
  factcheck claims corpus.jsonl --format jsonl > claims.jsonl
  cat article.txt | factcheck check -

exit codes: 0 no findings, 1 findings, 2 usage error or unreadable input
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
        "paths", nargs="+", metavar="PATH",
        help="folders of .txt/.md articles, .jsonl or .csv files, or - for standard input",
    )
    common.add_argument("--aliases", metavar="FILE", help="alias table (CSV or YAML) to add")

    run = commands.add_parser(
        "check", parents=[common], help="report contradictions and unsourced statistics",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("--csv", metavar="FILE", help="write the findings CSV here")
    run.add_argument("--excel", action="store_true", help="add a byte-order mark for Excel")
    run.add_argument("--ledger", metavar="FILE", help="CSV of known facts to check against")
    run.add_argument(
        "--tolerance", type=float, default=None, metavar="REL",
        help="relative tolerance when comparing figures (default 0.01)",
    )

    claims = commands.add_parser(
        "claims", parents=[common], help="list every claim extracted",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
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


def _source(paths: list[str]) -> str | list[str]:
    return paths[0] if len(paths) == 1 else paths


def _check(args: argparse.Namespace) -> int:
    report = check(
        _source(args.paths),
        ledger=args.ledger,
        aliases=args.aliases,
        relative_tolerance=args.tolerance,
    )
    if args.csv:
        report.to_csv(args.csv, excel=args.excel)
    print(report.summary())
    for finding in report.findings:
        if finding.type.value != "unsourced":
            where = f"{finding.a.location.doc}"
            if finding.b is not None:
                where += f" vs {finding.b.location.doc}"
            print(f"- {finding.type.value}: {where}: {finding.explanation}")
    if args.csv:
        print(f"findings written to {args.csv}")
    if report.failures:
        return EXIT_ERROR
    return EXIT_FINDINGS if report.findings else EXIT_CLEAN


def _claims(args: argparse.Namespace) -> int:
    aliases = AliasTable.default()
    if args.aliases:
        aliases = aliases | AliasTable.load(args.aliases)
    extraction = Extractor(aliases=aliases).extract(load_corpus(_source(args.paths)))
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
