"""Where extraction spends its time, without a profiler.

    python benchmarks/stages.py             # a 2 MB corpus generated as run.py does
    python benchmarks/stages.py DIR         # any folder or file load_corpus reads
    python benchmarks/stages.py --cpu [DIR] # CPU time of this process instead of wall time

cProfile charges every Python call, so it inflates code made of many small calls (the
extractors, the name rules) against code that runs in C (spaCy's tokenizer). Here each
step that ``Extractor.claims_of`` calls is wrapped in a wall-clock timer instead, and the
same text also goes once through ``spacy.blank("en")`` + sentencizer, the floor of
``run.py``. Steps nest: ``find_mentions`` holds ``find_numeric`` and ``find_dates``.

On a machine shared with other work, wall time counts the time spent waiting for a core;
``--cpu`` times everything (floor included) by ``time.process_time`` instead.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# (module or class, attribute, label): every step that Extractor.claims_of calls
_STEPS = (
    ("factcheck.pipeline", "find_mentions", "find_mentions (numbers + dates)"),
    ("factcheck.extract", "find_numeric", "  numbers (extract/numeric.py)"),
    ("factcheck.extract", "find_dates", "  dates (extract/dates.py)"),
    ("factcheck.pipeline:Extractor", "_entities_of", "names (nlp.py, spaCy where needed)"),
    ("factcheck.pipeline", "describe", "subject/attribute/period (context/)"),
    ("factcheck.pipeline", "attribute_source", "sourcing (extract/attribution.py)"),
    ("factcheck.pipeline", "leads", "lead-in sources (extract/attribution.py)"),
    ("factcheck.pipeline", "corpus_names", "corpus_names pre-pass (subjects.py)"),
)


clock = time.perf_counter


def _timed(function: Callable[..., Any], label: str, spent: dict[str, float]) -> Any:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += clock() - start

    return run


def main(argv: list[str]) -> int:
    import importlib

    import spacy

    from factcheck.corpus import Corpus, load_corpus
    from factcheck.pipeline import Extractor

    global clock
    if argv[:1] == ["--cpu"]:
        clock, argv = time.process_time, argv[1:]
    if argv:
        folder = Path(argv[0])
    else:
        import corpus_gen

        folder = Path(tempfile.mkdtemp(prefix="factcheck-stages-"))
        corpus_gen.write(folder, corpus_gen.build(2_000_000))
    corpus = load_corpus(folder)
    texts = [d.text for d in corpus.documents]
    size = sum(len(t.encode("utf-8")) for t in texts)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    start = clock()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    floor = clock() - start

    spent: dict[str, float] = defaultdict(float)
    for where, name, label in _STEPS:
        module, _, cls = where.partition(":")
        target: Any = importlib.import_module(module)
        if cls:
            target = getattr(target, cls)
        setattr(target, name, _timed(getattr(target, name), label, spent))
    extractor = Extractor()
    extractor.extract(Corpus(corpus.documents[:3], ()))  # imports on first use, not timed
    spent.clear()
    start = clock()
    claims = extractor.extract(corpus).claims
    total = clock() - start

    print(f"{len(texts)} documents, {size / 1e6:.2f} MB, {len(claims)} claims")
    print(f"spaCy blank('en') + sentencizer: {floor:.2f} s ({size / 1e6 / floor:.2f} MB/s)")
    print(f"extraction: {total:.2f} s ({size / 1e6 / total:.3f} MB/s, ratio {floor / total:.3f})")
    for _, _, label in _STEPS:
        print(f"  {label:42s} {spent[label]:6.2f} s {100 * spent[label] / total:5.1f}%")
    rest = total - sum(v for k, v in spent.items() if not k.startswith(" "))
    print(f"  {'the rest (sentences, claims, glue)':42s} {rest:6.2f} s {100 * rest / total:5.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
