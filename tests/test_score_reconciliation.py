"""The answer-key scorer reads an editor's key and tells found pairs from false alarms."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import factcheck

sys.path.insert(0, str(Path(__file__).parent))
from score_reconciliation import Side, read_key, score, why

_FRONT = "---\ntitle: {title}\npublished: 2026-03-0{day}\n---\n"


def _corpus(tmp_path: Path, key_rows: str) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "01_wire.md").write_text(
        _FRONT.format(title="Brackenfield buys Tollworth", day=2)
        + "Brackenfield Foods agreed to buy Tollworth Dairies for $410 million on Monday, "
        "the companies said.\n",
        encoding="utf-8",
    )
    (corpus / "02_trade.md").write_text(
        _FRONT.format(title="Dairy deal", day=4)
        + "Brackenfield Foods is paying $530 million for Tollworth Dairies, the companies said."
        "\n",
        encoding="utf-8",
    )
    (tmp_path / "expected.md").write_text(
        "# Key\n\n| id | kind | what | file A | value A | file B | value B |\n"
        + "|---|---|---|---|---|---|---|\n"
        + key_rows,
        encoding="utf-8",
    )
    return tmp_path


@pytest.mark.parametrize("file_b", ["02_trade.md —", "02:", "[02]"])
def test_a_planted_pair_reported_is_found(tmp_path: Path, file_b: str) -> None:
    folder = _corpus(
        tmp_path,
        '| C1 | deal price | Tollworth | 01_wire.md — "Brackenfield Foods agreed to buy '
        'Tollworth Dairies for $410 million on Monday, the companies said." | $410 million '
        f'| {file_b} "Brackenfield Foods is paying $530 million for Tollworth Dairies." '
        "| $530 million |\n",
    )
    assert [p.b.doc for p in read_key(folder / "expected.md")] == ["02_trade.md"]
    assert score(folder) == (1, 1, 1, 0)


def test_a_reported_pair_not_in_the_key_is_unplanted(tmp_path: Path) -> None:
    folder = _corpus(
        tmp_path,
        '| C1 | deal price | other | 01_wire.md — "Another sentence." | $99 million '
        '| 02_trade.md — "Yet another." | $98 million |\n',
    )
    assert score(folder) == (0, 1, 1, 1)


def test_a_key_without_rows_is_an_error(tmp_path: Path) -> None:
    folder = _corpus(tmp_path, "")
    with pytest.raises(ValueError, match="no rows of planted contradictions"):
        read_key(folder / "expected.md")


def test_why_lists_the_keys_of_each_side_of_a_missed_pair(tmp_path: Path) -> None:
    folder = _corpus(
        tmp_path,
        '| C1 | deal price | other | 01_wire.md — "Another sentence." | $99 million '
        '| 02_trade.md — "Yet another." | $98 million |\n',
    )
    side_a = read_key(folder / "expected.md")[0].a
    claims = list(factcheck.check(folder / "corpus").claims)
    assert why(side_a, claims) == ["    01_wire.md: no claim holds '$99 million'"]
    held = why(Side("02_trade.md", "", "$530 million"), claims)
    assert len(held) == 1
    assert "'$530 million' money subject=" in held[0]
    assert "attribute=acquisition_price" in held[0]
