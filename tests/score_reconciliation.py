"""Score factcheck's contradictions against an editor's answer key.

    python tests/score_reconciliation.py /work/recon_holdout11 [-v] [--why]

Each folder holds ``corpus/`` (the articles) and ``expected.md``, the answer key our
independent editors write: a Markdown table of planted contradictions, one row per pair,

    | C1 | kind | subject / attribute | 01_a.md — "sentence A" | value A | 02_b.md — "B" | value B |

This is how the held-out corpora kept outside the project are read the first time, before
anything is tuned on them; once a corpus becomes a fixture, ``test_heldout_corpora.py``
checks it trap by trap instead.

A reported contradiction *finds* a planted pair when it is between the pair's two files and
each side is the quoted sentence or holds the figure written in the key (an article's title
often repeats a figure of its body: the editor's value still identifies it). Every other
reported contradiction is listed for review as *unplanted*: the editors promise their eight
are the only ones, so an unplanted finding is a false alarm unless the key calls the pair
ambiguous.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import factcheck
from factcheck import Claim, Finding, FindingType

_ROW = re.compile(r"^\|\s*(C\d+)\s*\|")
_FILE = re.compile(r"([\w.-]+\.(?:md|txt|html?))|^\[?(\d+)\b")
_QUOTE = re.compile(r"[\"“`](.+)[\"”`]")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Side:
    doc: str
    sentence: str
    value: str

    def holds(self, claim: Claim, sentence: str) -> bool:
        """The claim is this side's: its file, and its sentence or its figure."""
        if claim.doc != self.doc:
            return False
        if sentence and self.sentence and (sentence in self.sentence or self.sentence in sentence):
            return True
        return bool(set(_FIGURE.findall(claim.text)) & set(_FIGURE.findall(self.value)))


@dataclass(frozen=True)
class Planted:
    id: str
    kind: str
    a: Side
    b: Side

    def found_by(self, finding: Finding) -> bool:
        if finding.b is None:
            return False
        one, two = finding.a, finding.b
        sa, sb = _sentence(finding, "a"), _sentence(finding, "b")
        return (self.a.holds(one, sa) and self.b.holds(two, sb)) or (
            self.a.holds(two, sb) and self.b.holds(one, sa)
        )


def _sentence(finding: Finding, side: str) -> str:
    claim = finding.a if side == "a" else finding.b
    return claim.location.sentence if claim is not None else ""


def _side(cell: str, value: str, files: list[str]) -> Side:
    """One side of a row: its file (written in full, or by its number, "01: ...", "[01]"), the
    quoted sentence and the value."""
    file = _FILE.search(cell)
    quote = _QUOTE.search(cell)
    name = file and (file.group(1) or next((f for f in files if f.startswith(file.group(2))), None))
    if not name:
        raise ValueError(f"no file of corpus/ named in answer-key cell: {cell[:80]!r}")
    return Side(name, quote.group(1).strip() if quote else "", value.strip())


def read_key(path: Path) -> list[Planted]:
    """The planted pairs of an ``expected.md``, in the order written."""
    files = sorted(p.name for p in (path.parent / "corpus").iterdir())
    planted = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line)
        if not match:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 7:
            raise ValueError(f"{path}: row {match.group(1)} has {len(cells)} cells, not 7")
        planted.append(
            Planted(
                cells[0],
                cells[1],
                _side(cells[3], cells[4], files),
                _side(cells[5], cells[6], files),
            )
        )
    if not planted:
        raise ValueError(f"{path}: no rows of planted contradictions (| C1 | ... |)")
    return planted


def _keys(claim: Claim) -> str:
    period = str(claim.period) if claim.period is not None else None
    item = f" item={claim.item}" if claim.item else ""
    return (
        f"{claim.text!r} {claim.kind.value} subject={claim.subject} "
        f"attribute={claim.attribute} period={period}{item}"
    )


def why(side: Side, claims: list[Claim]) -> list[str]:
    """The claims that hold one side of a missed pair, with the keys the reconciler grouped
    them by: the line an engineer reads to see which stage lost the pair."""
    held = [c for c in claims if side.holds(c, c.location.sentence)]
    if not held:
        return [f"    {side.doc}: no claim holds {side.value!r}"]
    return [f"    {side.doc}: {_keys(c)}" for c in held]


def score(folder: Path, verbose: bool = False, explain: bool = False) -> tuple[int, int, int, int]:
    """(found, planted, reported, unplanted) for one editor's corpus, printing what was
    missed. ``reported`` counts findings: one pair may be reported more than once (its
    title and its body)."""
    planted = read_key(folder / "expected.md")
    report = factcheck.check(folder / "corpus")
    contradictions = [f for f in report.findings if f.type is FindingType.CONTRADICTION]
    found = {p.id for p in planted for f in contradictions if p.found_by(f)}
    unplanted = [f for f in contradictions if not any(p.found_by(f) for p in planted)]
    print(
        f"{folder}: {len(found)} of {len(planted)} found; "
        f"{len(unplanted)} unplanted of {len(contradictions)} reported"
    )
    for p in planted:
        mark = "found" if p.id in found else "MISSED"
        print(f"  {p.id} {mark:6} {p.kind}: {p.a.value} ({p.a.doc}) vs {p.b.value} ({p.b.doc})")
        if explain and p.id not in found:
            print("\n".join(why(p.a, list(report.claims)) + why(p.b, list(report.claims))))
    for f in unplanted:
        print(f"  unplanted: {f.explanation}")
        if verbose and f.b is not None:
            print(f"    {f.a.doc}: {f.a.location.sentence}\n    {f.b.doc}: {f.b.location.sentence}")
    return len(found), len(planted), len(contradictions), len(unplanted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="quote unplanted pairs")
    parser.add_argument(
        "--why", action="store_true", help="list each missed side's claims and their keys"
    )
    args = parser.parse_args(argv)
    totals = [score(folder, args.verbose, args.why) for folder in args.folders]
    found, planted, reported, unplanted = (sum(t[i] for t in totals) for i in range(4))
    print(
        f"all: {found} of {planted} found ({found / planted:.0%}); "
        f"{unplanted} unplanted of {reported} reported"
        + (f" ({(reported - unplanted) / reported:.0%} planted)" if reported else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
