"""Score factcheck's sourcing on the labelled articles in tests/data/sourcing_eval.

    python tests/score_sourcing.py                # every part
    python tests/score_sourcing.py holdout3 -v    # one part, with every disagreement

The two numbers that matter: the share of unsourced statistics that factcheck marks
(as ``unsourced`` or ``weak``: both are findings), and the share of sourced ones it marks
wrongly. The labels and the decisions behind them are in the data folder's README.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import factcheck
from factcheck import Claim, Document, Sourcing

DATA = Path(__file__).resolve().parent / "data" / "sourcing_eval"
PARTS = ("tune", "holdout", "holdout2", "holdout3", "holdout4")
LABELS = {"s": "sourced", "w": "weak", "u": "unsourced", "n": "not_needed"}
MARKED = {Sourcing.UNSOURCED, Sourcing.WEAK}
MIN_RECALL = 0.80  # of unsourced statistics marked
MAX_FALSE_FLAGS = 0.10  # of sourced statistics marked
_LABEL = re.compile(r"\[\[(.+?)\|([swun])\]\]")


@dataclass(frozen=True)
class Gold:
    doc: str
    start: int
    end: int
    figure: str
    label: str  # sourced / weak / unsourced / not_needed


@dataclass(frozen=True)
class Judged:
    gold: Gold
    claim: Claim | None  # None: factcheck found no figure there

    @property
    def predicted(self) -> str:
        return "missing" if self.claim is None else self.claim.sourcing.value

    @property
    def marked(self) -> bool:
        return self.claim is not None and self.claim.sourcing in MARKED


def parse(doc_id: str, annotated: str) -> tuple[Document, list[Gold]]:
    """The plain article and its labelled figures, from ``[[figure|label]]`` markup."""
    plain: list[str] = []
    golds: list[Gold] = []
    at = 0
    length = 0
    for match in _LABEL.finditer(annotated):
        before = annotated[at : match.start()]
        plain.append(before)
        length += len(before)
        figure = match.group(1)
        golds.append(Gold(doc_id, length, length + len(figure), figure, LABELS[match.group(2)]))
        plain.append(figure)
        length += len(figure)
        at = match.end()
    plain.append(annotated[at:])
    return Document(doc_id, "".join(plain), published=dt.date(2026, 5, 1)), golds


def load(part: str) -> tuple[list[Document], list[Gold]]:
    documents: list[Document] = []
    golds: list[Gold] = []
    for path in sorted((DATA / part).glob("*.md")):
        document, found = parse(path.name, path.read_text(encoding="utf-8"))
        documents.append(document)
        golds.extend(found)
    return documents, golds


def judge(part: str) -> list[Judged]:
    """Each labelled figure with the claim factcheck made of it: the claim overlapping the
    label's span (a marked one first, so "one in four" read as two counts is marked when
    either is)."""
    documents, golds = load(part)
    claims = factcheck.check(documents).claims
    by_doc: dict[str, list[Claim]] = {}
    for claim in claims:
        by_doc.setdefault(claim.doc, []).append(claim)
    judged = []
    for gold in golds:
        over = [
            c
            for c in by_doc.get(gold.doc, [])
            if c.location.start < gold.end and gold.start < c.location.end
        ]
        over.sort(key=lambda c: c.sourcing not in MARKED)
        judged.append(Judged(gold, over[0] if over else None))
    return judged


@dataclass(frozen=True)
class Score:
    unsourced_recall: float  # unsourced statistics marked
    flag_recall: float  # unsourced and weak statistics marked
    false_flags: float  # sourced statistics marked
    nags: float  # figures that need no source, marked
    counts: Counter[str]

    def passes(self) -> bool:
        return self.unsourced_recall >= MIN_RECALL and self.false_flags <= MAX_FALSE_FLAGS


def score(judged: list[Judged]) -> Score:
    def share(labels: set[str]) -> float:
        items = [j for j in judged if j.gold.label in labels]
        return sum(j.marked for j in items) / len(items) if items else 0.0

    return Score(
        share({"unsourced"}),
        share({"unsourced", "weak"}),
        share({"sourced"}),
        share({"not_needed"}),
        Counter(j.gold.label for j in judged),
    )


def report(part: str, judged: list[Judged], verbose: bool) -> str:
    result = score(judged)
    lines = [
        f"{part}: {len(judged)} labelled figures in "
        f"{len({j.gold.doc for j in judged})} articles ({dict(sorted(result.counts.items()))})",
        f"  unsourced recall      {result.unsourced_recall:6.1%}  (at least {MIN_RECALL:.0%})",
        f"  unsourced+weak recall {result.flag_recall:6.1%}",
        f"  sourced false flags   {result.false_flags:6.1%}  (at most {MAX_FALSE_FLAGS:.0%})",
        f"  not-needed nags       {result.nags:6.1%}",
    ]
    confusion = Counter((j.gold.label, j.predicted) for j in judged)
    columns = ("sourced", "weak", "unsourced", "not_needed", "missing")
    lines.append("  gold \\ predicted " + " ".join(f"{c[:10]:>10}" for c in columns))
    for gold in ("sourced", "weak", "unsourced", "not_needed"):
        row = " ".join(f"{confusion[(gold, c)]:>10}" for c in columns)
        lines.append(f"  {gold:<17} {row}")
    if verbose:
        for j in judged:
            wrong = j.marked != (j.gold.label in ("unsourced", "weak"))
            if wrong or j.predicted == "missing":
                sentence = j.claim.location.sentence if j.claim else ""
                source = j.claim.source if j.claim else None
                lines.append(
                    f"  - {j.gold.doc}: {j.gold.figure!r} gold={j.gold.label} "
                    f"got={j.predicted} source={source!r}\n      {sentence[:220]}"
                )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="*", help=f"any of {', '.join(PARTS)} (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list disagreements")
    args = parser.parse_args(argv)
    unknown = set(args.parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown part(s): {', '.join(sorted(unknown))}")
    ok = True
    for part in args.parts or PARTS:
        judged = judge(part)
        print(report(part, judged, args.verbose))
        ok = ok and score(judged).passes()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
