"""No pattern may backtrack catastrophically: the worst inputs we can build, 100 KB each.

Each case runs in a forked child (a regular expression holds the interpreter inside C
code, so only a separate process can be stopped). The child times the function on a
25 KB and a 100 KB text; the test fails when

- the small text takes more than ``SMALL_LIMIT`` seconds (even 25 KB is slow, so 100 KB
  would take minutes), or, on a machine slow enough that ordinary prose of the same length
  takes more than ``SMALL_LIMIT / PROSE_FACTOR``, more than ``PROSE_FACTOR`` times that
  prose (the worst text may cost that much more than prose, whatever the machine), or
- the large text takes more than ``GROWTH`` times the small one plus a second, capped at
  ``HANG_LIMIT``: four times the text should take about four times as long; a quadratic
  pattern takes sixteen times as long.

Timing ratios rather than absolute budgets, in the child's CPU time rather than wall
time, keep the tests meaningful on a loaded two-core machine. (The patterns these tests
once caught: an unanchored speaker pattern over runs of capitalised words, an unanchored
sentence boundary over runs of dots, and per-figure scans of whole sentences; sentences
are now cut at 1,500 characters.)
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.extract import find_mentions
from factcheck.extract.attribution import find_source
from factcheck.subjects import find_names

SMALL, LARGE = 25_000, 100_000
SMALL_LIMIT = 4.0  # seconds for 25 KB (the 2 s per 100 KB aimed for, with slack for load)
GROWTH = 8  # linear growth is 4x; quadratic is 16x
HANG_LIMIT = 30.0  # seconds for 100 KB, whatever the small text took
LOAD_SLACK = 3  # wall time may be this many times CPU time on a loaded machine
# The worst text may cost this many times ordinary prose of the same length ("1%" repeated is
# 12,500 figures in 25 KB, 9 to 13 times prose's cost on a loaded machine): on a slow machine
# the small budget grows with the prose's own time, measured first in the same child
PROSE_FACTOR = 16


def fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# the worst inputs: runs of the characters the patterns repeat over
WORST = {
    "digits": "1",
    "commas": ",",
    "digit-commas": "1,",
    "spaces": " ",
    "dots": ".",
    "digit-dots": "1.",
    "capitals": "A",
    "capital-words": "A ",
    "capital-dots": "A.",
    "capital-hyphens": "A-",
    "hyphens": "-",
    "digit-hyphens": "1-",
    "currency": "$€£¥",
    "dollar-ones": "$1",
    "percent-ones": "1%",
    "digit-spaces": "1 ",
    "parenthesised": "(1",
    "slashes": "1/",
    "name-words": "Aa Bb ",
    "months": "January ",
    "versions": "Claude 3.5 ",
    "money": "$1.5 billion ",
    "prose": "In 2019, Acme's revenue rose 12% to $1.5 billion, according to Globex. ",
}


def _run(fn: Callable[[str], object], unit: str, results: mp.Queue[float]) -> None:
    # CPU time of the child, not wall time: other work on the machine (a parallel test
    # run, another session) stretches wall time but not the work the pattern does. The
    # first time is ordinary prose's, the machine's speed for ``assert_linear``.
    for text in (fill(WORST["prose"], SMALL), fill(unit, SMALL), fill(unit, LARGE)):
        start = time.process_time()
        fn(text)
        results.put(time.process_time() - start)


def assert_linear(fn: Callable[[str], object], unit: str) -> None:
    ctx = mp.get_context("fork")
    results: mp.Queue[float] = ctx.Queue()
    child = ctx.Process(target=_run, args=(fn, unit, results), daemon=True)
    child.start()
    # the waits are in wall time, and only stop a hung child: LOAD_SLACK allows for a
    # machine busy with other work; the budgets asserted are in the child's CPU time
    try:
        try:
            prose = results.get(timeout=SMALL_LIMIT * LOAD_SLACK)
        except queue.Empty:
            pytest.fail(f"{SMALL} characters of prose took more than {SMALL_LIMIT} s")
        # a slow machine stretches every budget alike
        scale = max(1.0, PROSE_FACTOR * prose / SMALL_LIMIT)
        small_limit = SMALL_LIMIT * scale
        try:
            small = results.get(timeout=small_limit * LOAD_SLACK)
        except queue.Empty:
            pytest.fail(f"{SMALL} characters of {unit!r} took more than {small_limit:.1f} s")
        assert small <= small_limit, (
            f"{SMALL} characters of {unit!r} took {small:.2f} s "
            f"(prose of the same length {prose:.2f} s)"
        )
        limit = min(HANG_LIMIT * scale, GROWTH * small + 1.0)
        try:
            large = results.get(timeout=limit * LOAD_SLACK)
        except queue.Empty:
            pytest.fail(
                f"{LARGE} characters of {unit!r} took more than {limit:.1f} s "
                f"({SMALL} took {small:.2f} s): super-linear"
            )
    finally:
        if child.is_alive():
            child.kill()
        child.join()
    assert large <= limit, (
        f"{LARGE} characters of {unit!r} took {large:.2f} s of CPU "
        f"({SMALL} took {small:.2f} s): super-linear"
    )


def _names(text: str) -> object:
    return list(find_names(text))


def _mentions(text: str) -> object:
    return find_mentions(text)


def _source(text: str) -> object:
    return find_source(text)


@pytest.mark.parametrize("name", [n for n in WORST if n != "months"])
def test_find_source_is_linear(name: str) -> None:
    assert_linear(_source, WORST[name])


@pytest.mark.parametrize("name", list(WORST))
def test_find_names_is_linear(name: str) -> None:
    assert_linear(_names, WORST[name])


# find_mentions is linear but does real work per figure, so only the spec's worst cases
MENTION_CASES = [
    "digits",
    "digit-commas",
    "spaces",
    "dots",
    "capitals",
    "capital-words",
    "hyphens",
    "currency",
    "dollar-ones",
    "percent-ones",
]


@pytest.mark.parametrize("name", MENTION_CASES)
def test_find_mentions_is_linear(name: str) -> None:
    assert_linear(_mentions, WORST[name])


def _check_text(root: Path) -> Callable[[str], object]:
    import factcheck
    from factcheck.pipeline import Extractor

    extractor = Extractor()
    counter = iter(range(1_000_000))

    def run(text: str) -> object:
        folder = root / str(next(counter))
        folder.mkdir()
        (folder / "a.txt").write_text(text, encoding="utf-8")
        report = factcheck.check(folder, extractor=extractor)
        assert [d.status for d in report.documents] == ["checked"]
        return report

    return run


@pytest.mark.parametrize(
    "name",
    [
        "spaces",
        "capitals",
        "capital-words",
        "hyphens",
        "name-words",
        "dots",
        "percent-ones",
    ],
)
def test_whole_check_is_linear(name: str, tmp_path: Path) -> None:
    assert_linear(_check_text(tmp_path), WORST[name])
